package org.yanlu.archive.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The benchmarks' options ({@code --name value}), parsed by picocli like the archive's own command
 * line: {@code --help} lists them, and a mistyped or incomplete one stops the run with its usage
 * (exit code 2) rather than measuring something else.
 */
final class BenchOptions {
  private BenchOptions() {}

  /**
   * The options given, by name without dashes; the process exits on {@code --help} (0) or a usage
   * error (2).
   *
   * @param names each option the benchmark takes, without dashes
   */
  static Map<String, String> parse(String program, String[] args, List<String> names) {
    CommandSpec spec = CommandSpec.create().name(program).mixinStandardHelpOptions(true);
    for (String name : names) {
      spec.addOption(
          OptionSpec.builder("--" + name).paramLabel("VALUE").type(String.class).build());
    }
    CommandLine line = new CommandLine(spec);
    try {
      CommandLine.ParseResult parsed = line.parseArgs(args);
      if (CommandLine.printHelpIfRequested(parsed)) {
        System.exit(0);
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (OptionSpec option : parsed.matchedOptions()) {
        options.put(option.longestName().substring(2), option.getValue());
      }
      return options;
    } catch (CommandLine.ParameterException e) {
      System.err.println(e.getMessage());
      line.usage(System.err);
      System.exit(2);
      throw new IllegalStateException("unreachable");
    }
  }
}
