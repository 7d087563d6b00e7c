package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.corpus.CorpusProblem;
import org.yanlu.archive.index.IncrementalSummary;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.search.ThemeCatalog;
import org.yanlu.archive.solr.SolrCloud;
import org.yanlu.archive.solr.SolrCloudIndexer;

/**
 * {@code index --solr ZKHOST [--collection news] [--shards 2] [--replicas 2]}: builds the archive
 * into a new SolrCloud collection and moves the alias to it; with {@code --add PATH…} or {@code
 * --remove ID…}, changes the live collection in place.
 */
final class SolrIndexCommand {
  private final ArticleSource articles;

  SolrIndexCommand(ArticleSource articles) {
    this.articles = articles;
  }

  int run(CommandLine line, SolrOptions solr, PrintStream out, PrintStream err) throws IOException {
    ThemeCatalog themes = ThemeCatalog.load(IndexCommand.themesFile(line));
    try (SolrCloud cloud = SolrCloud.connect(solr.zkHost())) {
      SolrCloudIndexer indexer = new SolrCloudIndexer(cloud, solr.collection(), themes.queries());
      if (IncrementalCommand.applies(line)) {
        return apply(line, indexer, out, err);
      }
      return rebuild(line, solr, indexer, out, err);
    }
  }

  private int rebuild(
      CommandLine line,
      SolrOptions solr,
      SolrCloudIndexer indexer,
      PrintStream out,
      PrintStream err)
      throws IOException {
    Path corpus = line.path("corpus", Main.DEFAULT_CORPUS);
    CorpusContents contents = read(List.of(corpus.toString()), err);
    err.printf(Locale.ROOT, "read %,d articles from %s%n", contents.articles().size(), corpus);
    SolrCloudIndexer.Summary summary =
        indexer.rebuild(
            contents.articles(), solr.shards(), solr.replicas(), ProgressDisplay.ofIndexing(err));
    out.printf(
        Locale.ROOT,
        "indexed %,d articles and %,d quotes in %.1f s into SolrCloud collection %s"
            + " (%d shards × %d replicas); alias %s points to it%n",
        summary.articles(),
        summary.quotes(),
        summary.millis() / 1000.0,
        summary.collection(),
        solr.shards(),
        solr.replicas(),
        solr.collection());
    for (String dropped : summary.dropped()) {
      out.println("dropped the previous collection " + dropped);
    }
    out.flush();
    return 0;
  }

  private int apply(CommandLine line, SolrCloudIndexer indexer, PrintStream out, PrintStream err)
      throws IOException {
    IncrementalCommand.checkChanges(line);
    IndexChanges changes =
        line.has("add")
            ? IndexChanges.adding(read(line.positional(), err).articles())
            : IndexChanges.removing(line.positional());
    IncrementalSummary summary = indexer.apply(changes);
    return IncrementalCommand.report(summary, out, err);
  }

  private CorpusContents read(List<String> paths, PrintStream err) throws IOException {
    List<Article> all = new ArrayList<>();
    List<CorpusProblem> problems = new ArrayList<>();
    for (String path : paths) {
      CorpusContents contents = articles.read(Path.of(path));
      for (CorpusProblem p : contents.problems()) {
        err.println("problem: " + p);
      }
      all.addAll(contents.articles());
      problems.addAll(contents.problems());
    }
    return new CorpusContents(all, problems);
  }
}
