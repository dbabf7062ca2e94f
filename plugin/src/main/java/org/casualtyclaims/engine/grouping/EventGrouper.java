package org.casualtyclaims.engine.grouping;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups the day rows of many articles' claims into events. The rule (README.md, "Comparing by
 * event"):
 *
 * <ol>
 *   <li>An incident series' days form runs in which each day lies within {@code window} days of
 *       the previous one; each run is an event. Two attacks on one town a month apart are two
 *       events; a toll revised over four days is one.
 *   <li>A cumulative series (a war's or a season's running total) is one event, whatever its days.
 *   <li>A run placed only in a region joins the one town-level event of its family (same category,
 *       victims group, country and scope) in that region whose days overlap it, widened by the
 *       window; a run placed only in a country joins the one town- or region-level event of its
 *       family that overlaps it. With no such event, or several, it is an event of its own.
 * </ol>
 *
 * Events come largest first: by articles, then claims, then series key and first day. A page of
 * them ({@link #rank}) costs little more than counting them: only its events are sorted and built.
 */
public final class EventGrouper {
  public static final int DEFAULT_WINDOW_DAYS = 3;

  private final int window;

  /** @param windowDays the largest gap, in days, between two days of one incident */
  public EventGrouper(int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the window must be 0 or more days, got " + windowDays);
    }
    this.window = windowDays;
  }

  /** A run of one series' rows, with the bounds that decide containment, and its size. */
  private static final class Draft {
    final SeriesKey series;
    /** The run, a view of its series' rows until another run joins it. */
    List<DayRow> rows;
    boolean joined;
    final LocalDate first;
    final LocalDate last;
    /** The earliest day of its rows, joined ones included. */
    LocalDate firstDay;
    long articles;
    long claims;

    Draft(SeriesKey series, List<DayRow> run) {
      this.series = series;
      rows = run;
      first = run.get(0).day();
      last = run.get(run.size() - 1).day();
      firstDay = first;
      count(run);
    }

    void add(List<DayRow> more) {
      if (!joined) {
        rows = new ArrayList<>(rows);
        joined = true;
      }
      rows.addAll(more);
      count(more);
    }

    private void count(List<DayRow> more) {
      for (DayRow row : more) {
        articles += row.articles();
        claims += row.claims();
        firstDay = row.day().isBefore(firstDay) ? row.day() : firstDay;
      }
    }
  }

  /** Largest first: by articles, then claims, then series key and first day. */
  private static final Comparator<Draft> LARGEST_FIRST =
      (a, b) -> {
        int c = Long.compare(b.articles, a.articles);
        if (c == 0) {
          c = Long.compare(b.claims, a.claims);
        }
        if (c == 0) {
          c = a.series.toString().compareTo(b.series.toString());
        }
        return c != 0 ? c : a.firstDay.compareTo(b.firstDay);
      };

  /** One page of the events, largest first, and how many there are in all. */
  public record Ranking(List<Event> shown, int total) {
    public Ranking {
      shown = List.copyOf(shown);
    }
  }

  /** All the events of the rows, largest first. */
  public List<Event> group(Collection<DayRow> rows) {
    return rank(rows, 0, -1).shown();
  }

  /**
   * The events from the {@code from}th largest on, {@code count} of them (all with a negative
   * count), and how many there are. Only the page's events are sorted and built; the others are
   * counted.
   */
  public Ranking rank(Collection<DayRow> rows, int from, int count) {
    return rankSeries(bySeries(rows), from, count);
  }

  /**
   * As {@link #rank}, for rows already put together by series: each list holds all the rows of
   * one series, which no other list holds.
   */
  public Ranking rankSeries(Collection<List<DayRow>> series, int from, int count) {
    List<Draft> drafts = drafts(series);
    int wanted = count < 0 ? drafts.size() : (int) Math.min(drafts.size(), (long) from + count);
    List<Draft> largest;
    if (wanted >= drafts.size() / 2) {
      largest = new ArrayList<>(drafts);
      largest.sort(LARGEST_FIRST);
    } else {
      // the smallest of the largest so far on top, so that most drafts are turned away at once
      PriorityQueue<Draft> top = new PriorityQueue<>(wanted + 1, LARGEST_FIRST.reversed());
      for (Draft draft : drafts) {
        if (top.size() < wanted) {
          top.add(draft);
        } else if (wanted > 0 && LARGEST_FIRST.compare(draft, top.peek()) < 0) {
          top.poll();
          top.add(draft);
        }
      }
      largest = new ArrayList<>(top);
      largest.sort(LARGEST_FIRST);
    }
    List<Event> shown = new ArrayList<>();
    for (int i = Math.min(from, wanted); i < wanted; i++) {
      shown.add(event(largest.get(i)));
    }
    return new Ranking(shown, drafts.size());
  }

  private static Collection<List<DayRow>> bySeries(Collection<DayRow> rows) {
    Map<SeriesKey, List<DayRow>> bySeries = new HashMap<>();
    SeriesKey previous = null;
    List<DayRow> current = null;
    for (DayRow row : rows) {
      // rows usually come series by series: one look-up per series, not per row
      if (row.series() != previous) {
        previous = row.series();
        current = bySeries.computeIfAbsent(previous, k -> new ArrayList<>());
      }
      current.add(row);
    }
    return bySeries.values();
  }

  /** The runs of each series; those placed only in a region or a country join a town's. */
  private List<Draft> drafts(Collection<List<DayRow>> bySeries) {
    // in no particular order: the events are sorted at the end, and no join depends on the order
    List<Draft> events = new ArrayList<>();
    List<Draft> regional = new ArrayList<>();
    List<Draft> national = new ArrayList<>();
    for (List<DayRow> rows : bySeries) {
      List<DayRow> series = rows;
      if (!byDay(series)) {
        series = new ArrayList<>(rows);
        series.sort(Comparator.comparing(DayRow::day));
      }
      SeriesKey key = series.get(0).series();
      List<Draft> target =
          key.cumulative() || key.level() == SeriesKey.Level.TOWN
              ? events
              : key.level() == SeriesKey.Level.REGION ? regional : national;
      if (key.cumulative()) {
        target.add(new Draft(key, series));
      } else {
        addRuns(key, series, target);
      }
    }
    if (!regional.isEmpty()) {
      Map<String, List<Draft>> towns = byFamily(events);
      for (Draft draft : regional) {
        join(draft, towns, events, true);
      }
    }
    if (!national.isEmpty()) {
      Map<String, List<Draft>> placed = byFamily(events);
      for (Draft draft : national) {
        join(draft, placed, events, false);
      }
    }
    return events;
  }

  private static boolean byDay(List<DayRow> rows) {
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i - 1).day().isAfter(rows.get(i).day())) {
        return false;
      }
    }
    return true;
  }

  /** The runs of a series' rows sorted by day, each a draft. */
  private void addRuns(SeriesKey key, List<DayRow> sorted, List<Draft> target) {
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || gap(sorted.get(i - 1).day(), sorted.get(i).day()) > window) {
        target.add(new Draft(key, sorted.subList(start, i)));
        start = i;
      }
    }
  }

  /** The incident events so far, by family: the candidates for a less precise run to join. */
  private static Map<String, List<Draft>> byFamily(List<Draft> events) {
    Map<String, List<Draft>> byFamily = new HashMap<>();
    for (Draft event : events) {
      if (!event.series.cumulative()) {
        byFamily.computeIfAbsent(event.series.family(), k -> new ArrayList<>()).add(event);
      }
    }
    return byFamily;
  }

  /** Adds the draft's rows to the one candidate containing it, else makes it an event. */
  private void join(
      Draft draft, Map<String, List<Draft>> byFamily, List<Draft> events, boolean sameRegion) {
    Draft host = null;
    int found = 0;
    for (Draft candidate : byFamily.getOrDefault(draft.series.family(), List.of())) {
      if ((!sameRegion || candidate.series.region().equals(draft.series.region()))
          && overlaps(candidate, draft)) {
        host = candidate;
        found++;
      }
    }
    if (found == 1) {
      host.add(draft.rows);
    } else {
      events.add(draft);
    }
  }

  private boolean overlaps(Draft a, Draft b) {
    return gap(a.last, b.first) <= window && gap(b.last, a.first) <= window;
  }

  /** Days from {@code from} to {@code to}; negative when {@code to} comes first. */
  private static long gap(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  private static Event event(Draft draft) {
    List<DayRow> rows = new ArrayList<>(draft.rows);
    rows.sort(Comparator.comparing(DayRow::day).thenComparing(r -> r.series().toString()));
    return new Event(draft.series, draft.first, rows.get(0).day(), rows.get(rows.size() - 1).day(),
        draft.articles, draft.claims, rows);
  }
}
