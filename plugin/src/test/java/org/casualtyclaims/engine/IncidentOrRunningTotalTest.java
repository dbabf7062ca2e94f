package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scope by construction (GUIDELINES.md: an incident is one bounded event). A fight counted
 * "since" a day of the last week is one incident, a battle over days; a count since a day that
 * names no fight, or a fight since a date of the calendar, is a running total, as is a figure
 * whose clause goes on to count since a month, whatever event it names on the way, and one a war
 * "has killed". Sentences written for the project.
 */
class IncidentOrRunningTotalTest {
  private static Scope scopeOf(String body, Category category, long count) {
    return find(claims(body), category, count).event().scope();
  }

  @Test
  void clashesSinceAWeekdayAreOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("Clashes between rival militias in Zawiya have killed "
        + "27 people since Friday, the health ministry said.", Category.KILLED, 27));
  }

  @Test
  void fightingThatBrokeOutOnAWeekdayIsOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("Eleven police officers have been killed in Kismayo "
        + "since the fighting erupted on Saturday, the regional police chief said.",
        Category.KILLED, 11));
  }

  @Test
  void aCountSinceAWeekdayThatNamesNoFightIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("The main hospital in Zawiya has admitted 312 "
        + "wounded since Sunday, its director said.", Category.INJURED, 312));
  }

  @Test
  void clashesSinceADateOfTheCalendarAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Clashes in the region have killed 140 people since "
        + "March 3, the health ministry said.", Category.KILLED, 140));
  }

  @Test
  void aFigureCountedSinceAMonthInItsOwnClauseIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Israeli fire has killed 212 people in southern "
        + "Lebanon since November, the health ministry said.", Category.KILLED, 212));
  }

  @Test
  void aWarThatHasKilledTheFigureMakesARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("The insurgency in Cabo Delgado has killed more than "
        + "6,000 people, according to a conflict monitor.", Category.KILLED, 6000));
    assertEquals(Scope.INCIDENT, scopeOf("A missile struck a station in Kramatorsk, killing 52 "
        + "people, as the invasion entered its second month.", Category.KILLED, 52));
  }

  @Test
  void attacksOnATargetAreOneIncidentWhereAttacksAloneAreARunningTotal() {
    assertEquals(Scope.INCIDENT, scopeOf("Bandits killed 41 people in attacks on three villages "
        + "in Zamfara state, police said.", Category.KILLED, 41));
    assertEquals(Scope.CUMULATIVE, scopeOf("Bandit attacks have killed 410 people in Zamfara "
        + "state, police said.", Category.KILLED, 410));
  }

  @Test
  void oneDaysProtestsAreOneIncidentWhereProtestsAloneAreARunningTotal() {
    assertEquals(Scope.INCIDENT, scopeOf("Police said 23 people had been killed in Thursday's "
        + "protests in Lusaka.", Category.KILLED, 23));
    assertEquals(Scope.CUMULATIVE, scopeOf("Rights groups say 230 people have been killed in the "
        + "protests in Lusaka.", Category.KILLED, 230));
  }

  @Test
  void sinceAMonthRunsFromTheFirstOfItsLastOccurrenceToPublication() {
    LocalDate published = LocalDate.of(2025, 1, 19);
    EventAnchor e = Fixtures.extractor().extract(List.of(new FieldText("body", "Avalanches have "
        + "killed 9 people in the Alps since December, local media said.")), published)
        .claims().get(0).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
    assertEquals(LocalDate.of(2024, 12, 1), e.date());
    assertEquals(published, e.dateEnd());
  }

  @Test
  void sinceAfterASuperlativeDatesAComparisonNotARunningTotal() {
    assertEquals(Scope.INCIDENT, scopeOf("A suicide bomber killed 31 people in Quetta on Friday in "
        + "the deadliest attack since 2019, police said.", Category.KILLED, 31));
    assertEquals(Scope.INCIDENT, scopeOf("Floods killed 58 people in the worst flooding since "
        + "2012, officials said.", Category.KILLED, 58));
  }
}
