package org.casualtyclaims.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * A word of a sentence as {@link DateFinder} reads it: letters, or digits with an ordinal suffix
 * ("3rd") dropped. Its lower case is cut out only when asked for; a word of digits has none ("").
 */
final class DateToken {
  /** The years a number may name. */
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;

  private final String text;
  private final int start;
  private final int end;
  private final boolean capital;
  private final boolean digits;
  private final int number;
  private String lower;
  private DateWords.Known known;
  private boolean lookedUp;

  DateToken(String text, int start, int end, boolean capital, boolean digits, int number) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.capital = capital;
    this.digits = digits;
    this.number = number;
  }

  /** A word of letters whose date word the sentence split found already. */
  DateToken(String text, int start, int end, boolean capital, DateWords.Known known) {
    this(text, start, end, capital, false, -1);
    this.known = known;
    this.lookedUp = true;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  boolean capital() {
    return capital;
  }

  String lower() {
    if (lower == null) {
      lower = digits ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  boolean is(String w) {
    return lower().equals(w);
  }

  /** What the date words make of this word, or null; a word of digits is nothing. */
  DateWords.Known known(DateWords words) {
    if (!lookedUp) {
      known = digits ? null : words.known(text, start, end);
      lookedUp = true;
    }
    return known;
  }

  /** A day of a month, 1 to 31, or -1. */
  int day() {
    return number >= 1 && number <= 31 && end - start <= 4 ? number : -1;
  }

  /** A year of four digits within range, or -1. */
  int year() {
    return number >= MIN_YEAR && number <= MAX_YEAR ? number : -1;
  }

  /** The number a word of digits reads, -1 for one that is none (or no word of digits). */
  int number() {
    return number;
  }

  /**
   * Whether word {@code k} of the split is one word here as well: plain letters, no digit, no
   * possessive; its number then tells what it is.
   */
  static boolean lettersOnly(SentenceWords sentence, int k) {
    return sentence.plainWhole(k) && !sentence.hasDigit(k);
  }

  /**
   * The words of the sentence as dates read them: letters, or digits with their ordinal suffix.
   * A word of the split that is plain letters is one of them as it stands; any other is split
   * again here (the split's words never join across a character these words stop at).
   *
   * @param byNumber what each word of the split is as a date word, by its number
   */
  static List<DateToken> split(SentenceWords sentence, DateWords.Known[] byNumber) {
    String text = sentence.text();
    List<DateToken> out = new ArrayList<>(sentence.size() + 4);
    for (int k = 0; k < sentence.size(); k++) {
      if (lettersOnly(sentence, k)) {
        out.add(new DateToken(text, sentence.start(k), sentence.end(k), sentence.capital(k),
            byNumber[sentence.id(k)]));
      } else {
        split(text, sentence.start(k), sentence.fullEnd(k), out);
      }
    }
    return out;
  }

  /** Adds the words of {@code text[from, to)} to {@code out}. */
  private static void split(String text, int from, int to, List<DateToken> out) {
    int n = text.length();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      if (c >= '0' && c <= '9') {
        int value = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          value = value < 100_000 ? value * 10 + (text.charAt(i) - '0') : value;
          i++;
        }
        int digitsEnd = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++; // "3rd", "7th"
        }
        String suffix = text.substring(digitsEnd, i).toLowerCase(Locale.ROOT);
        boolean ordinal = suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd")
            || suffix.equals("rd") || suffix.equals("th");
        boolean thousands = i < n - 1 && text.charAt(i) == ',' && Character.isDigit(text.charAt(i + 1));
        out.add(new DateToken(text, start, ordinal ? digitsEnd : i, false, true,
            ordinal && !thousands ? value : -1));
        continue;
      }
      // letters, and digits of other scripts ("٣"), which are no numbers here
      while (i < n && Character.isLetterOrDigit(text.charAt(i))
          && !(text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
        i++;
      }
      out.add(new DateToken(text, start, i, Character.isUpperCase(c), false, -1));
    }
  }
}
