package org.yanlu.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The committed folding table is what NFKC and HanLP's converter compute: a HanLP upgrade that
 * folds some character otherwise fails here, naming the characters, until the table is written anew
 * ({@code ChineseFolding.main}).
 */
class FoldingTableTest {
  @Test
  void theCommittedTableIsWhatTheConvertersCompute() {
    String[] committed = ChineseFolding.committedTable();
    String[] computed = ChineseFolding.computedTable();
    List<String> moved = new ArrayList<>();
    for (int cp = 0; cp < computed.length; cp++) {
      String a = committed[cp];
      String b = computed[cp];
      if (a == null ? b != null : !a.equals(b)) {
        moved.add(Integer.toHexString(cp) + ": " + a + " → " + b);
      }
    }
    assertEquals(
        List.of(), moved, "write the table anew: java … ChineseFolding > folding-table.tsv");
    assertEquals(7687, Arrays.stream(committed).filter(Objects::nonNull).count());
  }

  @Test
  void traditionalAndFullWidthCharactersFoldAsTheTableSays() {
    assertEquals("说", ChineseFolding.fold('說'));
    assertEquals("5", ChineseFolding.fold('５'));
    assertEquals("数字中国", ChineseFolding.fold("數字中國"));
  }
}
