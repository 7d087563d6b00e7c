package org.yanlu.archive.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.enrich.NameEnricher;
import org.yanlu.archive.enrich.SpeechEnricher;
import org.yanlu.archive.index.IndexFolderException;
import org.yanlu.archive.search.BadThemeException;
import org.yanlu.archive.search.IndexUnavailableException;

/** The one entry point: {@code java -jar news-archive.jar <command>}; wires everything by hand. */
public final class Main {
  static final String DEFAULT_CORPUS = "corpus";
  static final String DEFAULT_INDEX = "index";

  private static final String USAGE =
      """
      usage: java -jar target/news-archive.jar <command> [options]
        articles [--corpus DIR]          print every parsed article as one JSON line
        index [--corpus DIR] [--index DIR] [--themes FILE]
                                         build a new index and swap it in atomically, tagging
                                         the themes of FILE (default themes.json)
        index --rollback [--index DIR]   put the previous index back in use (again: undo)
        index --add PATH… [--index DIR]  add or replace the articles of files or folders in place
        index --remove ID… [--index DIR] remove articles (and their quotes) in place
        index --solr ZKHOST[/chroot] [--collection news] [--shards 2] [--replicas 2]
                                         build into a new SolrCloud collection and move the
                                         alias to it (--add and --remove change it in place)
        search "QUERY" [--source X] [--speaker X] [--theme X] [--month yyyy-MM]
               [--from D] [--to D] [--sort relevance|date_desc|date_asc|added_desc]
               [--page N] [--size N] [--no-collapse]
                                         print hits and facets (--no-collapse: every article
                                         its own hit, not one per syndicated story)
        search --batch FILE [--size N] [--format jsonl|csv]
                                         run one query per line of FILE on one searcher, as
                                         POST /api/batch does
        serve [--port 7070] [--host 127.0.0.1] [--corpus DIR] [--index DIR] [--themes FILE]
              [--time-limit SECONDS]
                                         build the index if missing or stale, then serve the
                                         API and the web front end; on loopback unless --host
                                         (0.0.0.0: every network); admin requests need the
                                         token of $YANLU_ADMIN_TOKEN or INDEX/admin-token
        search … --solr ZKHOST [--collection news]
        serve … --solr ZKHOST [--collection news]
                                         search or serve the archive on SolrCloud
      """;

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  /** Runs one command and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "articles" ->
            new ArticlesCommand(articleSource()).run(CommandLine.parse(rest, List.of()), out, err);
        case "index" -> {
          CommandLine line = CommandLine.parse(rest, List.of("add", "remove", "rollback"));
          SolrOptions solr = SolrOptions.of(line);
          if (solr != null) {
            yield new SolrIndexCommand(articleSource()).run(line, solr, out, err);
          }
          yield IncrementalCommand.applies(line)
              ? new IncrementalCommand(articleSource()).run(line, out, err)
              : new IndexCommand(articleSource()).run(line, out, err);
        }
        case "search" ->
            new SearchCommand().run(CommandLine.parse(rest, List.of("no-collapse")), out, err);
        case "serve" ->
            new ServeCommand(articleSource()).run(CommandLine.parse(rest, List.of()), out, err);
        default -> {
          err.println("unknown command: " + args.get(0));
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (BadThemeException | IndexFolderException | IndexUnavailableException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  static ArticleSource articleSource() {
    return new ArticleSource(
        new Corpus(CorpusReaders.standard()),
        List.of(new NameEnricher(), new SpeechEnricher()));
  }
}
