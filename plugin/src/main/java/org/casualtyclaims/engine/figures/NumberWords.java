package org.casualtyclaims.engine.figures;

import java.util.List;
import java.util.Map;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Reads English number words: "two", "twenty-four", "two thousand seven hundred", "a dozen",
 * "one hundred and twenty". Values above {@code Long.MAX_VALUE / 1000} are refused, not wrapped.
 */
public final class NumberWords {
  /** A parsed number: its value and the index of its last token. */
  record Parsed(long value, int last) {}

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
          Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
          Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);
  private static final Map<String, Long> SCALES =
      Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private NumberWords() {}

  /** The words that can start a number: units, teens, tens and "dozen". */
  public static java.util.Set<String> words() {
    java.util.Set<String> words = new java.util.HashSet<>(UNITS.keySet());
    words.addAll(TENS.keySet());
    words.add("dozen");
    return words;
  }

  static boolean isScale(String lower) {
    return SCALES.containsKey(lower);
  }

  static long scale(String lower) {
    return SCALES.get(lower);
  }

  /**
   * Starts a number written in words (articles count only before "dozen", "hundred", ...). The
   * token must come from a tokenisation with the lexicons' word table, which flags number words.
   */
  public static boolean startsNumber(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord() || !t.info.has(WordInfo.FIGURE_START)) {
      return false; // neither a number word nor "a" or "an"
    }
    if (t.info.has(WordInfo.NUMBER_WORD)) {
      return true;
    }
    return (t.is("a") || t.is("an"))
        && i + 1 < tokens.size()
        && tokens.get(i + 1).info.has(WordInfo.MULTIPLIER);
  }

  /** The words that multiply after "a": "dozen", "hundred", "thousand", ... */
  public static java.util.Set<String> multipliers() {
    java.util.Set<String> words = new java.util.HashSet<>(SCALES.keySet());
    words.add("dozen");
    words.add("hundred");
    return words;
  }

  /** Parses the number words starting at {@code i}, or returns null. */
  static Parsed parse(List<Token> tokens, int i) {
    if (!startsNumber(tokens, i)) {
      return null;
    }
    long total = 0;
    long current = 0;
    int last = i;
    int k = i;
    // what may come next: 0 = anything, 1 = after a unit/teen, 2 = after tens, 3 = after hundred
    int state = 0;
    boolean any = false;
    if (tokens.get(k).is("a") || tokens.get(k).is("an")) {
      current = 1;
      k++;
      state = 1;
    }
    while (k < tokens.size()) {
      Token t = tokens.get(k);
      String w = t.lower();
      if (UNITS.containsKey(w) && (state == 0 || state == 2 || state == 3)) {
        if (state == 2 && UNITS.get(w) >= 10) {
          break;
        }
        current += UNITS.get(w);
        state = 1;
      } else if (TENS.containsKey(w) && (state == 0 || state == 3)) {
        current += TENS.get(w);
        state = 2;
      } else if (w.equals("hundred") && (state == 1 || state == 2) && current > 0 && current < 100) {
        current *= 100;
        state = 3;
      } else if (w.equals("dozen") && (state == 0 || state == 1)) {
        current = Math.max(current, 1) * 12;
        state = 1;
      } else if (SCALES.containsKey(w) && state == 3 && current == 0 && total > 0) {
        long scale = SCALES.get(w); // "a thousand million", "a billion billion": scales multiply
        if (total > Long.MAX_VALUE / 1000 / scale) {
          return null;
        }
        total *= scale;
      } else if (SCALES.containsKey(w) && state != 0 && current > 0) {
        long scale = SCALES.get(w);
        if (current > Long.MAX_VALUE / 1000 / scale) {
          return null;
        }
        total += current * scale;
        current = 0;
        state = 3;
      } else if (w.equals("-") && !t.spaceBefore && state == 2 && k + 1 < tokens.size()
          && !tokens.get(k + 1).spaceBefore) {
        k++; // "twenty-four"
        continue;
      } else if (w.equals("and") && state == 3 && k + 1 < tokens.size()
          && (UNITS.containsKey(tokens.get(k + 1).lower())
              || TENS.containsKey(tokens.get(k + 1).lower()))) {
        k++; // "one hundred and twenty"
        continue;
      } else {
        break;
      }
      any = true;
      last = k;
      k++;
    }
    return any ? new Parsed(total + current, last) : null;
  }
}
