package org.casualtyclaims.engine.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.text.FoldedTable;

/**
 * The English names of months, weekdays and relative days, from {@code date-words.tsv}: "march"
 * is month 3, "tue" weekday 2, "yesterday" one day back, "last week" one week back.
 */
final class DateWords {
  static final String FILE = "date-words.tsv";

  enum Kind {
    MONTH,
    WEEKDAY,
    DAY,
    WEEK,
    MONTHS,
    YEAR,
    /** A word that narrows a month to a part of it ("late May"): "since" still counts from it. */
    PART
  }

  record Entry(Kind kind, int value) {}

  /**
   * What one word is: its entry, or null, and whether a two-word entry starts with it ("last"
   * of "last week").
   */
  record Known(Entry entry, boolean opensPair) {}

  private final Map<String, Entry> entries;
  /** Every word that is an entry or opens a two-word one, by its lower case. */
  private final Map<String, Known> words;
  /** The same, looked up by a stretch of a sentence: for words the sentence split left whole. */
  private final FoldedTable<Known> known;

  private DateWords(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
    Map<String, Known> words = new HashMap<>();
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      words.merge(e.getKey(), new Known(e.getValue(), false),
          (a, b) -> new Known(b.entry(), a.opensPair()));
      int space = e.getKey().indexOf(' ');
      if (space > 0 && e.getKey().indexOf(' ', space + 1) < 0) {
        words.merge(e.getKey().substring(0, space), new Known(null, true),
            (a, b) -> new Known(a.entry(), true));
      }
    }
    this.words = Map.copyOf(words);
    this.known = new FoldedTable<>(words, w -> w.toLowerCase(Locale.ROOT));
  }

  static DateWords load(ResourceOpener opener, String directory) {
    Map<String, Entry> entries = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 3, 3)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.column(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be month, weekday, day, week, months, year or part; found '"
            + row.column(1) + "'");
      }
      int value;
      try {
        value = Integer.parseInt(row.column(2));
      } catch (NumberFormatException e) {
        throw row.error("'" + row.column(2) + "' is not a whole number");
      }
      boolean valid = switch (kind) {
        case MONTH -> value >= 1 && value <= 12;
        case WEEKDAY -> value >= 1 && value <= 7;
        default -> value <= 0 && value >= -1;
      };
      if (!valid) {
        throw row.error("value " + value + " is out of range for " + row.lower(1));
      }
      if (entries.put(row.lower(0).replaceAll("\\s+", " "), new Entry(kind, value)) != null) {
        throw row.error("'" + row.column(0) + "' is listed twice");
      }
    }
    return new DateWords(entries);
  }

  Entry get(String lower) {
    return entries.get(lower);
  }

  /** The words {@link #known} knows, in lower case. */
  Set<String> words() {
    return words.keySet();
  }

  /** What each word of {@code lexicon} is, by its number; null for nothing. */
  Known[] byNumber(AnchorWords lexicon) {
    Known[] byNumber = new Known[lexicon.size()];
    for (Map.Entry<String, Known> e : words.entrySet()) {
      int id = lexicon.id(e.getKey());
      if (id > AnchorWords.UNKNOWN) {
        byNumber[id] = e.getValue();
      }
    }
    return byNumber;
  }

  /** What the word {@code text[start, end)}, in any case, is; null when nothing. */
  Known known(String text, int start, int end) {
    return known.get(text, start, end);
  }
}
