package org.casualtyclaims.engine.grouping;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
 * Events come largest first: by articles, then claims, then series key and first day.
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

  /** A run of one series' rows, with the bounds that decide containment. */
  private static final class Draft {
    final SeriesKey series;
    final List<DayRow> rows = new ArrayList<>();
    final LocalDate first;
    final LocalDate last;

    Draft(SeriesKey series, List<DayRow> run) {
      this.series = series;
      rows.addAll(run);
      first = run.get(0).day();
      last = run.get(run.size() - 1).day();
    }
  }

  public List<Event> group(Collection<DayRow> rows) {
    // in no particular order: the events are sorted at the end, and no join depends on the order
    Map<SeriesKey, List<DayRow>> bySeries = new HashMap<>();
    for (DayRow row : rows) {
      bySeries.computeIfAbsent(row.series(), k -> new ArrayList<>()).add(row);
    }
    List<Draft> events = new ArrayList<>();
    List<Draft> regional = new ArrayList<>();
    List<Draft> national = new ArrayList<>();
    for (List<DayRow> series : bySeries.values()) {
      series.sort(Comparator.comparing(DayRow::day));
      SeriesKey key = series.get(0).series();
      List<Draft> target =
          key.cumulative() || key.level() == SeriesKey.Level.TOWN
              ? events
              : key.level() == SeriesKey.Level.REGION ? regional : national;
      for (List<DayRow> run : key.cumulative() ? List.of(series) : runs(series)) {
        target.add(new Draft(key, run));
      }
    }
    Map<String, List<Draft>> towns = byFamily(events);
    for (Draft draft : regional) {
      join(draft, towns, events, true);
    }
    Map<String, List<Draft>> placed = byFamily(events);
    for (Draft draft : national) {
      join(draft, placed, events, false);
    }
    return events.stream()
        .map(EventGrouper::event)
        .sorted(
            Comparator.comparingLong(Event::articles)
                .reversed()
                .thenComparing(Comparator.comparingLong(Event::claims).reversed())
                .thenComparing(e -> e.series().toString())
                .thenComparing(Event::firstDay))
        .toList();
  }

  private List<List<DayRow>> runs(List<DayRow> sorted) {
    List<List<DayRow>> runs = new ArrayList<>();
    List<DayRow> run = new ArrayList<>();
    for (DayRow row : sorted) {
      if (!run.isEmpty() && gap(run.get(run.size() - 1).day(), row.day()) > window) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(row);
    }
    runs.add(run);
    return runs;
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
      host.rows.addAll(draft.rows);
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
    long articles = 0;
    long claims = 0;
    for (DayRow row : rows) {
      articles += row.articles();
      claims += row.claims();
    }
    return new Event(draft.series, draft.first, rows.get(0).day(), rows.get(rows.size() - 1).day(),
        articles, claims, rows);
  }
}
