package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void readsOptionsSwitchesAndPositionalWordsInOrder() {
    CommandLine line =
        CommandLine.parse(
            List.of("数字中国", "--source", "人民日报", "--source=C114通信网", "--batch-off", "x"),
            List.of("batch-off"));
    assertEquals(List.of("数字中国", "x"), line.positional());
    assertEquals(List.of("人民日报", "C114通信网"), line.options("source"));
    assertTrue(line.has("batch-off"));
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertThrows(UsageException.class, () -> CommandLine.parse(List.of("--size"), List.of()));
    CommandLine line = CommandLine.parse(List.of("--size", "ten"), List.of());
    assertThrows(UsageException.class, () -> line.intOption("size", 10));
  }
}
