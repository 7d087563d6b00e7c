package org.yanlu.archive.solr;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SolrCloud for the tests, started once per test JVM in this process: the solr module's
 * {@code LocalSolrCloud} (Solr's MiniSolrCloudCluster: ZooKeeper and two nodes), loaded through a
 * class loader of its own, since Solr's Jetty 10 and Javalin's Jetty 12 cannot share a class path.
 * The nodes load the plugin jar that {@code mvn package} built, from a lib folder, as deployed
 * nodes do.
 */
final class InProcessSolrCloud {
  private static final Path MODULE = Path.of("solr", "target");
  private static final Path PLUGIN_JAR = Path.of("target", "news-archive-solr-plugin.jar");
  private static final Path CONFIGSET = Path.of("solr", "configset");
  private static final int NODES = 2;

  private static InProcessSolrCloud shared;

  private final Object cloud;
  private final ClassLoader loader;
  private final String zkHost;

  private InProcessSolrCloud(Object cloud, ClassLoader loader) throws ReflectiveOperationException {
    this.cloud = cloud;
    this.loader = loader;
    this.zkHost = (String) call("zkHost");
  }

  /** The cluster of this test JVM, started at first use and stopped when the JVM exits. */
  static synchronized InProcessSolrCloud shared() throws Exception {
    if (shared == null) {
      shared = start();
      InProcessSolrCloud started = shared;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started::closeQuietly, "solrcloud-test-shutdown"));
    }
    return shared;
  }

  private static InProcessSolrCloud start() throws Exception {
    Path classPath = MODULE.resolve("classpath.txt");
    Path moduleJar = MODULE.resolve("news-archive-solrcloud.jar");
    if (!Files.isRegularFile(classPath) || !Files.isRegularFile(moduleJar)) {
      throw new IllegalStateException(
          "the SolrCloud tests need the solr module built: run bin/test, or mvn -f solr/pom.xml"
              + " package first");
    }
    if (!Files.isRegularFile(PLUGIN_JAR)) {
      throw new IllegalStateException(
          "the SolrCloud tests need " + PLUGIN_JAR + ": they run after mvn package (verify)");
    }
    List<URL> urls = new ArrayList<>();
    urls.add(moduleJar.toUri().toURL());
    for (String entry : Files.readString(classPath, StandardCharsets.UTF_8).strip().split(":")) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    ClassLoader loader =
        new URLClassLoader(
            "solrcloud", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Path base = Files.createTempDirectory("solrcloud-test");
    Path lib = Files.createDirectories(base.resolve("lib"));
    Files.copy(
        PLUGIN_JAR, lib.resolve(PLUGIN_JAR.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // Solr looks up some of its services through the context class loader.
    thread.setContextClassLoader(loader);
    try {
      Class<?> type = loader.loadClass("org.yanlu.archive.solr.cloud.LocalSolrCloud");
      Method start = type.getMethod("start", Path.class, Path.class, Path.class, int.class);
      Object cloud =
          start.invoke(null, base.resolve("cluster"), lib, CONFIGSET.toAbsolutePath(), NODES);
      return new InProcessSolrCloud(cloud, loader);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** ZooKeeper's address with the chroot, as {@code --solr} takes it. */
  String zkHost() {
    return zkHost;
  }

  /** Stops one node (0 or 1) and waits until it is down. */
  void stopNode(int number) throws Exception {
    call("stopNode", number);
  }

  /** Starts the stopped nodes again and waits until they are up. */
  void restartStoppedNodes() throws Exception {
    call("restartStoppedNodes");
  }

  private Object call(String name, Object... args) throws ReflectiveOperationException {
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = args[i] instanceof Integer ? int.class : args[i].getClass();
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return cloud.getClass().getMethod(name, types).invoke(cloud, args);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private void closeQuietly() {
    try {
      call("close");
    } catch (ReflectiveOperationException e) {
      System.err.println("stopping the test SolrCloud failed: " + e);
    }
  }
}
