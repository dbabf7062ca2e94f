package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo of name functions: each name's own value, computed once while it stays in its slot. */
class NameMemoTest {
  @Test
  void aRepeatedNameIsComputedOnce() {
    AtomicInteger calls = new AtomicInteger();
    NameMemo<String> memo = new NameMemo<>(n -> {
      calls.incrementAndGet();
      return n.toUpperCase(Locale.ROOT);
    });
    String first = memo.get("health ministry");
    assertEquals("HEALTH MINISTRY", first);
    assertSame(first, memo.get(new String("health ministry"))); // equal, not the same string
    assertEquals(1, calls.get());
  }

  @Test
  void everyNameGetsItsOwnValueWhenMoreNamesThanSlotsShareThem() {
    NameMemo<Integer> memo = new NameMemo<>(String::length);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5000; i++) {
        String name = "x".repeat(i % 7) + i;
        assertEquals(name.length(), memo.get(name), name);
      }
    }
  }

  @Test
  void namesSplitIntoTheSameReadOnlyWordsEveryTime() {
    List<String> words = Names.words("Gaza's Health  Ministry");
    assertEquals(List.of("gaza", "s", "health", "ministry"), words);
    assertSame(words, Names.words("Gaza's Health  Ministry"));
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> words.add("x"));
  }
}
