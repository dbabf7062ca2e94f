package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of place construction that held-out text of issue 14's last round showed (several
 * figures each with its own place in one sentence, a toll "across" a country whose islands the
 * sentence also names, a district "on" an island, a camp of a territory the gazetteer files as
 * a town), in sentences written for the project.
 */
class PlaceClassesTest {
  @Test
  void eachFigureOfAnAndListTakesItsOwnVillage() {
    List<Claim> cs = claims("Raiders attacked farming settlements in Kebbi state on Sunday, "
        + "killing 14 people in Tungan Bawa and 9 in Rafin Kada, a local official said.");
    assertEquals("Tungan Bawa", find(cs, Category.KILLED, 14).event().place());
    assertEquals("Rafin Kada", find(cs, Category.KILLED, 9).event().place());
  }

  @Test
  void aFigureInWordsAfterAndTakesItsOwnPlaceToo() {
    List<Claim> cs = claims("Gunmen killed 11 villagers in Karim Lamido and two in Bambur "
        + "on Tuesday, police said.");
    assertEquals("Karim Lamido", find(cs, Category.KILLED, 11).event().place());
    assertEquals("Bambur", find(cs, Category.KILLED, 2).event().place());
  }

  @Test
  void aPlaceOpeningTheSentenceBelongsToTheFigureAfterIt() {
    List<Claim> cs = claims("Drones struck two markets in Kordofan on Monday.",
        "In Um Sumeima, 12 traders died, and seven people were killed in Abu Zabad, the "
            + "local council said.");
    assertEquals("Um Sumeima", find(cs, Category.KILLED, 12).event().place());
    assertEquals("Abu Zabad", find(cs, Category.KILLED, 7).event().place());
  }

  @Test
  void aStormsTollAcrossTheCountryIsTheCountrysNotItsIslands() {
    EventAnchor e = killed("Typhoon Amihan killed 31 people across the Philippines "
        + "after it crossed the Samar islands on Monday, the civil defence office said.", 31);
    assertEquals("Philippines", e.place());
    assertEquals("PH", e.country());
  }

  @Test
  void aDistrictOnAnIslandIsFinerThanTheIsland() {
    EventAnchor e = killed("A flash flood swept through Sigi Biromaru district on "
        + "Sulawesi island on Sunday, killing 8 people, the disaster agency said.", 8);
    assertEquals("Sigi Biromaru district", e.place());
  }

  @Test
  void aDistrictOnTheIslandOfANameIsFinerThanTheIsland() {
    EventAnchor e = killed("A ferry fire in Batununggul district on the southern "
        + "island of Nusa Penida killed 5 tourists, police said.", 5);
    assertEquals("Batununggul district", e.place());
  }

  @Test
  void aCampOfTheGazaStripIsPalestinianWhateverTheAttackersDemonym() {
    List<Claim> cs = claims("Israeli strikes kill 9 in Gaza camp",
        "CAIRO - Israeli shelling of a house in Khan Younis in the southern Gaza Strip killed "
            + "nine people on Friday, medics said.\n\nIn another strike, on the Nuseirat camp, "
            + "four people were killed, the health ministry said.");
    Claim four = find(cs, Category.KILLED, 4);
    assertEquals("Nuseirat camp", four.event().place());
    assertEquals("PS", four.event().country());
  }
}
