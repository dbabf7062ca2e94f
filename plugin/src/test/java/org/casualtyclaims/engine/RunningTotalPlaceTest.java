package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where a running total is counted when its sentence names no place (GUIDELINES.md: for a figure
 * about a war as a whole, the country where the fighting is counted). Sentences written for the
 * project.
 */
class RunningTotalPlaceTest {
  @Test
  void aWarsRunningTotalTakesTheCountryNotTheTownOfTheAttackBeforeIt() {
    String body = "A drone hit a bus station in Zolotonosha on Monday, killing 4 people, the "
        + "regional governor said. Western officials estimate that more than 600,000 Russian "
        + "soldiers have been killed or wounded since the invasion began.";
    EventAnchor e = find(claims(body), Category.CASUALTIES, 600000).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
    assertEquals("Ukraine", e.place());
    assertEquals("UA", e.country());
    assertEquals("Zolotonosha", find(claims(body), Category.KILLED, 4).event().place());
  }

  @Test
  void aWarsRunningTotalAfterAPartysNameIsCountedWhereTheWarIsFought() {
    // "Russia had lost" names a party to the war, not where the total is counted
    String body = "Ukraine's military said on Wednesday that Russia had lost 1,100 troops in a "
        + "day near Avdiivka.\n\nWestern officials estimate that around 800,000 Russian troops "
        + "have been killed or wounded in the war.";
    EventAnchor e = find(claims(body), Category.CASUALTIES, 800000).event();
    assertEquals("Ukraine", e.place());
    assertEquals("UA", e.country());
  }
}
