package org.yanlu.archive.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.BuildArticles;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.search.PlainLuceneBaseline;

/**
 * What Lucene alone takes to index a real corpus, to set beside the archive's whole {@code index}
 * of the same files: the plain baseline of the growth series (smartcn words and exact character
 * pairs of headline and body, nothing stored, no names, themes, stories or facets) on two threads,
 * in a JVM as cold as the {@code index} command's. The time runs from the JVM's start (starting,
 * reading, analysing, writing and committing), a little more than {@code index} reports, which
 * starts its clock after the JVM has started: the comparison never flatters the archive.
 *
 * <pre>
 * java -Xmx2g -cp target/news-archive.jar org.yanlu.archive.bench.PlainCorpusBuild \
 *     --corpus tang.jsonl --index DIR
 * </pre>
 */
final class PlainCorpusBuild {
  private PlainCorpusBuild() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse("PlainCorpusBuild", args, List.of("corpus", "index"));
    if (!options.containsKey("corpus") || !options.containsKey("index")) {
      System.err.println("--corpus FILE_OR_FOLDER --index DIR: the sources, and where to build");
      System.exit(2);
    }
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    List<Article> articles =
        new Corpus(CorpusReaders.standard()).read(Path.of(options.get("corpus"))).articles();
    Path dir = Path.of(options.get("index"));
    PlainLuceneBaseline.build(dir, BuildArticles.of(articles), 2);
    double seconds = (System.currentTimeMillis() - started) / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "plain Lucene: %,d articles in %.1f s from the JVM's start, %,.0f articles/s, %.1f MB%n",
        articles.size(),
        seconds,
        articles.size() / seconds,
        Indexer.size(dir) / 1e6);
  }
}
