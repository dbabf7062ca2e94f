package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.assertNone;
import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.describe;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out figures round (corpus-wire w-836..w-850): constructions that found a figure that
 * counts no one harmed, or missed one that does, by GUIDELINES.md.
 */
class FiguresRoundTest {

  // an outbreak's patients are sick, not injured: care words injure no one in its document

  @Test
  void anOutbreaksPatientsAreNotInjured() {
    List<Claim> found = claims("A measles outbreak in the hill district has killed 17 children "
        + "since March, the district health office said.\n\n"
        + "Nurses have treated 900 patients in tents outside the clinic. Of those, 40 remained "
        + "in hospital on Friday.");
    find(found, Category.KILLED, 17);
    assertTrue(found.stream().noneMatch(c -> c.category() == Category.INJURED), describe(found));
  }

  @Test
  void anOutbreaksDocumentStillCountsTheWounded() {
    List<Claim> found = claims("A shell struck a cholera treatment centre in the town on "
        + "Sunday, killing 4 people and wounding 9, the health office said.");
    find(found, Category.INJURED, 9);
  }

  @Test
  void careOutsideAnOutbreakStillCountsInjured() {
    find(claims("A gas cylinder exploded in a market, and 14 people were hospitalised, "
        + "police said."), Category.INJURED, 14);
  }

  // captives no longer held, and places that hold people unharmed

  @Test
  void captivesWhoEscapedAreNoFigureOfTheirOwn() {
    List<Claim> found = claims("Gunmen seized 30 passengers from a bus on the highway on Monday, "
        + "police said. Eight of the captives had escaped by Tuesday, a police spokesman said.");
    find(found, Category.CAPTURED, 30);
    assertNone(found, Category.CAPTURED, 8);
  }

  @Test
  void aGroupHoldingPeopleHoldsCaptives() {
    find(claims("The rebel group said on Sunday that it was holding 12 soldiers."),
        Category.CAPTURED, 12);
  }

  @Test
  void aCampHoldingPeopleHoldsNoCaptives() {
    List<Claim> found = claims("The transit camp, built for 500 people, was holding more than "
        + "2,000 refugees on Monday, officials said, after floods killed 3 people upstream.");
    find(found, Category.KILLED, 3);
    assertNone(found, Category.CAPTURED, 2000);
  }

  @Test
  void peopleStillBeingHeldAreCaptives() {
    find(claims("Police said 17 villagers were still being held by the gang."),
        Category.CAPTURED, 17);
  }

  @Test
  void peopleHeldInCustodyAreNoCaptives() {
    List<Claim> found = claims("Nine men were held in custody after the riot, in which 2 people "
        + "were killed, police said.");
    find(found, Category.KILLED, 2);
    assertNone(found, Category.CAPTURED, 9);
  }

  @Test
  void gunmenWhoTookPeopleTookCaptives() {
    find(claims("The gunmen took 26 farmers from their fields, a local official said."),
        Category.CAPTURED, 26);
  }

  @Test
  void peopleTakenToHospitalOrWhoHadTakenHoursAreNoCaptives() {
    List<Claim> found = claims("Rescuers took 40 people to hospital after the quake, which "
        + "killed 6, officials said. About 300 firefighters had taken 10 hours to put out the "
        + "fires.");
    find(found, Category.KILLED, 6);
    assertNone(found, Category.CAPTURED, 40);
    assertNone(found, Category.CAPTURED, 300);
  }

  @Test
  void prisonersTakenBesideVagueDeadAreCaptured() {
    List<Claim> found = claims("The militant group said its fighters had taken 6 soldiers "
        + "prisoner and killed dozens more.");
    find(found, Category.CAPTURED, 6);
    assertNone(found, Category.CASUALTIES, 6);
  }

  // tallies that name their category in a participle, or in a word before them

  @Test
  void theNumberAbductedIsATally() {
    find(claims("A village chief, Musa Garba, put the number abducted at 35."),
        Category.CAPTURED, 35);
  }

  @Test
  void aBareTallyCountsTheCategoryItsSentenceNamed() {
    Claim c = find(claims("Police confirmed the kidnapping but put the number at 18."),
        Category.CAPTURED, 18);
    assertEquals("police", c.source().toLowerCase(java.util.Locale.ROOT));
  }

  // a hospital named between "to" and its word of care

  @Test
  void peopleAdmittedToANamedHospitalWithInjuriesAreInjured() {
    find(claims("A bridge gave way under a crowded bus, and 37 people were admitted to Kilifi "
        + "County hospital with injuries, the county commissioner said."), Category.INJURED, 37);
  }

  @Test
  void peopleTakenToANamedHospitalAreInjuredNotCaptured() {
    List<Claim> found = claims("Eleven people were taken to Mercy hospital after the fire, the "
        + "fire department said.");
    find(found, Category.INJURED, 11);
    assertNone(found, Category.CAPTURED, 11);
  }

  // the third batch: half a number, a list's labels, a verb's object after its pronoun subject

  @Test
  void halfADozenIsSix() {
    List<Claim> found = claims("A rockfall on the mountain road killed half a dozen pilgrims, "
        + "the district office said.");
    Claim c = find(found, Category.KILLED, 6);
    assertEquals(Qualifier.EXACT, c.qualifier());
    assertNone(found, Category.KILLED, 12);
  }

  @Test
  void aboutHalfAMillionKeepsItsQualifier() {
    Claim c = find(claims("The war has killed about half a million people, the monitor said."),
        Category.KILLED, 500_000);
    assertEquals(Qualifier.APPROXIMATE, c.qualifier());
  }

  @Test
  void aListsLabelsCountTheirFigures() {
    List<Claim> found = claims("Storm update from the civil protection office. Dead: 27. "
        + "Missing: 9.");
    find(found, Category.KILLED, 27);
    find(found, Category.MISSING, 9);
  }

  @Test
  void theFigureBeforeAPronounAndItsVerbIsTheVerbsObject() {
    List<Claim> found = claims("The kidnappers have freed 5 of the 21 farm workers they "
        + "seized on Friday, police said.");
    find(found, Category.CAPTURED, 21);
    assertNone(found, Category.CAPTURED, 5);
  }

  // people searched for are missing; suspects searched for are not harmed

  @Test
  void peopleSearchedForAreMissing() {
    List<Claim> found = claims("A mudslide buried part of the village on Monday, killing 5 "
        + "people, the district office said. Rescuers were still searching for seven others.");
    find(found, Category.KILLED, 5);
    find(found, Category.MISSING, 7);
  }

  @Test
  void suspectsSearchedForAreNotMissing() {
    List<Claim> found = claims("Police were searching for 3 suspects after the shooting, in "
        + "which 2 people were killed, a spokesman said.");
    find(found, Category.KILLED, 2);
    assertNone(found, Category.MISSING, 3);
  }

  // a total's parts whose verb is left out, each with a place or an incident of its own

  @Test
  void aColonsListTakesTheTotalsVerb() {
    List<Claim> found = claims("Bandits killed 33 people in raids across Katsina state on "
        + "Friday night: 21 in the village of Dankar and 12 on a farm near Batsari, police said.");
    find(found, Category.KILLED, 33);
    find(found, Category.KILLED, 21);
    find(found, Category.KILLED, 12);
  }

  @Test
  void ofThemAndMoreTakeTheTotalsVerb() {
    List<Claim> found = claims("Militants killed 14 soldiers in the northern border region of "
        + "the country on Monday, 9 of them in an ambush on a convoy near Dori and five more in "
        + "a separate raid on an outpost, security sources said.");
    find(found, Category.KILLED, 9);
    find(found, Category.KILLED, 5);
  }

  // a ratio is no count

  @Test
  void oneInFourDeathsIsNoFigure() {
    List<Claim> found = claims("Floods killed 120 people across the province this year, and one "
        + "in four deaths was a child, the disaster agency said.");
    find(found, Category.KILLED, 120);
    assertNone(found, Category.KILLED, 4);
  }
}
