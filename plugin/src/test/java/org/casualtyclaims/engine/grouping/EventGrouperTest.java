package org.casualtyclaims.engine.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
  private static final EventGrouper GROUPER = new EventGrouper(EventGrouper.DEFAULT_WINDOW_DAYS);

  private static final SeriesKey DORN =
      new SeriesKey("killed", "people", "NO", "incident", "Aldmark", "Dorn");
  private static final SeriesKey VESK =
      new SeriesKey("killed", "people", "NO", "incident", "Aldmark", "Vesk");
  private static final SeriesKey ALDMARK =
      new SeriesKey("killed", "people", "NO", "incident", "Aldmark", "");
  private static final SeriesKey NORWAY = new SeriesKey("killed", "people", "NO", "incident", "", "");
  private static final SeriesKey WAR = new SeriesKey("killed", "people", "NO", "cumulative", "", "");

  private static LocalDate may(int day) {
    return LocalDate.of(2024, 5, 1).plusDays(day - 1);
  }

  /** What the rows' sources said, as the Solr side reads it for the events it shows. */
  private final Map<DayRow, List<Report>> reportsByRow = new HashMap<>();

  private List<Report> reports(Event event) {
    return event.rows().stream().distinct().flatMap(r -> reportsByRow.get(r).stream()).toList();
  }

  private DayRow row(SeriesKey series, LocalDate day, String source, long... figures) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < figures.length; i++) {
      Instant published = day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600L * i);
      reports.add(new Report(source, figures[i], published, null, null, false));
    }
    DayRow row = new DayRow(series, day, 1, figures.length);
    reportsByRow.merge(row, reports, (a, b) -> {
      List<Report> both = new ArrayList<>(a);
      both.addAll(b);
      return both;
    });
    return row;
  }

  @Test
  void oneEventFromSeveralOutletsOverDays() {
    List<Event> events = GROUPER.group(List.of(
        row(DORN, may(2), "Health Ministry", 17),
        row(DORN, may(3), "Health Ministry", 24),
        row(DORN, may(3), "Red Cross", 21),
        row(DORN, may(6), "Red Cross", 26)));
    assertEquals(1, events.size());
    Event event = events.get(0);
    assertEquals(may(2), event.firstDay());
    assertEquals(may(6), event.lastDay());
    assertEquals(4, event.articles());
    List<SourceFigures> sources = SourceFigures.of(reports(event));
    assertEquals(List.of("Health Ministry", "Red Cross"), sources.stream().map(SourceFigures::source).toList());
    assertEquals(List.of(17L, 24L), sources.get(0).figures());
    assertEquals(24, sources.get(0).latest(), "the newest report");
    assertEquals(26, sources.get(1).latest());
  }

  @Test
  void twoEventsInOneTownAMonthApart() {
    List<Event> events = GROUPER.group(List.of(
        row(DORN, may(2), "Police", 4),
        row(DORN, may(3), "Police", 5),
        row(DORN, may(30), "Police", 9)));
    assertEquals(2, events.size());
    assertEquals(may(2), events.get(0).firstDay(), "more articles first");
    assertEquals(may(30), events.get(1).firstDay());
    assertNotEquals(events.get(0).id(), events.get(1).id());
  }

  @Test
  void theWindowIsTheLargestGapWithinAnIncident() {
    List<DayRow> rows = List.of(row(DORN, may(2), "Police", 4), row(DORN, may(5), "Police", 5));
    assertEquals(1, new EventGrouper(3).group(rows).size());
    assertEquals(2, new EventGrouper(2).group(rows).size());
    assertThrows(IllegalArgumentException.class, () -> new EventGrouper(-1));
  }

  @Test
  void aRegionRowJoinsTheOneTownEventInItsRegion() {
    List<Event> events = GROUPER.group(List.of(
        row(DORN, may(10), "Police", 12),
        row(ALDMARK, may(11), "Governor", 15),
        row(NORWAY, may(12), "Army", 15)));
    assertEquals(1, events.size(), "town, region and country rows are one event");
    Event event = events.get(0);
    assertEquals(DORN, event.series(), "the town's place is the event's");
    assertEquals(3, event.rows().size());
  }

  @Test
  void aRegionRowBetweenTwoTownEventsStandsAlone() {
    List<Event> events = GROUPER.group(List.of(
        row(DORN, may(10), "Police", 12),
        row(VESK, may(11), "Police", 3),
        row(ALDMARK, may(11), "Governor", 15)));
    assertEquals(3, events.size(), "two candidates: the region row is not guessed into either");
    assertTrue(events.stream().anyMatch(e -> e.series().equals(ALDMARK)));
  }

  @Test
  void aRegionRowOutsideTheWindowStandsAlone() {
    List<Event> events = GROUPER.group(List.of(
        row(DORN, may(1), "Police", 12),
        row(ALDMARK, may(20), "Governor", 15)));
    assertEquals(2, events.size());
  }

  @Test
  void cumulativeTotalsAreOneEventApartFromIncidents() {
    List<Event> events = GROUPER.group(List.of(
        row(WAR, may(1), "Defence Ministry", 2300),
        row(WAR, LocalDate.of(2024, 9, 1), "Defence Ministry", 2900),
        row(NORWAY, may(2), "Police", 4)));
    assertEquals(2, events.size());
    Event war = events.stream().filter(e -> e.series().cumulative()).findFirst().orElseThrow();
    assertEquals(2, war.rows().size(), "months apart, still one total");
    Event incident = events.stream().filter(e -> !e.series().cumulative()).findFirst().orElseThrow();
    assertEquals(List.of(4L), SourceFigures.of(reports(incident)).get(0).figures(),
        "the incident never joins the war's total");
  }

  @Test
  void victimGroupsAreSeriesOfTheirOwn() {
    SeriesKey russian = new SeriesKey("killed", "russian troops", "RU", "cumulative", "", "");
    SeriesKey korean = new SeriesKey("killed", "north korean troops", "RU", "cumulative", "", "");
    SeriesKey civilians = new SeriesKey("killed", "people", "RU", "cumulative", "", "");
    List<Event> events = GROUPER.group(List.of(
        row(russian, may(1), "Defence Ministry", 790000),
        row(korean, may(1), "Intelligence Service", 4000),
        row(civilians, may(1), "Monitors", 200)));
    assertEquals(3, events.size());
    for (Event event : events) {
      assertEquals(1, SourceFigures.of(reports(event)).size(), "each event compares one source");
    }
  }

  @Test
  void theOrderAndIdsDoNotDependOnTheInputOrder() {
    List<DayRow> rows = new ArrayList<>(List.of(
        row(DORN, may(2), "Police", 4),
        row(DORN, may(3), "Police", 5),
        row(VESK, may(2), "Police", 1),
        row(WAR, may(2), "Army", 100),
        row(ALDMARK, may(20), "Governor", 7)));
    List<String> ids = GROUPER.group(rows).stream().map(Event::id).toList();
    Collections.reverse(rows);
    assertEquals(ids, GROUPER.group(rows).stream().map(Event::id).toList());
    assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{12}")), ids.toString());
    assertEquals(ids.get(0), GROUPER.group(rows.subList(3, 5)).get(0).id(),
        "an event's id depends on its own rows only");
  }

  @Test
  void aPageIsTheSliceOfAllTheEventsLargestFirst() {
    List<DayRow> rows = new ArrayList<>();
    for (int town = 0; town < 30; town++) {
      SeriesKey key = new SeriesKey("killed", "people", "NO", "incident", "Aldmark", "Town " + town);
      for (int article = 0; article <= town % 7; article++) {
        rows.add(new DayRow(key, may(1 + town % 5 + article), 1, 1 + town % 3));
      }
    }
    rows.add(new DayRow(WAR, may(3), 2, 2));
    List<Event> all = GROUPER.group(rows);
    assertEquals(31, all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).articles() >= all.get(i).articles(), "largest first");
    }
    for (int[] page : new int[][] {{0, 5}, {3, 4}, {28, 10}, {31, 5}, {0, 0}, {2, -1}}) {
      EventGrouper.Ranking ranking = GROUPER.rank(rows, page[0], page[1]);
      int to = page[1] < 0 ? all.size() : Math.min(all.size(), page[0] + page[1]);
      assertEquals(all.subList(Math.min(page[0], to), to), ranking.shown(), page[0] + "+" + page[1]);
      assertEquals(31, ranking.total());
    }
  }
}
