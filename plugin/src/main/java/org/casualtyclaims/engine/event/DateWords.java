package org.casualtyclaims.engine.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.casualtyclaims.engine.FoldedTable;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;

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
    YEAR
  }

  record Entry(Kind kind, int value) {}

  private final FoldedTable<Entry> entries;
  /** The first words of the two-word entries ("last" of "last week"). */
  private final FoldedTable<Boolean> pairStarts;

  private DateWords(Map<String, Entry> entries) {
    this.entries = new FoldedTable<>(entries, w -> w.toLowerCase(Locale.ROOT));
    Map<String, Boolean> starts = new HashMap<>();
    for (String key : entries.keySet()) {
      int space = key.indexOf(' ');
      if (space > 0 && key.indexOf(' ', space + 1) < 0) {
        starts.put(key.substring(0, space), true);
      }
    }
    this.pairStarts = new FoldedTable<>(starts, w -> w.toLowerCase(Locale.ROOT));
  }

  static DateWords load(ResourceOpener opener, String directory) {
    Map<String, Entry> entries = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 3, 3)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.column(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be month, weekday, day, week, months or year; found '"
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

  /** The entry of the word {@code text[start, end)}, in any case, or null. */
  Entry get(String text, int start, int end) {
    return entries.get(text, start, end);
  }

  /** Whether a two-word entry starts with the word {@code text[start, end)}, in any case. */
  boolean startsPair(String text, int start, int end) {
    return pairStarts.get(text, start, end) != null;
  }
}
