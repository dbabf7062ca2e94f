package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.scopeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scope by construction, the classes of the scope round (README, "Where and when"): words that
 * look like a running total's but are not ("has since died", "monsoon rains" that cause one
 * flood, a superlative's comparison), running totals no cue named ("so far in", "the toll of
 * the war", a drought), and events no cue named (an assault, an avalanche). Sentences written
 * for the project.
 */
class ScopeRoundTest {
  @Test
  void sinceAfterHasIsAnAdverbNotARunningTotal() {
    assertEquals(Scope.INCIDENT, scopeOf("Two of the passengers pulled from the wreck have since "
        + "died, bringing the toll of the crash to nine, police said.", Category.KILLED, 9));
    assertEquals(Scope.INCIDENT, scopeOf("The fire service said the number of people killed in "
        + "the blaze had since risen to 21.", Category.KILLED, 21));
  }

  @Test
  void soFarInAPeriodIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("The army said 215 of its soldiers had been killed so "
        + "far in the operation against the rebels.", Category.KILLED, 215));
  }

  @Test
  void theTollOfAWarIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("The monitor puts the total death toll of the war at "
        + "more than 61,000, combatants included.", Category.KILLED, 61000));
  }

  @Test
  void aDroughtIsARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("About 7,200 people died in the drought that struck "
        + "the Horn of Africa, a study found.", Category.KILLED, 7200));
  }

  @Test
  void anAssaultAndAnAvalancheAreIncidents() {
    assertEquals(Scope.INCIDENT, scopeOf("Medics say 88 people were killed in the assault on "
        + "the camp, after the militia had shelled it since the war began.", Category.KILLED, 88));
    assertEquals(Scope.INCIDENT, scopeOf("Another avalanche in the same valley killed seven "
        + "herders, one of many disasters this year.", Category.KILLED, 7));
  }

  @Test
  void monsoonRainsThatCauseOneFloodMakeNoRunningTotal() {
    assertEquals(Scope.INCIDENT, scopeOf("Flash floods set off by monsoon rains swept away a "
        + "hamlet near Chitral, killing 16 people, officials said.", Category.KILLED, 16));
    assertEquals(Scope.CUMULATIVE, scopeOf("Since the start of the monsoon, 318 people have died "
        + "in rain-related accidents, the disaster authority said.", Category.KILLED, 318));
  }

  @Test
  void aRunningTotalCueAfterASuperlativeSetsAComparison() {
    assertEquals(Scope.INCIDENT, scopeOf("A truck slammed into a minibus near Kisumu on Friday, "
        + "killing 23 people in one of the deadliest road accidents this year.",
        Category.KILLED, 23));
    assertEquals(Scope.CUMULATIVE, scopeOf("Road accidents killed 4,100 people this year, the "
        + "transport ministry said.", Category.KILLED, 4100));
  }

  @Test
  void oneDayNamedBesideTheProtestsMakesTheirTollOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("The rights commission counted 14 deaths, 52 injuries "
        + "and six arrests during Thursday's protests in Kisumu.", Category.KILLED, 14));
    assertEquals(Scope.CUMULATIVE, scopeOf("The rights commission counted 14 deaths, 52 injuries "
        + "and six arrests during the protests.", Category.KILLED, 14));
  }

  @Test
  void aClauseThatAddsTheFigureToARunningTotalIsNotTheFigures() {
    assertEquals(Scope.INCIDENT, scopeOf("Shelling on border villages killed 17 people on "
        + "Tuesday, the health ministry said, taking the toll since the start of the year to "
        + "640.", Category.KILLED, 17));
    assertEquals(Scope.INCIDENT, scopeOf("An air strike on a market in Maarat killed 11 people, "
        + "bringing the number killed in the province since the truce to 93.",
        Category.KILLED, 11));
  }

  @Test
  void aCrushIsOneIncidentEvenInAYearNamedWhole() {
    assertEquals(Scope.INCIDENT, scopeOf("In 2019, 24 pilgrims died in a crush at the gates of "
        + "the shrine.", Category.KILLED, 24));
  }

  @Test
  void aTollAddedToIsARunningTotalAndItsClauseIsNotTheNewFigures() {
    String body = "The monitor said troops shot dead nine marchers in Mandalay on Friday, adding "
        + "to 44 deaths over the previous weekend.";
    assertEquals(Scope.CUMULATIVE, scopeOf(body, Category.KILLED, 44));
    assertEquals(Scope.INCIDENT, scopeOf("Government troops killed 13 fighters near the river on "
        + "Sunday, the army said, adding that the offensive would go on.", Category.KILLED, 13));
  }

  @Test
  void hostagesThatRemainHeldAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Officials said 37 hostages remained in the hands of "
        + "the gunmen, the army said.", Category.CAPTURED, 37));
  }

  @Test
  void aFigureThatOnlyRestatesTheTollTakesTheKindOfTheStorysCount() {
    String war = "The insurgency has killed at least 3,100 civilians in the province since 2019, "
        + "the United Nations said. A local monitor put the toll at more than 5,000.";
    assertEquals(Scope.CUMULATIVE, scopeOf(war, Category.KILLED, 5000));
    String blast = "A car bomb tore through a market in Kirkuk on Friday, killing 19 people, "
        + "police said. A hospital official put the toll at 23.";
    assertEquals(Scope.INCIDENT, scopeOf(blast, Category.KILLED, 23));
    // a figure that restates nothing does not take the running total before it
    String body = "Gang violence has killed 2,400 people in the capital since January, the UN "
        + "said. Police said 14 officers were wounded.";
    assertEquals(Scope.INCIDENT, scopeOf(body, Category.INJURED, 14));
  }

  @Test
  void aClauseSetOffByCommasBeforeTheFigureTellsOfItsNoun() {
    assertEquals(Scope.INCIDENT, scopeOf("The monitoring group, which has tracked attacks in the "
        + "region since 2015, said nine villagers died when the bridge collapsed.",
        Category.KILLED, 9));
    assertEquals(Scope.INCIDENT, scopeOf("The militia, which has waged attacks on the valley for "
        + "years, said it had killed 12 soldiers.", Category.KILLED, 12));
  }

  @Test
  void sinceAPartOfAMonthIsARunningTotal() {
    // the nearest cue names one kind of event ("fire"), but the clause counts since a date
    assertEquals(Scope.CUMULATIVE, scopeOf("Army fire has killed 212 people near the aid depots "
        + "in the north since late May, the UN said.", Category.KILLED, 212));
    assertEquals(Scope.CUMULATIVE, scopeOf("Police fire has killed 31 protesters near the "
        + "airport since mid-July, the monitor said.", Category.KILLED, 31));
  }

  @Test
  void crashesInThePluralAreARunningTotalAsAccidentsAre() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Nearly 9,800 people were hurt in the crashes, the "
        + "traffic police said.", Category.INJURED, 9800));
    assertEquals(Scope.INCIDENT, scopeOf("A bus crash near Nakuru killed 14 people, the traffic "
        + "police said.", Category.KILLED, 14));
  }

  @Test
  void deathsOfADiseaseAreARunningTotal() {
    assertEquals(Scope.CUMULATIVE, scopeOf("In the eastern province, 23 people died of the "
        + "disease last week, health officials said.", Category.KILLED, 23));
  }

  @Test
  void yearsSinceAnEventIsAnAnniversaryNotARunningTotal() {
    assertEquals(Scope.INCIDENT, scopeOf("Crowds gathered to mark ten years since the ferry "
        + "disaster, which killed 304 passengers.", Category.KILLED, 304));
  }

  @Test
  void coordinatedAttacksAreOneIncident() {
    assertEquals(Scope.INCIDENT, scopeOf("At least 130 people were killed in the coordinated "
        + "attacks across the city that night, the prosecutor said.", Category.KILLED, 130));
  }

  @Test
  void aStretchOfMonthsIsARunningTotalAndItsDays() {
    String body = "The mission said 512 civilians were killed in the province between July and "
        + "December.";
    assertEquals(Scope.CUMULATIVE, scopeOf(body, Category.KILLED, 512));
    List<Claim> claims = Fixtures.extractor()
        .extract(List.of(new FieldText("body", body)), LocalDate.of(2025, 2, 10)).claims();
    EventAnchor event = find(claims, Category.KILLED, 512).event();
    assertEquals(LocalDate.of(2024, 7, 1), event.date());
    assertEquals(LocalDate.of(2024, 12, 31), event.dateEnd());
    assertEquals(Scope.INCIDENT, scopeOf("From May to July the rains were heavy, and a landslide "
        + "near the pass killed 17 on Sunday.", Category.KILLED, 17));
  }

  @Test
  void aRunningTotalThatOpensTheSentenceCountsAllOfIt() {
    assertEquals(Scope.CUMULATIVE, scopeOf("Over the past two weeks, attacks on the border "
        + "villages have killed 46 civilians, the governor said.", Category.KILLED, 46));
    assertEquals(Scope.INCIDENT, scopeOf("Over the past two weeks the rains grew heavier; a "
        + "landslide near the pass killed 46 on Sunday.", Category.KILLED, 46));
  }
}
