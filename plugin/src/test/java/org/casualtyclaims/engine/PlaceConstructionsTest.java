package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Constructions that tell which of a story's places is a figure's event place (GUIDELINES.md
 * "Where and what kind of event"), in sentences written for the project.
 */
class PlaceConstructionsTest {
  @Test
  void aSecondSpellingOfTheSamePlaceIsNoFinerPlace() {
    // the gazetteer files Sana'a as a governorate and Sanaa as its city: one name, two spellings
    String body = "Coalition jets struck a rebel barracks in Sana'a on Friday night, rebel "
        + "television said. A medic said 20 fighters were killed in the raid. The rebels later "
        + "confirmed an air strike on Sanaa.";
    EventAnchor e = find(claims(body), Category.KILLED, 20).event();
    assertEquals("Sana'a", e.place());
    assertEquals("YE", e.country());
  }
}
