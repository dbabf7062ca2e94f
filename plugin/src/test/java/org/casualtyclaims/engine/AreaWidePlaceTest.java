package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The toll of a storm, a flood or a quake over a province, an island or a country is placed
 * there, not at one town a sentence names in passing (GUIDELINES.md: the place of the event).
 * Sentences written for the project.
 */
class AreaWidePlaceTest {
  @Test
  void torrentialRainOverAPrefectureIsNotPlacedAtATownOfIt() {
    String body = "Torrential rain in Japan's southwestern Miyazaki prefecture has left 7 people "
        + "dead, the prefectural government said. Broadcaster NHK said two people had been hurt "
        + "by a landslide in the town of Takachiho.";
    EventAnchor e = find(claims(body), Category.KILLED, 7).event();
    assertEquals("southwestern Miyazaki prefecture", e.place());
    assertEquals("JP", e.country());
  }

  @Test
  void whereACycloneMadeLandfallIsNotWhereItsTollWasCounted() {
    String body = "A cyclone that struck Mozambique's coast at the weekend has killed 19 people, "
        + "the disaster agency said. The storm made landfall near Beira on Saturday. The health "
        + "ministry said 240 people had been treated for injuries.";
    EventAnchor e = find(claims(body), Category.INJURED, 240).event();
    assertEquals("Mozambique", e.place());
  }

  @Test
  void aTownABearingIsTakenFromIsNoPlaceOfTheQuake() {
    String body = "A strong earthquake struck Ecuador's central highlands on Sunday, officials "
        + "said. The quake was centred 40 km north of the town of Ambato. The health minister "
        + "said 31 people had been killed.";
    EventAnchor e = find(claims(body), Category.KILLED, 31).event();
    assertEquals("Ecuador", e.place()); // "central highlands" is no name
    assertEquals("EC", e.country());
  }

  @Test
  void theHospitalsTheInjuredWereTakenToAreNotTheEventsPlace() {
    String body = "A bus fell into a gorge in Nepal's Gandaki province on Sunday, killing 14 "
        + "people, police said. Doctors at hospitals in Pokhara and Kathmandu said 22 people "
        + "were being treated.";
    assertEquals("Gandaki province", find(claims(body), Category.INJURED, 22).event().place());
  }

  @Test
  void wherePartOfATollLiesIsNotThePlaceOfTheWhole() {
    EventAnchor e = find(claims("Floods and mudflows swept through Indonesia's West Sumatra "
        + "province over the weekend, killing 67 people, the disaster agency said, with most of "
        + "the dead in Agam regency."), Category.KILLED, 67).event();
    assertEquals("West Sumatra province", e.place());
    String body = "A week of monsoon rain has caused floods across Sri Lanka, the disaster "
        + "centre said. It said 21 people were still missing, most of them in the central hill "
        + "district of Kegalle.";
    assertEquals("Sri Lanka", find(claims(body), Category.MISSING, 21).event().place());
  }
}
