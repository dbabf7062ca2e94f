package org.casualtyclaims.engine.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.junit.jupiter.api.Test;

class EventSeriesTest {
  private static final EventSeries SERIES = EventSeries.load(ResourceOpener.folder(conf()), LexiconFiles.defaults());

  static final EventAnchor TOWN =
      new EventAnchor("Dorn", "Dorn", "Aldmark", "NO", 60.1, 10.2, LocalDate.of(2024, 5, 2), null,
          Scope.INCIDENT);
  static final EventAnchor REGION =
      new EventAnchor("Aldmark", "Aldmark", "Aldmark", "NO", null, null, null, null, Scope.INCIDENT);
  static final EventAnchor COUNTRY =
      new EventAnchor("Norway", "Norway", null, "NO", null, null, null, null, null);
  static final EventAnchor WAR =
      new EventAnchor("Dorn", "Dorn", "Aldmark", "NO", null, null, null, null, Scope.CUMULATIVE);

  static Path conf() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("solr-config/conf"))) {
      dir = dir.getParent();
    }
    return dir.resolve("solr-config/conf");
  }

  static Claim claim(Category category, String victims, EventAnchor event, List<String> reasons) {
    return new Claim(category, 12, null, Qualifier.EXACT, false, victims, "Health Ministry",
        SourceType.OFFICIAL, null, 0.8, ConfidenceLabel.HIGH, reasons, List.of(), 1, event);
  }

  private static String group(String victims) {
    return SERIES.of(claim(Category.KILLED, victims, TOWN, List.of())).victims();
  }

  @Test
  void roleWordsFoldAndNationalitiesStay() {
    assertEquals("russian troops", group("Russian soldiers"));
    assertEquals("russian troops", group("Russian troops"));
    assertEquals("russian troops", group("wounded Russian servicemen"));
    assertEquals("north korean troops", group("North Korean troops"));
    assertEquals("people", group("civilians"));
    assertEquals("people", group("local residents"));
    assertEquals("children", group("children"));
    assertEquals("miners", group("coal miners"));
    assertEquals("lorry drivers", group("lorry drivers"), "unlisted: its own group");
  }

  @Test
  void anIncidentThatNamesNoVictimsCountsPeopleATotalNoGroup() {
    assertEquals("people", group(null), "the configset's row '-'");
    assertEquals("people", group("..."), "a phrase without words names no victims");
    assertEquals("", SERIES.of(claim(Category.KILLED, null, WAR, List.of())).victims());
    assertEquals("", EventSeries.UNFOLDED.of(claim(Category.KILLED, null, TOWN, List.of())).victims());
  }

  /**
   * A collapse told over four days: the first report places it only in the country (its district
   * is unknown), the next ones in the region; the fire service's and the disaster centre's counts
   * name no victims, the county's counts "people". One event, three sources side by side.
   */
  @Test
  void aTollReportedWithAndWithoutVictimsIsOneEvent() {
    EventAnchor country = new EventAnchor("Lower Quay", "Lower Quay", null, "NO", null, null,
        LocalDate.of(2025, 5, 12), null, Scope.INCIDENT);
    EventAnchor region = new EventAnchor("Aldmark", "Aldmark", "Aldmark", "NO", null, null,
        LocalDate.of(2025, 5, 13), null, Scope.INCIDENT);
    EventAnchor later = new EventAnchor("Aldmark", "Aldmark", "Aldmark", "NO", null, null,
        LocalDate.of(2025, 5, 15), null, Scope.INCIDENT);
    List<DayRow> rows = List.of(
        new DayRow(SERIES.of(claim(Category.KILLED, "people", country, List.of())),
            country.date(), 1, 1),
        new DayRow(SERIES.of(claim(Category.KILLED, "people", region, List.of())),
            region.date(), 1, 1),
        new DayRow(SERIES.of(claim(Category.KILLED, null, region, List.of())), region.date(), 1, 1),
        new DayRow(SERIES.of(claim(Category.KILLED, null, later, List.of())), later.date(), 1, 1),
        new DayRow(SERIES.of(claim(Category.INJURED, null, later, List.of())), later.date(), 1, 1));
    List<Event> events = new EventGrouper(EventGrouper.DEFAULT_WINDOW_DAYS).group(rows);
    assertEquals(2, events.size(), events.toString());
    Event killed = events.get(0);
    assertEquals("killed", killed.series().category());
    assertEquals(4, killed.rows().size(), "the country's row and the unnamed tolls joined");
    assertEquals("Aldmark", killed.series().region());
    assertEquals(LocalDate.of(2025, 5, 15), killed.lastDay());
  }

  @Test
  void seriesKeepsPlaceForIncidentsOnly() {
    assertEquals("killed|people|NO|incident|Aldmark|Dorn",
        SERIES.of(claim(Category.KILLED, "villagers", TOWN, List.of())).toString());
    assertEquals("killed|people|NO|incident|Aldmark|",
        SERIES.of(claim(Category.KILLED, "villagers", REGION, List.of())).toString());
    assertEquals("killed|people|NO|incident||",
        SERIES.of(claim(Category.KILLED, "villagers", COUNTRY, List.of())).toString(),
        "no scope counts as an incident; a country is no place below the region");
    SeriesKey war = SERIES.of(claim(Category.KILLED, "villagers", WAR, List.of()));
    assertEquals("killed|people|NO|cumulative||", war.toString());
    assertTrue(war.cumulative());
    assertNull(SERIES.of(claim(Category.KILLED, "villagers", EventAnchor.NONE, List.of())),
        "placed nowhere: no series");
    assertEquals(war, SeriesKey.parse(war.toString()));
  }

  @Test
  void familiesShareTheirHash() {
    SeriesKey town = SERIES.of(claim(Category.KILLED, "villagers", TOWN, List.of()));
    SeriesKey region = SERIES.of(claim(Category.KILLED, "villagers", REGION, List.of()));
    SeriesKey injured = SERIES.of(claim(Category.INJURED, "villagers", TOWN, List.of()));
    assertEquals(town.familyHash(), region.familyHash());
    assertNotEquals(town.familyHash(), injured.familyHash());
    assertTrue(town.familyHash().matches("[0-9a-f]{8}"));
  }

  @Test
  void correctionReasonsComeFromTheCueFile() {
    assertTrue(SERIES.corrected(claim(Category.KILLED, null, TOWN, List.of("figure retracted"))));
    assertTrue(SERIES.corrected(claim(Category.KILLED, null, TOWN, List.of("figure revised down"))));
    assertFalse(SERIES.corrected(claim(Category.KILLED, null, TOWN, List.of("approximate figure"))));
  }

  @Test
  void withoutTheConfigsetNothingIsFolded() {
    Claim claim = claim(Category.KILLED, "Russian soldiers", TOWN, List.of("figure corrected"));
    assertEquals("russian soldiers", EventSeries.UNFOLDED.of(claim).victims());
    assertFalse(EventSeries.UNFOLDED.corrected(claim));
    assertEquals("russian troops", SERIES.of(claim).victims());
  }

  @Test
  void malformedGroupFilesNameTheFileAndLine() {
    LexiconException twice = assertThrows(LexiconException.class,
        () -> VictimGroups.load(files("troops\ttroops\n# comment\ntroops\tpeople\n"),
            LexiconFiles.defaults()));
    assertTrue(twice.getMessage().contains("claims/victim-groups.tsv line 3"), twice.getMessage());
    LexiconException upper = assertThrows(LexiconException.class,
        () -> VictimGroups.load(files("Troops\ttroops\n"), LexiconFiles.defaults()));
    assertTrue(upper.getMessage().contains("line 1"), upper.getMessage());
    LexiconException unnamedTwice = assertThrows(LexiconException.class,
        () -> VictimGroups.load(files("-\tpeople\n-\ttroops\n"), LexiconFiles.defaults()));
    assertTrue(unnamedTwice.getMessage().contains("line 2"), unnamedTwice.getMessage());
    assertEquals("troops",
        VictimGroups.load(files("-\ttroops\n"), LexiconFiles.defaults()).unnamed());
  }

  private static ResourceOpener files(String text) {
    return name -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
