package org.yanlu.archive.http;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the static front end is served from: the {@code web/} folder of a checkout when there is
 * one (so that edits show on reload), otherwise the copy packed into the jar.
 *
 * @param directory a file system folder, or a classpath folder such as {@code /web}
 * @param onClasspath whether {@code directory} is on the classpath
 */
public record WebRoot(String directory, boolean onClasspath) {
  /** The classpath folder the build packs {@code web/} into. */
  public static final String PACKED = "/web";

  /** The folder {@code dir} if it holds an {@code index.html}, else the packed copy. */
  public static WebRoot find(Path dir) {
    if (Files.isRegularFile(dir.resolve("index.html"))) {
      return new WebRoot(dir.toAbsolutePath().normalize().toString(), false);
    }
    return new WebRoot(PACKED, true);
  }
}
