package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer lacks that a kind of place after them marks as places ("Kyauk Ka village",
 * "Tarapur industrial area"), in sentences written for the project.
 */
class UnlistedPlaceNamesTest {
  private static EventAnchor killed(String body, long count) {
    return find(claims(body), Category.KILLED, count).event();
  }

  @Test
  void anIndefiniteArticleBeforeAPrepositionDoesNotMakeTheNameADescription() {
    // "a mixed Sunni-Shiite town" describes a town; "a monastery in Kyauk Ka village" names one
    EventAnchor e = killed("Jets bombed a monastery in Kyauk Ka village in Myanmar on Sunday, "
        + "killing 12 people, residents said.", 12);
    assertEquals("Kyauk Ka village", e.place());
    assertEquals("MM", e.country());
  }
}
