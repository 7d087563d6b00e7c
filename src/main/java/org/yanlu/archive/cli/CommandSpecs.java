package org.yanlu.archive.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The commands and their options as picocli knows them: what {@code --help} prints, what a usage
 * error names, what shell completion offers. Parsing ends in a {@link CommandLine} that the
 * commands read; this is the one place their options are declared.
 */
final class CommandSpecs {
  static final String NAME = "news-archive";
  static final String VERSION = "言录 News Archive 0.1.0";

  private CommandSpecs() {}

  /** The whole command line: every command, with {@code --help} and {@code --version}. */
  static CommandSpec root() {
    CommandSpec root =
        CommandSpec.create().name(NAME).version(VERSION).mixinStandardHelpOptions(true);
    usage(
        root,
        "言录 News Archive: a searchable archive of Chinese news articles and speeches.",
        "java -jar target/news-archive.jar <command> --help tells a command's options.");
    root.addSubcommand("articles", articles());
    root.addSubcommand("index", index());
    root.addSubcommand("search", search());
    root.addSubcommand("serve", serve());
    root.addSubcommand("completion", completion());
    return root;
  }

  private static CommandSpec articles() {
    CommandSpec spec = command("print every parsed article as one JSON line");
    corpus(spec);
    option(
        spec, "--check", "FILE", "compare the corpus's counts with FILE; exit 1 when they differ");
    option(spec, "--write-counts", "FILE", "write the corpus's counts to FILE");
    return spec;
  }

  private static CommandSpec index() {
    CommandSpec spec =
        command(
            "build a new index and swap it in atomically; with --add or --remove change it in"
                + " place; with --solr build into SolrCloud");
    corpus(spec);
    indexFolder(spec);
    themes(spec);
    flag(spec, "--add", "add or replace the articles of the files or folders given");
    flag(spec, "--remove", "remove the articles (and their quotes) of the ids given");
    flag(spec, "--rollback", "put the previous index back in use (again: undo)");
    solr(spec);
    option(spec, "--shards", "N", "SolrCloud: shards of a new collection (default 2)");
    option(spec, "--replicas", "N", "SolrCloud: replicas of each shard (default 2)");
    positionals(spec, "PATH|ID", "with --add the files or folders, with --remove the ids");
    return spec;
  }

  private static CommandSpec search() {
    CommandSpec spec = command("print the hits and facets of a query, or of each line of --batch");
    indexFolder(spec);
    themes(spec);
    repeatable(spec, "--source", "OUTLET", "keep these outlets (repeatable)");
    repeatable(spec, "--speaker", "NAME", "keep these speakers (repeatable)");
    repeatable(spec, "--theme", "THEME", "keep these themes (repeatable)");
    repeatable(spec, "--month", "yyyy-MM", "keep these months (repeatable)");
    option(spec, "--from", "DATE", "first day: yyyy, yyyy-MM or yyyy-MM-dd");
    option(spec, "--to", "DATE", "last day, inclusive");
    option(spec, "--sort", "ORDER", "relevance, date_desc, date_asc or added_desc");
    option(spec, "--page", "N", "the page, from 1");
    option(spec, "--size", "N", "hits per page, 1 to 100");
    flag(spec, "--no-collapse", "every article its own hit, not one per syndicated story");
    option(spec, "--batch", "FILE", "run one query per line of FILE on one searcher");
    option(spec, "--format", "FORMAT", "with --batch: jsonl (default) or csv");
    timeLimit(spec);
    solr(spec);
    positionals(spec, "QUERY", "the query, in the archive's query language");
    return spec;
  }

  private static CommandSpec serve() {
    CommandSpec spec =
        command("build the index if missing or stale, then serve the API and the web front end");
    option(spec, "--port", "PORT", "the port, 0 for a free one (default 7070)");
    option(
        spec, "--host", "HOST", "the address to listen on (default 127.0.0.1: this machine only)");
    corpus(spec);
    indexFolder(spec);
    themes(spec);
    timeLimit(spec);
    solr(spec);
    option(spec, "--shards", "N", "SolrCloud: shards if the archive must be built (default 2)");
    option(spec, "--replicas", "N", "SolrCloud: replicas of each shard (default 2)");
    return spec;
  }

  private static CommandSpec completion() {
    return command("print a bash completion script: source <(java -jar … completion)");
  }

  private static CommandSpec command(String description) {
    CommandSpec spec = CommandSpec.create().mixinStandardHelpOptions(true).version(VERSION);
    usage(spec, description);
    return spec;
  }

  private static void usage(CommandSpec spec, String... description) {
    UsageMessageSpec usage = spec.usageMessage();
    usage.description(description);
    usage.sortOptions(false);
  }

  private static void corpus(CommandSpec spec) {
    option(spec, "--corpus", "DIR", "the corpus folder (default corpus)");
  }

  private static void indexFolder(CommandSpec spec) {
    option(spec, "--index", "DIR", "the index folder (default index)");
  }

  private static void themes(CommandSpec spec) {
    option(spec, "--themes", "FILE", "the themes file (default themes.json)");
  }

  private static void timeLimit(CommandSpec spec) {
    option(spec, "--time-limit", "SECONDS", "give up a search after this long (default 10)");
  }

  private static void solr(CommandSpec spec) {
    option(spec, "--solr", "ZKHOST", "SolrCloud's ZooKeeper, such as 127.0.0.1:9983/solr");
    option(spec, "--collection", "NAME", "SolrCloud: the archive's alias (default news)");
  }

  private static void option(CommandSpec spec, String name, String label, String description) {
    spec.addOption(
        OptionSpec.builder(name)
            .paramLabel(label)
            .type(String.class)
            .arity("1")
            .description(description)
            .build());
  }

  private static void repeatable(CommandSpec spec, String name, String label, String description) {
    spec.addOption(
        OptionSpec.builder(name)
            .paramLabel(label)
            .type(String[].class)
            .arity("1")
            .description(description)
            .build());
  }

  private static void flag(CommandSpec spec, String name, String description) {
    spec.addOption(
        OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build());
  }

  private static void positionals(CommandSpec spec, String label, String description) {
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel(label)
            .type(String[].class)
            .arity("0..*")
            .description(description)
            .build());
  }
}
