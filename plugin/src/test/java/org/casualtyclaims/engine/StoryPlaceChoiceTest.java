package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which of a story's places a figure takes (GUIDELINES.md "Where and what kind of event"): the
 * event's, not the speaker's or the attacker's, each incident its own, a war's totals where the
 * war is fought. Sentences written for the project.
 */
class StoryPlaceChoiceTest {
  @Test
  void aWarTotalCountsInTheCountryInvadedNotTheInvader() {
    String body = "A drone struck a fuel depot in Poltava overnight, the governor said. A UN "
        + "monitoring team said on Monday that at least 11,900 civilians had been killed since "
        + "Russia launched its invasion of Ukraine.";
    EventAnchor e = find(claims(body), Category.KILLED, 11900).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
    assertEquals("Ukraine", e.place());
    assertEquals("UA", e.country());
  }

  @Test
  void aWarTotalAfterTheAttackersNameTakesThePlaceTheStoryCallsTheWarsCountry() {
    // the story never says "Palestine": the war's territory is the one it names
    String body = "Israeli tank fire hit a crowd waiting for aid in the Gaza Strip on Tuesday, "
        + "killing 9 people, medics said. Gaza's health ministry says Israel's campaign has "
        + "killed more than 41,000 people in the territory.";
    EventAnchor e = find(claims(body), Category.KILLED, 41000).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
    assertEquals("Gaza Strip", e.place());
    assertEquals("PS", e.country());
  }

  @Test
  void aNationwideTollAfterASentenceOnOneTownTakesTheCountry() {
    String body = "The collapse of a hotel in Adiyaman killed 27 people, the governor said, three "
        + "days after the earthquake struck southern Turkey. Nationwide, the toll from the "
        + "quake climbed to 2,310, the disaster agency said.";
    EventAnchor e = find(claims(body), Category.KILLED, 2310).event();
    assertEquals("Turkey", e.place());
    assertEquals("TR", e.country());
    assertEquals("Adiyaman", find(claims(body), Category.KILLED, 27).event().place());
  }

  @Test
  void aFigureCountedAcrossTheCountryInItsOwnClauseTakesTheCountry() {
    String body = "Floodwater swept away a bridge in Garissa on Friday, the Red Cross said. "
        + "Police said the rains had killed 61 people across the country.";
    EventAnchor e = find(claims(body), Category.KILLED, 61).event();
    assertEquals("Kenya", e.place());
    assertEquals("KE", e.country());
  }

  @Test
  void aPhotoCaptionsPlaceIsNotPassedOnToTheFiguresAfterIt() {
    String body = "A fuel tanker exploded beside a crowded market in Kano on Sunday, police said."
        + "\n\nMourners gather at a funeral in Zaria on Monday. Several victims came from the "
        + "town. (AP Photo/Jane Okoro)\n\nAt least 31 people were killed, the fire service said.";
    EventAnchor e = find(claims(body), Category.KILLED, 31).event();
    assertEquals("Kano", e.place());
  }

  @Test
  void aCaptionOpenedByPhotoIsACaptionToo() {
    String body = "Floods swept through homes in Beledweyne on Friday, the regional governor "
        + "said.\n\nPhoto: Residents carry belongings through a flooded street in Jowhar.\n\n"
        + "The river burst its banks after a week of heavy rain upstream.\n\n"
        + "Nine people were still missing, the governor said.";
    EventAnchor e = find(claims(body), Category.MISSING, 9).event();
    assertEquals("Beledweyne", e.place());
  }

  @Test
  void aCountryThatSaysIsASpeakerNotAPlaceListedBesideTheEvents() {
    String body = "Gunmen killed about 1,150 people in southern Israel, Israel says.";
    EventAnchor e = find(claims(body), Category.KILLED, 1150).event();
    assertEquals("southern Israel", e.place());
    assertEquals("IL", e.country());
  }

  @Test
  void aWarTotalAfterATownsStrikeTakesTheWarsTerritoryNotTheTown() {
    String body = "An air strike killed 6 people in Khan Younis in the Gaza Strip on Sunday, "
        + "medics said.\n\nRescuers searched the rubble for hours.\n\nThe health ministry "
        + "says Israel's offensive has killed more than 39,000 people in the territory.";
    EventAnchor e = find(claims(body), Category.KILLED, 39000).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
    assertEquals("Gaza Strip", e.place());
    assertEquals("Khan Younis", find(claims(body), Category.KILLED, 6).event().place());
  }

  @Test
  void aPlaceAStatementComesFromIsTheSpeakers() {
    String body = "Nigerian police said in a statement from Abuja that gunmen had abducted 6 "
        + "travellers.\n\nThe kidnapping happened near Zaria on Sunday night.";
    EventAnchor e = find(claims(body), Category.CAPTURED, 6).event();
    assertEquals("Zaria", e.place());
  }

  @Test
  void aPlaceAfterAccordingToInTheSameClauseIsTheSpeakers() {
    String body = "Drone strikes in Yemen this year have killed at least 140 militants, "
        + "according to a count by a research group in London.";
    EventAnchor e = find(claims(body), Category.KILLED, 140).event();
    assertEquals("Yemen", e.place());
    assertEquals(Scope.CUMULATIVE, e.scope());
  }

  @Test
  void aFigureCountedThisYearIsARunningTotal() {
    String body = "Police said 73 people had been killed by elephants in Assam this year.";
    EventAnchor e = find(claims(body), Category.KILLED, 73).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
    assertEquals("Assam", e.place());
  }

  @Test
  void aCapitalsDatelineDoesNotRefineARegionTheGazetteerLacks() {
    String body = "MOGADISHU (AFP) - Militants stormed an army base in Somalia's Galmudug "
        + "region on Thursday, the army said.\n\nAn officer at the base said 11 soldiers had "
        + "died.";
    EventAnchor e = find(claims(body), Category.KILLED, 11).event();
    assertEquals("Galmudug region", e.place());
    assertEquals("SO", e.country());
  }

  @Test
  void aCountryNamedAsTheFarSideOfABorderIsNotWhereTheEventWas() {
    String body = "A landslide struck northern Laos near the border with China on Friday, "
        + "killing 9 people, officials said.";
    EventAnchor e = find(claims(body), Category.KILLED, 9).event();
    assertEquals("LA", e.country());
  }

  @Test
  void aBulletOfHighlightsGivesWayToTheBodysAccountOfTheSameFigure() {
    String body = "\u2022 Mortar rounds wound 21 in Fallujah\n\n\u2022 Suicide bomber kills at least "
        + "seven officers at police station\n\n\u2022 Roadside bomb hits army patrol\n\nA "
        + "suicide bomber blew himself up in a police station in Tuz Khurmatu on Sunday, killing "
        + "at least seven officers, a security official said.";
    EventAnchor e = find(claims(body), Category.KILLED, 7).event();
    assertEquals("Tuz Khurmatu", e.place());
  }

  @Test
  void aStormsTollTakesThePlaceItsOwnWordsPutItIn() {
    String body = "Typhoon Haima slammed into northern Luzon on Wednesday, killing 13 people in "
        + "the Philippines, the disaster agency said.";
    EventAnchor e = find(claims(body), Category.KILLED, 13).event();
    assertEquals("Philippines", e.place());
  }

  @Test
  void aFigureInTheSameDistrictTakesTheDistrictNotItsVillage() {
    String body = "Rebels ambushed a police convoy near Tondapalli village in Bijapur district on "
        + "Monday, killing 9 commandos, police said.\n\nIn March, 14 troopers were killed in an "
        + "attack in the same district.";
    assertEquals("Bijapur district", find(claims(body), Category.KILLED, 14).event().place());
    assertEquals("Tondapalli village", find(claims(body), Category.KILLED, 9).event().place());
  }

  @Test
  void aFigureOverSeveralVillagesOfARegionTakesTheRegion() {
    String body = "Gunmen killed 63 people in raids on several villages in Nigeria's Benue state "
        + "on Sunday, police said.\n\nA local leader in Agatu said many homes were burned.";
    EventAnchor e = find(claims(body), Category.KILLED, 63).event();
    assertEquals(Scope.INCIDENT, e.scope());
    assertEquals("Benue state", e.place());
  }

  @Test
  void aHeadquartersThatWasStormedIsWhereTheAttackHappened() {
    String body = "BAUCHI - Militants stormed a regional police headquarters in Gombe state on "
        + "Friday, killing 8 officers, the police said.";
    EventAnchor e = find(claims(body), Category.KILLED, 8).event();
    assertEquals("Gombe state", e.place());
  }

  @Test
  void aDatelinesCapitalGivesOnlyItsCountryToAnEventAtABearingFromIt() {
    String body = "LIMA (AP) - A bus plunged into a ravine east of the Peruvian capital, killing "
        + "17 passengers, police said.";
    EventAnchor e = find(claims(body), Category.KILLED, 17).event();
    assertEquals("Peru", e.place());
    assertEquals("PE", e.country());
  }
}
