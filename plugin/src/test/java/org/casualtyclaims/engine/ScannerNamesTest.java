package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Names the place scanner used to misread, in sentences written for the project: a country's
 * adjective before a kind of place and "of", and an apostrophe inside a listed name.
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
}
