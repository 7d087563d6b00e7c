package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions of Java command lines: help, version, usage errors, completion. */
class CommandLineConventionsTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpOnTheJarListsEveryCommand() throws Exception {
    Run help = run("--help");
    assertEquals(0, help.code());
    for (String command : List.of("articles", "index", "search", "serve", "completion")) {
      assertTrue(help.out().contains(command), help.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "index", "search", "serve"})
  void helpOnACommandListsItsOptions(String command) throws Exception {
    Run help = run(command, "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("Usage: news-archive " + command), help.out());
    assertTrue(help.out().contains("--help"), help.out());
  }

  @Test
  void versionIsPrinted() throws Exception {
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().contains("0.1.0"), version.out());
  }

  @Test
  void aMistypedOptionIsAUsageErrorWithThatCommandsUsageOnly() throws Exception {
    Run wrong = run("serve", "--prot", "8080");
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("--prot"), wrong.err());
    assertTrue(wrong.err().contains("Usage: news-archive serve"), wrong.err());
    assertFalse(wrong.err().contains("news-archive index"), "only serve's usage: " + wrong.err());
    Run mistyped = run("search", "5G", "--sizee", "5");
    assertEquals(2, mistyped.code());
    assertTrue(mistyped.err().contains("--sizee"), mistyped.err());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() throws Exception {
    Run missing = run("search", "5G", "--size");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--size"), missing.err());
  }

  @Test
  void noCommandIsAUsageError() throws Exception {
    Run none = run();
    assertEquals(2, none.code());
    assertTrue(none.err().contains("Usage: news-archive"), none.err());
  }

  @Test
  void completionPrintsABashScript() throws Exception {
    Run completion = run("completion");
    assertEquals(0, completion.code());
    assertTrue(completion.out().startsWith("#!/usr/bin/env bash"), completion.out());
    assertTrue(completion.out().contains("--no-collapse"), "search's options are offered");
  }
}
