package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

  @Test
  void aPlaceAWeaponWasLaunchedFromIsNotWhereItKilled() {
    EventAnchor e = killed("An explosive drone launched from Lebanon struck an army post on "
        + "Sunday, killing two Israeli soldiers, the military said.", 2);
    assertNull(e.place(), "the launch place is no place of the event");
  }

  @Test
  void aPlaceAfterAVesselTheShellsWereFiredFromIsStillTheEvents() {
    EventAnchor e = killed("Shells fired from a gunboat hit Sittwe Kyun, a village in Kyaukphyu "
        + "township, on Monday, killing four people, the rebels said.", 4);
    assertEquals("Sittwe Kyun", e.place());
  }

  @Test
  void aPortNamedWithWhatItIsForIsItsName() {
    EventAnchor e = killed("Warplanes bombed Yemen's Nishtun fishing port on Friday, killing 11 "
        + "dock workers, the provincial health office said.", 11);
    assertEquals("Nishtun", e.place());
    assertEquals("YE", e.country());
  }

  @Test
  void aQualifiedFigureAfterAndTakesTheCountryOfItsOwnClause() {
    EventAnchor e = killed("Flash floods killed 15 people in Kenya and more than 20 in "
        + "neighbouring Tanzania on Sunday, officials said.", 20);
    assertEquals("Tanzania", e.place());
    assertEquals("TZ", e.country());
  }

  @Test
  void aShareInAPlaceDescribedBeforeWhereTakesThatPlace() {
    EventAnchor e = killed("Most of the victims were in Dand Patan, a district of Paktia "
        + "province, where 14 people died, officials said.", 14);
    assertEquals("Dand Patan", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void mostOfOpeningASentenceIsNoTown() {
    EventAnchor e = killed("Most of the 9 dead were farm workers, the governor said.", 9);
    assertNull(e.place(), "'Most of' is a share, not the Czech town of Most");
  }
}
