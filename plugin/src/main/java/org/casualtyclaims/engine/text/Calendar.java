package org.casualtyclaims.engine.text;

import java.util.Set;

/** English month and weekday names, used to recognise dates and sentence breaks. */
public final class Calendar {
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
          "yesterday", "tonight");

  private Calendar() {}

  static Set<String> months() {
    return MONTHS;
  }

  static Set<String> weekdays() {
    return WEEKDAYS;
  }

  public static boolean isMonth(String lower) {
    return MONTHS.contains(lower);
  }

  static boolean isWeekday(String lower) {
    return WEEKDAYS.contains(lower);
  }
}
