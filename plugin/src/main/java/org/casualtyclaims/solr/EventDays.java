package org.casualtyclaims.solr;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.apache.lucene.util.BytesRef;

/** Reads the ISO day ({@code 2024-03-05}) that ends an event key, from its bytes. */
final class EventDays {
  private EventDays() {}

  /**
   * The epoch day of the ten bytes {@code yyyy-MM-dd} from {@code from} to the key's end, or
   * {@link Integer#MIN_VALUE} when they are not a day.
   */
  static int parse(BytesRef key, int from) {
    if (key.length - from != 10) {
      return Integer.MIN_VALUE;
    }
    int at = key.offset + from;
    byte[] b = key.bytes;
    if (b[at + 4] != '-' || b[at + 7] != '-') {
      return Integer.MIN_VALUE;
    }
    int year = digits(b, at, 4);
    int month = digits(b, at + 5, 2);
    int day = digits(b, at + 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return Integer.MIN_VALUE;
    }
    try {
      return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay());
    } catch (DateTimeException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static int digits(byte[] b, int at, int n) {
    int value = 0;
    for (int i = at; i < at + n; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }
}
