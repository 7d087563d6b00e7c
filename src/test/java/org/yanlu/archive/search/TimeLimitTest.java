package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  @Test
  void aSearchWithinTheLimitGivesItsAnswer() {
    try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5), 2)) {
      assertEquals("answer", limit.run(() -> "answer"));
    }
  }

  @Test
  void aSearchPastTheLimitIsGivenUpWithoutWaitingForIt() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try (TimeLimit limit = new TimeLimit(Duration.ofMillis(200), 2)) {
      long start = System.nanoTime();
      SearchTimeoutException e =
          assertThrows(
              SearchTimeoutException.class,
              () ->
                  limit.run(
                      () -> {
                        try {
                          never.await();
                        } catch (InterruptedException interrupted) {
                          Thread.currentThread().interrupt();
                        }
                        return "too late";
                      }));
      assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000, "given up near the limit");
      assertEquals("search_timeout", e.code());
      assertTrue(e.getMessage().contains("0.2 s"), e.getMessage());
    } finally {
      never.countDown();
    }
  }

  @Test
  void aSearchsOwnErrorComesThroughAsItIs() {
    try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5), 1)) {
      BadQueryException bad = new BadQueryException("bad / bad");
      assertEquals(
          bad,
          assertThrows(
              BadQueryException.class,
              () ->
                  limit.run(
                      () -> {
                        throw bad;
                      })));
    }
  }
}
