package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IncrementalIndexer;
import org.yanlu.archive.index.IncrementalSummary;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * {@code index --add PATH…} and {@code index --remove ID…}: changes the index in use in place, in
 * one commit, without a rebuild. Added files are read and enriched as in a full build; an article
 * already indexed under the same id is replaced. A running server sees the change within a second.
 */
final class IncrementalCommand {
  private final ArticleSource articles;

  IncrementalCommand(ArticleSource articles) {
    this.articles = articles;
  }

  /** Whether the command line asks for an in-place change rather than a rebuild. */
  static boolean applies(CommandLine line) {
    return line.has("add") || line.has("remove");
  }

  int run(CommandLine line, PrintStream out, PrintStream err) throws IOException {
    checkChanges(line);
    Path index = line.path("index", Main.DEFAULT_INDEX);
    IndexChanges changes =
        line.has("add")
            ? IndexChanges.adding(read(line.positional(), err))
            : IndexChanges.removing(line.positional());
    IncrementalSummary summary =
        new IncrementalIndexer(
                new ArticleFields(), ThemeCatalog.load(IndexCommand.themesFile(line)).queries())
            .apply(index, changes, Optional.empty());
    return report(summary, out, err);
  }

  /** Refuses a command line that asks for both, or neither names what to add or remove. */
  static void checkChanges(CommandLine line) {
    if (line.has("add") && line.has("remove")) {
      throw new UsageException("index takes --add PATH… or --remove ID…, not both at once");
    }
    if (line.positional().isEmpty()) {
      throw new UsageException(
          line.has("add") ? "index --add needs files or folders" : "index --remove needs ids");
    }
  }

  /** Prints what a change did; exit code 1 when an id to remove was not there. */
  static int report(IncrementalSummary summary, PrintStream out, PrintStream err) {
    for (String id : summary.notFound()) {
      err.println("not in the index: " + id);
    }
    out.printf(
        "added %d, replaced %d, removed %d articles; the index holds %d articles%n",
        summary.added(), summary.replaced(), summary.removed(), summary.articles());
    out.flush();
    return summary.notFound().isEmpty() ? 0 : 1;
  }

  private List<Article> read(List<String> paths, PrintStream err) throws IOException {
    List<Article> all = new ArrayList<>();
    for (String path : paths) {
      CorpusContents contents = articles.read(Path.of(path));
      ArticleSource.printProblems(contents, err);
      all.addAll(contents.articles());
    }
    return all;
  }
}
