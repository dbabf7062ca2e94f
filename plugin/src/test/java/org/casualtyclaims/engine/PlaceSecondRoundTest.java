package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Classes of place construction that the second place round's held-out batch (p-001..p-015)
 * showed, in sentences written for the project.
 */
class PlaceSecondRoundTest {
  @Test
  void anUnlistedRegionACountryOwnsOutranksTheVictimsNationality() {
    EventAnchor e = killed("Insurgents overran a checkpoint at Qoryooley Dheer in Somalia's "
        + "Hiraan Dhexe region on Friday, killing six Kenyan soldiers, a commander said.", 6);
    assertEquals("Qoryooley Dheer", e.place());
    assertEquals("SO", e.country());
  }

  @Test
  void tibetIsChinasRegion() {
    EventAnchor e = killed("Heavy snow buried a road crew in Tibet on Sunday, killing five "
        + "workers, state media said.", 5);
    assertEquals("Tibet", e.place());
    assertEquals("CN", e.country());
  }

  @Test
  void theAttackersNationalityBeforeAStrikeGivesNoCountryToTheTownItHit() {
    EventAnchor e = killed("ZAPORIZHZHIA, Ukraine - A Russian missile strike killed three "
        + "people in the village of Novoandriivka on Monday, the regional governor said.", 3);
    assertEquals("Novoandriivka", e.place());
    assertEquals("UA", e.country());
  }
}
