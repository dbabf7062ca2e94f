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

  @Test
  void aShareWithItsOwnFigureAfterWhereTakesThePlaceBeforeIt() {
    List<Claim> cs = claims("Mudslides killed 19 people on the island of Mindanao, most of them "
        + "in Bukidnon province, where 13 died, the regional disaster office said.");
    assertEquals("Bukidnon province", find(cs, Category.KILLED, 13).event().place());
    assertEquals("Mindanao", find(cs, Category.KILLED, 19).event().place());
  }

  @Test
  void aLaterFigureOfTheStoryInheritsTheWholeNotTheShare() {
    List<Claim> cs = claims("Quake kills 26 in Kashmir", "A quake killed 26 people in "
        + "Pakistan-administered Kashmir on "
        + "Sunday, most of them in the district of Bagh, where 20 died, officials said.\n\n"
        + "About 150 people were injured, the officials said.");
    assertEquals("Bagh", find(cs, Category.KILLED, 20).event().place());
    Claim injured = find(cs, Category.INJURED, 150);
    assertEquals("Pakistan-administered Kashmir", injured.event().place());
    assertEquals("PK", injured.event().country());
  }

  @Test
  void aShareWithoutAFigureOfItsOwnStaysAShare() {
    List<Claim> cs = claims("Typhoon leaves 27 dead across central Philippines", "MANILA - A "
        + "typhoon that swept across the central Philippines on Sunday has left at least 27 "
        + "people dead, officials said.\n\nMost of the deaths were in Isabela province, where the "
        + "surge flattened fishing villages.");
    assertEquals("central Philippines", find(cs, Category.KILLED, 27).event().place());
  }

  @Test
  void aVillageTheNextSentenceNamesIsFinerThanTheTownshipOfTheFigure() {
    List<Claim> cs = claims("Shelling kills 6 in Kachin state", "Mortar fire killed six "
        + "villagers in Hpakant township on Thursday, "
        + "residents said.\n\nThe shells landed on the village of Seng Taung during a "
        + "funeral, they said.");
    assertEquals("Seng Taung", find(cs, Category.KILLED, 6).event().place());
  }

  @Test
  void aVillageTheStoryNamesLaterIsNoPlaceOfAFigureWithoutOne() {
    List<Claim> cs = claims("Landslides hit Kerala", "Landslides buried parts of two villages "
        + "in Idukki district on "
        + "Monday, killing 12 people, officials said.\n\nOfficials said 30 people were missing. "
        + "Rescuers struggled to reach the village of Kokkayar.");
    assertEquals("Idukki district", find(cs, Category.MISSING, 30).event().place());
  }

  @Test
  void aRunningTotalOfAGazaStoryNamesTheStripNotTheCountry() {
    List<Claim> cs = claims("Strike kills 6 in Khan Younis", "CAIRO - An Israeli strike on a "
        + "house in Khan Younis in the southern Gaza Strip killed six people on Sunday, medics "
        + "said.\n\nRescuers dug through the rubble with their hands. Hospitals in the area "
        + "have run short of fuel.\n\nThe health ministry said 44,100 people had been killed "
        + "since October 2023.");
    Claim total = find(cs, Category.KILLED, 44100);
    assertEquals("Gaza Strip", total.event().place());
    assertEquals("PS", total.event().country());
  }

  @Test
  void aStrikeInTheGazaStripTakesTheTownTheNextSentenceNames() {
    List<Claim> cs = claims("Strike kills 5 in southern Gaza", "CAIRO - An Israeli air strike in "
        + "the southern Gaza Strip killed five people on Friday, medics said.\n\nThe missile "
        + "hit a house in Khan Younis, they said.");
    assertEquals("Khan Younis", find(cs, Category.KILLED, 5).event().place());
  }

  @Test
  void aStrikeInTheGazaStripTakesTheCampTheNextSentenceNames() {
    List<Claim> cs = claims("Strike kills 3 in southern Gaza", "CAIRO - An Israeli drone strike "
        + "in the southern Gaza Strip killed three people on Wednesday, medics said.\n\nThe "
        + "drone hit a group of people in the Shaboura camp in Rafah, they said.");
    assertEquals("Shaboura camp", find(cs, Category.KILLED, 3).event().place());
  }

  @Test
  void aTollOfTheGazaStripWhoseStoryTellsOfSeveralTownsStaysTheStrips() {
    List<Claim> cs = claims("Strikes kill 21 in Gaza Strip", "CAIRO - Israeli strikes killed 21 "
        + "people in the Gaza Strip on Sunday, medics said.\n\nOne strike hit a house in Beit "
        + "Lahiya, killing seven people. Another hit a school in Khan Younis, killing five.");
    assertEquals("Gaza Strip", find(cs, Category.KILLED, 21).event().place());
  }

  @Test
  void strikesAcrossATerritorySpanItAndAreNotRefinedToOneTown() {
    List<Claim> cs = claims("Strikes hit Gaza", "CAIRO - Israeli air strikes across the Gaza "
        + "Strip killed 26 people on Sunday, medics said.\n\nOne of them hit a house in "
        + "Khan Younis.");
    assertEquals("Gaza Strip", find(cs, Category.KILLED, 26).event().place());
  }

  @Test
  void aRegencyIsADivisionKeptWithItsName() {
    List<Claim> cs = claims("Floods hit Central Java", "SEMARANG - Floods killed 13 people in "
        + "Central Java province on Friday, most of them in Pekalongan regency, where 9 died, "
        + "officials said.");
    assertEquals("Pekalongan regency", find(cs, Category.KILLED, 9).event().place());
  }

  @Test
  void aTotalBeforeAColonKeepsItsRegionAndTheFiguresAfterItTheirOwn() {
    EventAnchor e = killed("Gunmen killed 31 people in two raids in Niger's Tahoua region on "
        + "Sunday: 19 in Tassia and 12 in Intazayene, the army said.", 31);
    assertEquals("Tahoua region", e.place());
  }

  @Test
  void aNeighbouringDistrictHoldsThePlaceBeforeIt() {
    List<Claim> cs = claims("Maoists kill 4 police", "RAIPUR - Rebels ambushed a patrol near "
        + "Kistaram in neighbouring Sukma district on Monday, killing four police officers, "
        + "police said.");
    assertEquals("Kistaram", find(cs, Category.KILLED, 4).event().place());
  }

  @Test
  void aStormsNextFigureInheritsThePlaceTheFigureBeforeWasPutIn() {
    List<Claim> cs = claims("Typhoon kills 17 in Philippines", "MANILA - Typhoon Mawar killed 17 "
        + "people in the Philippines as it crossed the southern island of Mindanao on Sunday, "
        + "officials said.\n\nSix more people were missing, they said.");
    assertEquals("Philippines", find(cs, Category.MISSING, 6).event().place());
  }

  @Test
  void peopleSeizedFromAVillageWereSeizedThere() {
    List<Claim> cs = claims("Gunmen kidnap 12 in Zamfara", "GUSAU - Gunmen kidnapped 12 farmers "
        + "from the village of Kurmin Dangana in Zamfara state on Monday, police said.");
    assertEquals("Kurmin Dangana", find(cs, Category.CAPTURED, 12).event().place());
  }

  @Test
  void peopleFromAPlaceWithoutAVerbOfSeizingCameFromThere() {
    EventAnchor e = killed("A bus carrying 30 pilgrims from the town of Kano overturned near "
        + "Zaria on Sunday, killing 9 passengers, police said.", 9);
    assertEquals("Zaria", e.place());
  }

  @Test
  void aStormsNextFigureKeepsTheCountryItsFigureBeforeWasPutInNotARegionItCrossed() {
    List<Claim> cs = claims("Typhoon kills 19 in Philippines", "MANILA - Typhoon Usagi killed "
        + "19 people across the Philippines after it swept over the Cagayan Valley region on "
        + "Friday, officials said.\n\nSeven more were missing, they said.");
    assertEquals("Philippines", find(cs, Category.MISSING, 7).event().place());
  }

  @Test
  void theAttackersDemonymGivesNoCountryToTheCampItHit() {
    List<Claim> cs = claims("Strikes hit Gaza camp", "CAIRO - Israeli strikes killed seven "
        + "people in the Maghazi camp on Monday, medics said.");
    Claim seven = find(cs, Category.KILLED, 7);
    assertEquals("Maghazi camp", seven.event().place());
    assertEquals("PS", seven.event().country());
  }
}
