package org.yanlu.archive.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.enrich.Enrichers;
import org.yanlu.archive.index.IndexFolderException;
import org.yanlu.archive.search.BadThemeException;
import org.yanlu.archive.search.IndexUnavailableException;

/** The one entry point: {@code java -jar news-archive.jar <command>}; wires everything by hand. */
public final class Main {
  static final String DEFAULT_CORPUS = "corpus";
  static final String DEFAULT_INDEX = "index";

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  /**
   * Runs one command and returns its exit code (0 done, 1 failed, 2 a usage error, with the usage
   * of that command only); tests call this instead of {@link #main}.
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    picocli.CommandLine root = new picocli.CommandLine(CommandSpecs.root());
    root.setOverwrittenOptionsAllowed(true);
    // A query's exclusions (-广告) are words of the query, not options.
    root.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    root.setOut(outWriter);
    root.setErr(errWriter);
    picocli.CommandLine.ParseResult parsed;
    try {
      refuseUnknownLongOptions(root, args);
      parsed = root.parseArgs(args.toArray(String[]::new));
    } catch (picocli.CommandLine.ParameterException e) {
      errWriter.println(e.getMessage());
      e.getCommandLine().usage(errWriter);
      return 2;
    }
    if (picocli.CommandLine.printHelpIfRequested(parsed)) {
      return 0;
    }
    picocli.CommandLine.ParseResult command = parsed.subcommand();
    if (command == null) {
      root.usage(errWriter);
      return 2;
    }
    try {
      return run(command, out, err, outWriter);
    } catch (UsageException e) {
      errWriter.println(e.getMessage());
      command.commandSpec().commandLine().usage(errWriter);
      return 2;
    } catch (BadThemeException | IndexFolderException | IndexUnavailableException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  /**
   * A search's words may start with a dash ({@code -广告} excludes), so its unknown options are taken
   * as words; but an unknown {@code --name} is a mistyped option, not a word, and is refused.
   */
  private static void refuseUnknownLongOptions(picocli.CommandLine root, List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("search")) {
      return;
    }
    picocli.CommandLine search = root.getSubcommands().get("search");
    for (String arg : args.subList(1, args.size())) {
      if (arg.equals("--")) {
        return;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("--") && search.getCommandSpec().findOption(name) == null) {
        throw new picocli.CommandLine.UnmatchedArgumentException(search, List.of(arg));
      }
    }
  }

  private static int run(
      picocli.CommandLine.ParseResult command,
      PrintStream out,
      PrintStream err,
      PrintWriter outWriter)
      throws Exception {
    CommandLine line = CommandLine.of(command);
    return switch (command.commandSpec().name()) {
      case "articles" -> new ArticlesCommand(articleSource()).run(line, out, err);
      case "index" -> {
        SolrOptions solr = SolrOptions.of(line);
        if (solr != null) {
          yield new SolrIndexCommand(articleSource()).run(line, solr, out, err);
        }
        yield IncrementalCommand.applies(line)
            ? new IncrementalCommand(articleSource()).run(line, out, err)
            : new IndexCommand(articleSource()).run(line, out, err);
      }
      case "search" -> new SearchCommand().run(line, out, err);
      case "serve" -> new ServeCommand(articleSource()).run(line, out, err);
      case "completion" -> {
        outWriter.print(
            picocli.AutoComplete.bash(
                CommandSpecs.NAME, command.commandSpec().parent().commandLine()));
        outWriter.flush();
        yield 0;
      }
      default -> throw new IllegalStateException("no command " + command.commandSpec().name());
    };
  }

  static ArticleSource articleSource() {
    return new ArticleSource(new Corpus(CorpusReaders.standard()), Enrichers.standard());
  }
}
