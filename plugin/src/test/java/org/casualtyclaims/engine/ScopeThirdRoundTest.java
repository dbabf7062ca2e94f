package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.scopeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Scope by construction, the classes of the third scope round (README, "Where and when"): parts
 * and further counts of a total the story gave, the weeks since a truce, plural shootings over a
 * weekend, attacks on one day. Sentences written for the project.
 */
class ScopeThirdRoundTest {
  @Test
  void theWeeksSinceATruceAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("In the five weeks since the ceasefire took hold, "
        + "army shelling has killed 63 villagers, a local monitor said.", Category.KILLED, 63));
    // no listed phrase goes on from "since": an anniversary, not a running total
    assertEquals(Scope.INCIDENT, scopeOf("Families gathered to mark three years since the dam "
        + "burst and killed 140 people downstream.", Category.KILLED, 140));
  }

  @Test
  void aRunningTotalOpeningTheSentenceAfterADatelineCountsAllOfIt() {
    // "fire" (a blaze) stands nearer the figure than the running total that opens the sentence
    assertEquals(Scope.CUMULATIVE, scopeOf("JUBA - In the four weeks since the truce was signed, "
        + "army fire has killed 48 civilians in the region, a monitor said.", Category.KILLED, 48));
  }

  @Test
  void aPartOfATotalTakesTheTotalsKind() {
    String body = "Landmines and unexploded shells have killed 870 people in the province since "
        + "the war ended, a demining charity said. Farmers accounted for 410 of the deaths, the "
        + "charity said. Another 1,300 people have been wounded, it said.";
    assertEquals(Scope.CUMULATIVE, scopeOf(body, Category.KILLED, 410));
    assertEquals(Scope.CUMULATIVE, scopeOf(body, Category.INJURED, 1300));
  }

  @Test
  void thePlaceWithTheMostTakesTheTotalsKind() {
    assertEquals(Scope.CUMULATIVE, scopeOf("More than 9,000 people have been reported missing "
        + "across the country since 2019, the registry said. The northern state of Sonora has the "
        + "most, with 1,310 missing.", Category.MISSING, 1310));
  }

  @Test
  void theTollSinceADisasterStruckIsOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("Doctors have treated 860 people for injuries since the "
        + "earthquake struck, the health minister said.", Category.INJURED, 860));
  }

  @Test
  void aPlaceAloneTakesTheTotalsKindButOneDayAloneIsOneIncident() {
    String body = "Measles has killed 640 children across the country this year, the health "
        + "ministry said. In the northern town of Garoua alone, 95 children died, it said.";
    assertEquals(Scope.CUMULATIVE, scopeOf(body, Category.KILLED, 95));
    assertEquals(Scope.INCIDENT, scopeOf("Security forces killed 300 people during the months of "
        + "unrest, a rights group said. On March 14 alone, soldiers shot dead 38 marchers in the "
        + "capital, the group said.", Category.KILLED, 38));
  }

  @Test
  void shootingsOverAWeekendAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Six people were killed in shootings across Detroit "
        + "over the holiday weekend, police said.", Category.KILLED, 6));
    // a kind of place before the plural: one event
    assertEquals(Scope.INCIDENT, scopeOf("Mourners gathered at the site of the mosque shootings "
        + "that killed 51 worshippers.", Category.KILLED, 51));
  }

  @Test
  void attacksOnOneDayAreOneIncidentUnlessSeparate() {
    assertEquals(Scope.INCIDENT, scopeOf("Attacks by armed herders on four hamlets on Tuesday "
        + "killed 37 people, a state official said.", Category.KILLED, 37));
    assertEquals(Scope.INCIDENT, scopeOf("Drone attacks across the port city overnight killed 11 "
        + "people, the governor said.", Category.KILLED, 11));
    assertEquals(Scope.CUMULATIVE, scopeOf("Three separate attacks in the capital wounded 26 "
        + "people on Tuesday, police said.", Category.INJURED, 26));
    // no day: attacks over a stretch of time
    assertEquals(Scope.CUMULATIVE, scopeOf("Attacks by armed herders on farming villages have "
        + "killed 410 people, a state official said.", Category.KILLED, 410));
  }

  @Test
  void anEpidemicNamedByItsDiseaseIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Measles has killed 73 children in the province, "
        + "health officials said.", Category.KILLED, 73));
    assertEquals(Scope.CUMULATIVE, scopeOf("Dengue killed 41 people in the city, the health "
        + "department said.", Category.KILLED, 41));
  }

  @Test
  void roadDeathsAndAnObservatorysPastYearAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Traffic deaths in the country fell to 2,870 last "
        + "year, the transport ministry said.", Category.KILLED, 2870));
    assertEquals(Scope.CUMULATIVE, scopeOf("Political violence killed 620 people in the province "
        + "last year, a national observatory said.", Category.KILLED, 620));
  }

  @Test
  void aFewDaysOfProtestsOrAttacksAreOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("Security forces killed 23 people during four days of "
        + "protests in the capital, a rights group said.", Category.KILLED, 23));
    assertEquals(Scope.INCIDENT, scopeOf("More than 160 people were killed in two days of "
        + "attacks by militiamen on the camp, the UN said.", Category.KILLED, 160));
    // weeks of protests stay a running total
    assertEquals(Scope.CUMULATIVE, scopeOf("Security forces killed 230 people during six weeks "
        + "of protests in the capital, a rights group said.", Category.KILLED, 230));
  }

  @Test
  void aMonthWithoutAYearIsTheLastSuchMonthAndNoOtherSentencesDate() {
    String body = "The group recorded 2,400 deaths in the region in 2024. An ambush on a convoy "
        + "near the border in May killed 36 soldiers, it said.";
    EventAnchor ambush = eventOf(body, LocalDate.of(2025, 2, 10), 36);
    assertEquals(LocalDate.of(2024, 5, 1), ambush.date());
    assertEquals(LocalDate.of(2024, 5, 31), ambush.dateEnd());
    // without the article's date the month is not placed, and 2024 is not taken for it
    assertNull(eventOf(body, null, 36).date());
    EventAnchor lastYear = eventOf("Gunmen killed 14 villagers in an attack in July last year, "
        + "police said.", LocalDate.of(2025, 9, 3), 14);
    assertEquals(LocalDate.of(2024, 7, 1), lastYear.date());
    assertEquals(LocalDate.of(2024, 7, 31), lastYear.dateEnd());
  }

  @Test
  void aRunningTotalTakesNoDateOfAnEventBeforeIt() {
    String body = "A roadside bomb killed 5 soldiers near the border on Tuesday, the army said. "
        + "Landmines have killed 3,000 soldiers in the province over the past decade, a research "
        + "group said.";
    LocalDate published = LocalDate.of(2025, 2, 14);
    assertEquals(LocalDate.of(2025, 2, 11), eventOf(body, published, 5).date());
    EventAnchor total = eventOf(body, published, 3000);
    assertEquals(Scope.CUMULATIVE, total.scope());
    assertNull(total.date());
  }

  @Test
  void aRunningTotalSinceAnEventOfADateRunsToTheArticlesDay() {
    LocalDate published = LocalDate.of(2025, 6, 12);
    EventAnchor total = eventOf("Strikes have killed 212 people in the valley since the truce "
        + "collapsed in March 2024, the ministry said on Tuesday.", published, 212);
    assertEquals(LocalDate.of(2024, 3, 1), total.date());
    assertEquals(published, total.dateEnd());
    // the day its count was given is not the running total's date
    assertNull(eventOf("Cholera has killed 212 people in the valley, the ministry said on "
        + "Tuesday.", published, 212).date());
  }

  @Test
  void theTollFromLastWeeksCrashIsLastWeek() {
    EventAnchor crash = eventOf("The toll from last week's ferry sinking rose to 41 after two "
        + "more passengers died, police said.", LocalDate.of(2025, 6, 12), 41);
    assertEquals(LocalDate.of(2025, 6, 2), crash.date());
    assertEquals(LocalDate.of(2025, 6, 8), crash.dateEnd());
  }

  private static EventAnchor eventOf(String body, LocalDate published, long killed) {
    List<Claim> claims = Fixtures.extractor()
        .extract(List.of(new FieldText("body", body)), published).claims();
    return find(claims, Category.KILLED, killed).event();
  }
}
