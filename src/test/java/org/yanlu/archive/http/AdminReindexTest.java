package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only this machine may ask for a reindex. LiveIndexingTest checks the 403 over a real non-loopback
 * address when the machine has one; this checks the rule on every machine.
 */
class AdminReindexTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1", "0:0:0:0:0:0:0:1"})
  void loopbackAddressesMayReindex(String address) {
    assertTrue(AdminReindex.isLoopback(address), address);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"10.0.0.7", "192.168.1.20", "203.0.113.5", "2001:db8::1", "::ffff:8.8.8.8"})
  void otherAddressesMayNot(String address) {
    assertFalse(AdminReindex.isLoopback(address), String.valueOf(address));
  }
}
