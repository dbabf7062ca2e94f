package org.casualtyclaims.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The look-up by a stretch of text must answer exactly as the map would for the stretch cut out
 * and folded: the stages that use it promise output identical to cutting every word out.
 */
class FoldedTableTest {
  private static final UnaryOperator<String> FOLD =
      w -> w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');

  private static final Map<String, Integer> KEYS = Map.of(
      "march", 1, "last", 2, "a", 3, "o'clock", 4, "2024", 5, "été", 6, "x9", 7);

  private static final FoldedTable<Integer> TABLE = new FoldedTable<>(KEYS, FOLD);

  private static Integer lookUp(String sentence, String word) {
    int at = sentence.indexOf(word);
    return TABLE.get(sentence, at, at + word.length());
  }

  @Test
  void findsAWordInAnyCaseWithoutCuttingItOut() {
    assertEquals(1, lookUp("On MARCH 3 they left", "MARCH"));
    assertEquals(1, lookUp("since March", "March"));
    assertEquals(2, lookUp("Last week", "Last"));
    assertEquals(3, lookUp("A toll", "A"));
    assertEquals(5, lookUp("in 2024,", "2024"));
    assertEquals(7, lookUp("the X9 drone", "X9"));
  }

  @Test
  void otherWordsGoThroughTheTablesOwnFolding() {
    assertEquals(4, lookUp("at ten O\u2019clock", "O\u2019clock"));
    assertEquals(4, lookUp("at ten o'clock", "o'clock"));
    assertEquals(6, lookUp("l'ÉTÉ dernier", "ÉTÉ"));
  }

  @Test
  void aWordThatIsNoKeyIsNotFound() {
    assertNull(lookUp("they marched on", "marched"));
    assertNull(lookUp("they march on", "arch"));
    assertNull(lookUp("the lastly", "lastly"));
    assertNull(lookUp("at 2025", "2025"));
    assertNull(TABLE.get("march", 2, 2));
  }

  @Test
  void answersAsTheMapDoesForRandomWords() {
    Map<String, Integer> keys = new HashMap<>();
    Random random = new Random(14);
    String letters = "abcdeEMZ09'\u2019é-";
    for (int i = 0; i < 300; i++) {
      keys.put(FOLD.apply(word(random, letters)), i);
    }
    FoldedTable<Integer> table = new FoldedTable<>(keys, FOLD);
    for (String probe : List.copyOf(keys.keySet())) {
      String written = random.nextBoolean() ? probe.toUpperCase(Locale.ROOT) : probe;
      String text = "(" + written + ")";
      assertEquals(keys.get(FOLD.apply(written)), table.get(text, 1, 1 + written.length()), written);
    }
    for (int i = 0; i < 2000; i++) {
      String w = word(random, letters);
      assertEquals(keys.get(FOLD.apply(w)), table.get(w, 0, w.length()), w);
    }
  }

  @Test
  void aWordOpeningAsNoKeyOfItsLengthDoesIsNotFound() {
    // "ma" opens "march", but no key opens with "mat"; "las" opens "last"
    assertNull(lookUp("the matter", "matter"));
    assertEquals(2, lookUp("LAST week", "LAST"));
  }

  /** Names filed under lower case with runs of spaces read as one, as PlaceKeys files them. */
  private static final UnaryOperator<String> NAME_KEY =
      w -> w.toLowerCase(Locale.ROOT).replaceAll(" +", " ");

  @Test
  void aNameOfSeveralWordsIsFoundInPlace() {
    Map<String, Integer> names = Map.of("new york", 1, "al shifa", 2, "york", 3);
    FoldedTable<Integer> table =
        FoldedTable.ofNames(names, w -> names.get(NAME_KEY.apply(w)));
    String text = "in NEW York and New  York, al Shifa";
    assertEquals(1, table.get(text, 3, 11));
    assertEquals(1, table.get(text, 16, 25), "two spaces read as one through the key");
    assertEquals(2, table.get(text, 27, 35));
    assertEquals(3, table.get(text, 7, 11));
    assertNull(table.get(text, 3, 7), "'new ' ends in a space");
    assertNull(TABLE.get("new york", 0, 8), "a table of words reads no space in place");
  }

  @Test
  void aTableOfNamesAnswersAsTheMapDoesForRandomRuns() {
    Map<String, Integer> keys = new HashMap<>();
    Random random = new Random(15);
    String letters = "abEZ09 ’é";
    for (int i = 0; i < 300; i++) {
      String key = NAME_KEY.apply(word(random, letters)).strip();
      if (!key.isEmpty()) {
        keys.put(key, i);
      }
    }
    FoldedTable<Integer> table = FoldedTable.ofNames(keys, w -> keys.get(NAME_KEY.apply(w)));
    for (int i = 0; i < 3000; i++) {
      String w = word(random, letters) + word(random, letters);
      if (w.isBlank() || w.startsWith(" ") || w.endsWith(" ")) {
        continue; // a run of words starts and ends with one
      }
      assertEquals(keys.get(NAME_KEY.apply(w)), table.get(w, 0, w.length()), w);
    }
  }

  private static String word(Random random, String letters) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      sb.append(letters.charAt(random.nextInt(letters.length())));
    }
    return sb.toString();
  }
}
