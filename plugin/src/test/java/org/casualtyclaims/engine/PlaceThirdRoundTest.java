package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of place construction that the third place round's held-out batch (p-016..p-030) and
 * dev's error lines showed, in sentences written for the project.
 */
class PlaceThirdRoundTest {
  private static EventAnchor injured(String body, long count) {
    return find(claims(body), Category.INJURED, count).event();
  }

  @Test
  void aPlaceInsideABodysCapitalisedNameIsNoPlace() {
    EventAnchor e = injured("MANDALAY, Myanmar - Jets bombed a market in Natogyi township on "
        + "Friday.\n\nEight people were wounded in Natogyi township, an official of the "
        + "National Unity Government said.", 8);
    assertEquals("Natogyi township", e.place());
    assertEquals("MM", e.country(), "'Unity' in the body's name is not South Sudan's state");
  }

  @Test
  void theCommunityOfANameIsThatSettlement() {
    EventAnchor e = killed("Gunmen killed nine people in an attack on the farming community of "
        + "Tse-Ubor in Benue state overnight, police said.", 9);
    assertEquals("Tse-Ubor", e.place());
    assertEquals("NG", e.country());
  }

  @Test
  void aNeighbouringPlaceTheAttackersCameFromIsNotTheEvents() {
    EventAnchor e = injured("Gunmen killed eight people in the village of Ugbokpo on Sunday, "
        + "police said.\n\nThe attackers, believed to be bandits from neighbouring Kogi state, "
        + "also wounded 11 villagers, police said.", 11);
    assertEquals("Ugbokpo", e.place());
  }

  @Test
  void theShellingsDemonymIsTheAttackersNotTheCountryOfTheVillageItHit() {
    EventAnchor e = killed("KHERSON, Ukraine - Russian shelling killed two people in the "
        + "village of Tomyna Balka on Sunday, the regional governor said.", 2);
    assertEquals("Tomyna Balka", e.place());
    assertEquals("UA", e.country());
  }

  @Test
  void aDatelineNamingItsCountryOutweighsTheLedesSoldiersDemonym() {
    EventAnchor e = killed("KRAMATORSK, Ukraine - Shelling killed four civilians in the village "
        + "of Dyliivka on Tuesday, Donetsk regional governor Vadym Filashkin said.\n\nRussian "
        + "troops have been advancing on the area for weeks.", 4);
    assertEquals("Dyliivka", e.place());
    assertEquals("UA", e.country(), "the dateline's Ukraine, not Russia's town of Donetsk");
  }

  @Test
  void aTownshipNamedAfterItsVillageHoldsTheVillageForALaterFigure() {
    EventAnchor e = injured("At least six civilians were killed when the military bombed Nyaung "
        + "Pin Thar village in Myanmar's central Sagaing region, a resident said.\n\nKatha "
        + "township has seen heavy fighting since March, the resident said.\n\nNine more "
        + "people were hurt in the bombing, according to the resident.", 9);
    assertEquals("Nyaung Pin Thar village", e.place());
    assertEquals("MM", e.country());
  }

  @Test
  void anIslandsLedeFigureTakesTheRegencyALaterSentenceNames() {
    EventAnchor e = killed("KENDARI - A wooden boat capsized off the island of Sulawesi on "
        + "Friday, killing nine people, the search and rescue agency said.\n\nThe boat sank "
        + "off the coast of Buton Tengah regency in rough seas, the agency said.", 9);
    assertEquals("Buton Tengah regency", e.place());
    assertEquals("ID", e.country());
  }

  @Test
  void rainThatTriggeredALandslideIsItsCauseNotAnAreaWideEvent() {
    EventAnchor e = killed("A landslide triggered by days of heavy rain buried an unlicensed "
        + "gold mine in Indonesia's Gorontalo province, killing 13 miners, officials said.\n\n"
        + "The mine lies in Pohuwato district, the rescue agency said.", 13);
    assertEquals("Pohuwato district", e.place());
  }

  @Test
  void aFigureAfterAndWithAVerbOfItsOwnTakesItsOwnClausesPlace() {
    List<Claim> cs = claims("Three soldiers were captured near the village of Kruhliakivka in "
        + "Kharkiv region on Sunday, the army said.\n\nRights groups say 64 civilians are "
        + "still held captive in Ukraine and 15 more are now held captive in Russia.");
    assertEquals("Russia", find(cs, Category.CAPTURED, 15).event().place());
    assertEquals("RU", find(cs, Category.CAPTURED, 15).event().country());
    assertEquals("Ukraine", find(cs, Category.CAPTURED, 64).event().place());
  }

  @Test
  void aTollAcrossTheCountryAfterAStormOnAnIslandIsTheCountrys() {
    List<Claim> cs = claims("MANILA - Tropical Storm Kong-rey swept across central Luzon on "
        + "Monday, killing five people, officials said.\n\nNine people were missing across the "
        + "country, the disaster agency said.");
    EventAnchor e = find(cs, Category.MISSING, 9).event();
    assertEquals("Philippines", e.place(), "Luzon is an island of the country, not its name");
    assertEquals("PH", e.country());
  }

  @Test
  void aRiverNamedLikeARegionGivesNoCountryToTheVillageBesideIt() {
    EventAnchor e = killed("BAMAKO - A boat carrying traders capsized on the Niger river near "
        + "the village of Sirakoro-Bana on Tuesday, killing 12 people, officials said.", 12);
    assertEquals("Sirakoro-Bana", e.place());
    assertEquals("ML", e.country(), "the river crosses borders: the dateline's Mali, not Niger");
  }

  @Test
  void theCommuneOfANameIsThatDivision() {
    EventAnchor e = killed("PORT-AU-PRINCE - Gang members killed seven farmers in the mountain "
        + "commune of Fond-Baptiste on Monday, police said.", 7);
    assertEquals("Fond-Baptiste", e.place());
    assertEquals("HT", e.country());
  }

  @Test
  void aLaterFigureInheritsTheDistrictBesideTheRiverTheSentenceBeforeNamesLast() {
    List<Claim> cs = claims("KATHMANDU - A minibus skidded off a mountain road in Gorkha "
        + "district on Monday, about 100 km from the capital, and plunged into the Marsyangdi "
        + "river, police said.\n\nThree passengers were still missing, police said.");
    assertEquals("Gorkha district", find(cs, Category.MISSING, 3).event().place());
  }

  @Test
  void aPlaceAfterAndNeighbouringIsTheNextOfAListThatRefinesNoFigure() {
    EventAnchor e = killed("KABUL - A magnitude 5.8 earthquake struck eastern Afghanistan on "
        + "Tuesday, killing at least nine people, officials said.\n\nHouses collapsed in Kunar "
        + "and neighbouring Nangarhar province.", 9);
    assertEquals("eastern Afghanistan", e.place(), "a quake over two provinces is neither's");
  }
}
