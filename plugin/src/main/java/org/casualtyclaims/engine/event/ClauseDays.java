package org.casualtyclaims.engine.event;

import java.util.List;
import org.casualtyclaims.engine.Scope;

/**
 * The days a figure's clause names, as {@link FigureCues} weighs them: a day counted from ("since
 * Thursday"), one day counted ("in Tuesday's protests", "attacks on Sunday"), a date of the
 * calendar a running total counts from ("since October").
 */
final class ClauseDays {
  private ClauseDays() {}

  /** How far after "since", in characters, the day it counts from may be named. */
  private static final int SINCE_REACH = 40;

  /**
   * Whether {@code cue} is a bare "since" whose clause counts from a day of the last week:
   * "since Thursday", "since the fighting broke out on Saturday".
   */
  static boolean sinceADay(String text, ScopeCues.Cue cue, List<DateSpan> dates) {
    if (cue.scope() != Scope.CUMULATIVE || cue.end() - cue.start() != "since".length()
        || !text.regionMatches(true, cue.start(), "since", 0, "since".length())) {
      return false;
    }
    for (DateSpan d : dates) {
      if (d.day() && d.start() >= cue.end() && d.start() - cue.end() <= SINCE_REACH
          && !FigureCues.pauseBetween(text, cue.end(), d.start())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a day of the last week is named after {@code cue} in its clause, not "since" it. */
  static boolean dayAfter(String text, ScopeCues.Cue cue, List<DateSpan> dates) {
    for (DateSpan d : dates) {
      if (d.day() && d.start() >= cue.end()
          && !FigureCues.pauseBetween(text, cue.end(), d.start()) && !countedFrom(text, d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause at {@code offset} names a day of the last week it counts ("in Tuesday's
   * protests", "during protests on Wednesday"), not one it counts from ("since Monday").
   */
  static boolean oneDay(String text, int offset, List<DateSpan> dates) {
    for (DateSpan d : dates) {
      if (d.day() && !FigureCues.pauseBetween(text, Math.min(offset, d.start()),
          Math.max(offset, d.start())) && !countedFrom(text, d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure's clause goes on to count "since" a date of the calendar, not after a
   * superlative ("in the deadliest attack since 2021" dates a comparison).
   */
  static boolean sinceADateAfter(String text, int offset, List<DateSpan> dates,
      List<ScopeCues.Cue> cues) {
    for (DateSpan d : dates) {
      if (d.since() && d.start() > offset && !FigureCues.pauseBetween(text, offset, d.start())
          && !superlativeBetween(cues, offset, d.start())) {
        return true;
      }
    }
    return false;
  }

  /** Whether "since" stands just before the date: "since Monday". */
  private static boolean countedFrom(String text, DateSpan d) {
    return text.regionMatches(true, Math.max(0, d.start() - 6), "since ", 0, 6);
  }

  private static boolean superlativeBetween(List<ScopeCues.Cue> cues, int from, int to) {
    for (ScopeCues.Cue cue : cues) {
      if (cue.kind() == ScopeCues.Kind.SUPERLATIVE && cue.start() >= from && cue.end() <= to) {
        return true;
      }
    }
    return false;
  }
}
