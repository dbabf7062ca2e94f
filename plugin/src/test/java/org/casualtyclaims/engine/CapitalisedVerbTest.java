package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A speech verb written with a capital after a capitalised word ends a name in running text
 * ("the United States"), while a headline's title case keeps its verbs ("Police Say").
 */
class CapitalisedVerbTest {

  @Test
  void statesAtTheEndOfACountrysNameIsNoVerb() {
    Claim c = find(claims("Drownings killed 3,900 people in the United States in 2023, "
        + "according to the Water Safety Council."), Category.KILLED, 3900);
    assertEquals("Water Safety Council", c.source());
  }

  @Test
  void aHeadlinesTitleCaseKeepsItsVerb() {
    Claim c = find(claims("Storm Kills 14 On Coast, Red Cross Says",
        "The storm hit the coast on Sunday."), Category.KILLED, 14);
    assertEquals("International Committee of the Red Cross", c.source());
  }
}
