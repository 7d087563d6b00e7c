package org.yanlu.archive.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments: {@code --name value} options (repeatable), {@code --flag} switches and the
 * positional words, in order.
 */
public final class CommandLine {
  private final Map<String, List<String>> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private CommandLine() {}

  /**
   * Parses arguments; an option in {@code switches} takes no value.
   *
   * @throws UsageException when an option that needs a value has none
   */
  public static CommandLine parse(List<String> args, List<String> switches) {
    CommandLine line = new CommandLine();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--") && arg.length() > 2) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (switches.contains(name)) {
          value = "true";
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("--" + name + " needs a value");
        }
        line.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        line.positional.add(arg);
      }
    }
    return line;
  }

  /**
   * The options and words picocli matched for one command: each option by its name without the
   * dashes (a flag as {@code true}), the positional words in order.
   */
  static CommandLine of(picocli.CommandLine.ParseResult parsed) {
    CommandLine line = new CommandLine();
    for (picocli.CommandLine.Model.OptionSpec option : parsed.matchedOptions()) {
      String name = option.longestName().replaceFirst("^-+", "");
      List<String> values = option.stringValues();
      line.options
          .computeIfAbsent(name, k -> new ArrayList<>())
          .addAll(values.isEmpty() || option.arity().max() == 0 ? List.of("true") : values);
    }
    for (picocli.CommandLine.Model.PositionalParamSpec words : parsed.matchedPositionals()) {
      line.positional.addAll(words.stringValues());
    }
    return line;
  }

  public String option(String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.get(values.size() - 1);
  }

  public List<String> options(String name) {
    return options.getOrDefault(name, List.of());
  }

  public boolean has(String name) {
    return options.containsKey(name);
  }

  public Path path(String name, String fallback) {
    return Path.of(option(name, fallback));
  }

  public int intOption(String name, int fallback) {
    String value = option(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " takes a whole number, not " + value);
    }
  }

  public List<String> positional() {
    return List.copyOf(positional);
  }
}
