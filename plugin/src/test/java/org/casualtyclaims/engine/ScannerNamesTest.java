package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Names the place scanner used to misread, in sentences written for the project: a country's
 * adjective before a kind of place and "of", an apostrophe inside a listed name, a town
 * whose spelling only its municipality shares, a place used as a modifier, and a person's home
 * town set off by commas.
 */
class ScannerNamesTest {
  @Test
  void theAdjectivePhilippineIsTheCountrysNotAPlaceOfItsOwn() {
    // world-countries gives only "Filipino"; "Philippine province" was read as a place's name
    EventAnchor e = killed("Mudslides killed 21 people in the northern Philippine province of "
        + "Zamboanga del Norte on Monday, the provincial disaster office said.", 21);
    assertEquals("Zamboanga del Norte", e.place());
    assertEquals("PH", e.country());
  }

  @Test
  void anUnlistedIslandAfterTheAdjectiveLiesInItsCountry() {
    EventAnchor e = killed("A ferry capsized off the central Philippine island of Pamilacan on "
        + "Sunday, and the coast guard said 9 passengers drowned.", 9);
    assertEquals("Pamilacan", e.place());
    assertEquals("PH", e.country());
  }

  @Test
  void aDemonymListedWithAnotherInOneStringCountsAlone() {
    // the package wrote Bosnia's demonyms as one "Bosnian, Herzegovinian"
    EventAnchor e = killed("A flood swept through the central Bosnian town of Varvuka on Friday, "
        + "killing 6 people, police said.", 6);
    assertEquals("Varvuka", e.place());
    assertEquals("BA", e.country());
  }

  @Test
  void anApostropheInsideAListedNameBelongsToTheName() {
    // "Cox's Bazar" was cut at its possessive and read as an unlisted "Bazar district"
    EventAnchor e = killed("A fire swept through a refugee camp in Bangladesh's Cox's Bazar "
        + "district on Tuesday, killing 4 children, police said.", 4);
    assertEquals("Cox's Bazar district", e.place());
    assertEquals("BD", e.country());
  }

  @Test
  void aListedNameWithAnApostropheIsFoundAfterItsCountrysPossessive() {
    EventAnchor e = killed("A gas explosion wrecked a terrace of houses in England's King's "
        + "Lynn on Sunday, killing 2 residents, police said.", 2);
    assertEquals("King's Lynn", e.place());
    assertEquals("GB", e.country());
  }

  @Test
  void aPossessiveBeforeAnUnlistedPairStaysTheOwnersName() {
    // no listed name runs from "Kenya's" on: Kenya owns the unlisted town after it
    EventAnchor e = killed("Floods swept through Kenya's Garsen Kotile area on Monday, killing "
        + "8 people, the county government said.", 8);
    assertEquals("KE", e.country());
  }

  @Test
  void aTownSpeltWithoutItsCaronIsTheTownNotItsMunicipality() {
    // the gazetteer spells the town "Shtip" and its municipality "Štip": read as the
    // municipality, Stip looked coarser than the village named after it
    EventAnchor e = killed("A boiler blew up at a textile factory in Stip on Monday, killing 9 "
        + "workers, the labour minister said.\n\nMore than 30 were hurt, he said. Some of them "
        + "had come from the village of Lakavica.", 9);
    assertEquals("Stip", e.place());
    assertEquals("MK", e.country());
  }

  @Test
  void theMunicipalityNamedAsSuchStaysTheMunicipality() {
    EventAnchor e = killed("Floods in Kocani municipality killed 4 people on Monday, the "
        + "crisis management centre said.", 4);
    assertEquals("Kocani municipality", e.place());
    assertEquals("MK", e.country());
  }

  @Test
  void aPlaceBeforeAnOfficeTowerIsWhereTheTowerStands() {
    // "office" after a place names a speaker ("the UN's Kabul office said"); before "tower" it
    // describes a building of that place, the sentence's only one
    EventAnchor e = killed("A gunman opened fire in a Manhattan office tower on Monday, killing "
        + "4 people, police said.", 4);
    assertEquals("Manhattan", e.place());
    assertEquals("US", e.country());
  }

  @Test
  void anOfficeOfAPlaceStillSpeaksFromThere() {
    EventAnchor e = killed("The agency's Kabul office said 12 people were killed in Kunduz on "
        + "Sunday.", 12);
    assertEquals("Kunduz", e.place());
  }

  @Test
  void wherePersonComesFromIsNotWhereTheyWereHurt() {
    EventAnchor e = find(claims("A lorry overturned on a mountain road near "
        + "Berovo on Friday, killing 3 people, the police said.\n\nThe driver, from the town of "
        + "Strumica, was among 6 people hurt, police said."), Category.INJURED, 6).event();
    assertEquals("Berovo", e.place());
  }

  @Test
  void peopleTakenFromAVillageWereTakenThere() {
    EventAnchor e = find(claims("Gunmen abducted 25 people, mostly children, "
        + "from the village of Tungar Kwana in Nigeria's Zamfara state, police said on Monday."),
        Category.CAPTURED, 25).event();
    assertEquals("Tungar Kwana", e.place());
  }
}
