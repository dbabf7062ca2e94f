package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer lacks that a kind of place after them marks as places ("Kyauk Ka village",
 * "Tarapur industrial area"), in sentences written for the project.
 */
class UnlistedPlaceNamesTest {
  @Test
  void anIndefiniteArticleBeforeAPrepositionDoesNotMakeTheNameADescription() {
    // "a mixed Sunni-Shiite town" describes a town; "a monastery in Kyauk Ka village" names one
    EventAnchor e = killed("Jets bombed a monastery in Kyauk Ka village in Myanmar on Sunday, "
        + "killing 12 people, residents said.", 12);
    assertEquals("Kyauk Ka village", e.place());
    assertEquals("MM", e.country());
  }

  @Test
  void aListedWordMayOpenAnUnlistedNameBeforeAKindOfPlace() {
    // "Moe" is a town of Australia; "the Moe Kaung village" is another place
    EventAnchor e = killed("Gunmen attacked a bus near the Moe Kaung village on Sunday, killing "
        + "12 people, residents said.", 12);
    assertEquals("Moe Kaung village", e.place());
  }

  @Test
  void aListedWordMayOpenAnUnlistedNameRightAfterIn() {
    EventAnchor e = killed("A reactor blast at a pharmaceutical unit in Tarapur MIDC in Palghar "
        + "district killed 3 workers on Sunday, officials said.", 3);
    assertEquals("Tarapur MIDC", e.place());
  }

  @Test
  void aNamedEventAfterTheIsNoPlace() {
    // "the Riverside Music Festival" is an event, though Riverside is a town of the gazetteer
    EventAnchor e = killed("One person was killed when shots were fired at the Riverside Music "
        + "Festival in Fresno on Saturday, the sheriff said.", 1);
    assertEquals("Fresno", e.place());
    assertEquals("US", e.country());
  }

  @Test
  void theCountryThatOwnsAPlaceOutweighsASmallTownOfItsNameAbroad() {
    // the gazetteer's only Andes is a small town of Colombia
    EventAnchor e = killed("A magnitude 7.1 earthquake struck Peru's southern Andes on Saturday, "
        + "killing 52 people, officials said.", 52);
    assertEquals("southern Andes", e.place());
    assertEquals("PE", e.country());
  }

  @Test
  void congoIsEitherCongoAsTheStorysOtherPlacesSay() {
    // "Congo" names both countries; South Kivu and Brazzaville settle which
    EventAnchor east = killed("A landslide buried the mining village of Kamituga Centre in "
        + "eastern Congo's South Kivu province on Friday, killing 40 people.", 40);
    assertEquals("CD", east.country());
    EventAnchor west = killed("A fire swept through a market in Brazzaville, Congo, on Friday, "
        + "killing 9 people, police said.", 9);
    assertEquals("CG", west.country());
  }

  @Test
  void aDemonymBeforeATownIsTheTownsCountryNotARegion() {
    // "Somali" is also a region of Ethiopia: "the Somali region" names it, "the Somali town" not
    String body = "An air strike hit a house near the Somali town of Jilib on Tuesday, "
        + "residents said. They said 4 civilians were among the dead.";
    EventAnchor e = killed(body, 4);
    assertEquals("Jilib", e.place());
    assertEquals("SO", e.country());
  }

  @Test
  void aListedTownOpeningAnUnlistedNameWithAParticleYieldsToIt() {
    // "Wadi" is a town of India; "the Wadi al-Shay area" is a place of Iraq the gazetteer lacks
    EventAnchor e = killed("Militants attacked an army post in the Wadi al-Shay area of Iraq "
        + "overnight, killing 11 soldiers, the army said.", 11);
    assertEquals("Wadi al-Shay", e.place());
    assertEquals("IQ", e.country());
  }
}
