package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.scopeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Scope by construction, the classes of the second scope round (README, "Where and when"):
 * official statistics over a past year, a quarter or a month, a tracker's plural events, and one
 * event's toll that rises over days. Sentences written for the project.
 */
class ScopeSecondRoundTest {
  @Test
  void aPastYearInAStatisticIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Herder clashes killed 930 people in Niger last "
        + "year, the interior ministry said in its annual report.", Category.KILLED, 930));
    assertEquals(Scope.CUMULATIVE, scopeOf("More than 2,700 people died on Ghana's roads last "
        + "year, the road safety authority said.", Category.KILLED, 2700));
    // no statistic: "last year" only dates what the figure counts
    assertEquals(Scope.INCIDENT, scopeOf("Bandits who kidnapped 14 traders near Katsina last "
        + "year freed them in May, police said.", Category.CAPTURED, 14));
  }

  @Test
  void aQuartersAndAMonthsTallyAreRunningTotals() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Gunmen killed 412 people in the province in the "
        + "first quarter, the provincial commissioner said.", Category.KILLED, 412));
    assertEquals(Scope.CUMULATIVE, scopeOf("The ministry recorded 1,640 homicides in April, its "
        + "lowest monthly figure since records began.", Category.KILLED, 1640));
  }

  @Test
  void pluralShootingsAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Mass shootings killed 39 people in the country "
        + "over two years, the researchers found.", Category.KILLED, 39));
    assertEquals(Scope.INCIDENT, scopeOf("A shooting at a nightclub killed five people, police "
        + "said.", Category.KILLED, 5));
  }

  @Test
  void aWarThatHasKilledIsARunningTotalAcrossAnAppositive() {
    assertEquals(Scope.CUMULATIVE, scopeOf("The insurgency in the north, now in its ninth year, "
        + "has killed more than 35,000 people, a research group said.", Category.KILLED, 35000));
  }

  @Test
  void killedInACountrysWarIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("At least 960 civilians were killed in Myanmar's war "
        + "in May, a monitoring group said.", Category.KILLED, 960));
    assertEquals(Scope.INCIDENT, scopeOf("A drone strike killed 14 people at a market in "
        + "Myanmar's war-torn Rakhine state, residents said.", Category.KILLED, 14));
  }

  @Test
  void aDisastersTollSinceADayOfTheWeekIsOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("The toll from the bushfire that has raged across the "
        + "valley since Saturday rose to 46, emergency officials said.", Category.KILLED, 46));
    // no event named: a hospital's count over days stays a running total
    assertEquals(Scope.CUMULATIVE, scopeOf("The city hospital has treated 240 wounded since "
        + "Saturday, its director said.", Category.INJURED, 240));
  }

  @Test
  void raidsOnOneDayAreOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("Troops killed nine suspected militants in a series of "
        + "raids across the province on Tuesday, the army said.", Category.KILLED, 9));
    assertEquals(Scope.CUMULATIVE, scopeOf("Troops have killed 230 suspected militants in raids "
        + "across the province, the army said.", Category.KILLED, 230));
  }

  @Test
  void aResearchInstitutesPastYearIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Jihadist violence killed 2,300 people in the region "
        + "last year, according to a Dakar-based research institute.", Category.KILLED, 2300));
  }

  @Test
  void aReportsPastYearIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Armed gangs kidnapped 3,100 people in the region last "
        + "year, according to a report by a security firm.", Category.CAPTURED, 3100));
  }

  @Test
  void aMonthAloneAndASeasonAreRunningTotals() {
    assertEquals(Scope.CUMULATIVE, scopeOf("In August alone, 212 people died, the health "
        + "directorate said.", Category.KILLED, 212));
    assertEquals(Scope.CUMULATIVE, scopeOf("At least nine trekkers have died in the national park "
        + "this summer, rangers said.", Category.KILLED, 9));
  }

  @Test
  void floodsSinceADayOfTheWeekAreOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("The toll from the floods that have swamped the delta "
        + "since Monday rose to 64, the governor said.", Category.KILLED, 64));
  }

  @Test
  void anAnniversaryAndADisappearanceAreOneEvent() {
    assertEquals(Scope.INCIDENT, scopeOf("Survivors gathered on the tenth anniversary of the "
        + "school shootings in which a gunman killed 17 pupils.", Category.KILLED, 17));
    assertEquals(Scope.INCIDENT, scopeOf("Relatives of the 12 fishermen who went missing off the "
        + "coast in 2019 held a vigil, five years after the disappearance.",
        Category.MISSING, 12));
  }

  @Test
  void aNamedMonthInAStatisticIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Gang violence killed 318 people in Haiti in April, "
        + "according to data from a monitoring group.", Category.KILLED, 318));
    // no statistic: the month only dates what the figure counts
    assertEquals(Scope.INCIDENT, scopeOf("The nine soldiers killed in April were buried in their "
        + "home village on Sunday.", Category.KILLED, 9));
  }

  @Test
  void aSeriesOfAttacksOnTargetsIsARunningTotalUnlessOneDayIsNamed() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Gunmen killed 31 villagers in a series of attacks on "
        + "farming settlements over four days, the governor said.", Category.KILLED, 31));
    assertEquals(Scope.INCIDENT, scopeOf("Gunmen killed 17 villagers in a series of attacks on "
        + "farming settlements on Sunday, the governor said.", Category.KILLED, 17));
  }
}
