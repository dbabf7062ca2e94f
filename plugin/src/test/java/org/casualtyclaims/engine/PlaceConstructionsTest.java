package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

  @Test
  void aTownNamedBeforeWhatItLiesInIsThePlace() {
    // Surkhet district is no entry of the gazetteer, so it would outrank the town it contains
    EventAnchor e = find(claims("A flash flood struck homes in Birendranagar of Surkhet district "
        + "in western Nepal on Sunday, killing 14 people, officials said."), Category.KILLED, 14)
        .event();
    assertEquals("Birendranagar", e.place());
    assertEquals("NP", e.country());
  }

  @Test
  void aLaterFigureInheritsTheInnermostPlaceNotItsContainers() {
    String body = "Troops surrounded militants in the Dera forest area of Kralpora belt of Kupwara "
        + "before dawn, the army said. Police later said 3 militants were killed.";
    EventAnchor e = find(claims(body), Category.KILLED, 3).event();
    assertEquals("Dera forest", e.place());
    assertEquals("IN", e.country());
  }

  @Test
  void aTownOfANameIsNoContainer() {
    EventAnchor e = find(claims("A drone strike hit the northern Tigray town of Adi Selam on "
        + "Monday, killing 8 people, aid workers said."), Category.KILLED, 8).event();
    assertEquals("Adi Selam", e.place());
    assertEquals("ET", e.country());
  }

  @Test
  void eachFigureOfARoundupTakesThePlaceOfItsOwnClause() {
    String body = "The civil protection agency said 21 people were killed in the town of Norcia, "
        + "9 in Cascia, near Spoleto, and 4 in the province of Terni, which took the brunt of "
        + "the aftershocks.";
    assertEquals("Norcia", find(claims(body), Category.KILLED, 21).event().place());
    assertEquals("Cascia", find(claims(body), Category.KILLED, 9).event().place());
    assertEquals("Terni", find(claims(body), Category.KILLED, 4).event().place());
  }

  @Test
  void aSingleFigureTakesTheFinestPlaceOfItsSentence() {
    // no other clause holds a number: the clauses are one event's, not a roundup's
    String body = "Nine people were killed in Kabul, the capital, when a bomb went off in the "
        + "Tolvani district, police said.";
    assertEquals("Tolvani district", find(claims(body), Category.KILLED, 9).event().place());
  }

  @Test
  void wherePeopleSetOutFromIsNotWhereTheyDied() {
    String body = "A boat carrying migrants capsized off the Greek island of Kos on Monday. It had "
        + "departed from Izmir two days earlier. The coastguard said 11 "
        + "people drowned.";
    EventAnchor e = find(claims(body), Category.KILLED, 11).event();
    assertEquals("Kos", e.place());
    assertEquals("GR", e.country());
  }

  @Test
  void aNumberFromACountryCountsPeopleNotAPlace() {
    String body = "Fire tore through a hostel in Lisbon overnight, firefighters said. At least 5 "
        + "guests were unaccounted for, including three from Spain and one from Brazil.";
    EventAnchor e = find(claims(body), Category.MISSING, 5).event();
    assertEquals("Lisbon", e.place());
    assertEquals("PT", e.country());
  }

  @Test
  void wherePeopleWereTakenIsNotWhereTheirEventHappened() {
    String body = "A ferry sank off the coast of Samos on Sunday. Survivors who landed at Piraeus "
        + "(Attica) said 30 passengers were missing.";
    EventAnchor e = find(claims(body), Category.MISSING, 30).event();
    assertEquals("Samos", e.place());
    assertEquals("GR", e.country());
  }

  @Test
  void fromAfterAnythingElseKeepsItsPlace() {
    String body = "Troops moved to flush gunmen out from Tolvani forest on Friday, and 6 gunmen "
        + "were killed, the army said.";
    assertEquals("Tolvani forest", find(claims(body), Category.KILLED, 6).event().place());
  }

  @Test
  void aKindOfPlaceWithADeterminerBetweenPrepositionAndName() {
    String body = "Insurgents attacked a convoy in the remote Tolvani district in Nangarhar on Sunday. Five "
        + "more people died when a bomber struck a wedding at their province Logar, police said.";
    EventAnchor e = find(claims(body), Category.KILLED, 5).event();
    assertEquals("Logar", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void aFigureOverPartsOfACountryIsNoTownOfIt() {
    String body = "Police fired on marchers in parts of Kenya on Tuesday, and 6 protesters were "
        + "killed, a rights group said. In the town of Molo, a teenager was shot dead.";
    EventAnchor e = find(claims(body), Category.KILLED, 6).event();
    assertEquals("Kenya", e.place());
    assertEquals("KE", e.country());
  }

  @Test
  void aDatelineEndsAtABullet() {
    String body = "NAIROBI, Kenya \u2022 Police killed 4 protesters during marches in several "
        + "counties of Kenya on Tuesday, a rights group said.";
    EventAnchor e = find(claims(body), Category.KILLED, 4).event();
    assertEquals("Kenya", e.place(), "the dateline's town is no place of the sentence");
  }

  @Test
  void aNameInAppositionToAVillageIsAPlace() {
    String body = "An earthquake flattened homes in the Gorkha district of Nepal at dawn. A reporter "
        + "in one of the flattened villages, Laprak, said tents had not arrived. A teacher said "
        + "12 of his relatives had died.";
    EventAnchor e = find(claims(body), Category.KILLED, 12).event();
    assertEquals("Laprak", e.place());
    assertEquals("NP", e.country());
  }

  @Test
  void aPersonInAppositionToAVillageIsNoPlace() {
    String body = "Gunmen raided farms near Tolvani village on Sunday. A man in the village, "
        + "Ahmed Wardi, a farmer, said 3 of his sons were killed.";
    EventAnchor e = find(claims(body), Category.KILLED, 3).event();
    assertEquals("Tolvani village", e.place());
  }

  @Test
  void aTollOverAListOfCountriesBelongsToTheirWiderArea() {
    EventAnchor e = find(claims("Monsoon storms leave hundreds dead in South Asia",
        "Floods and landslides have killed at least 310 people across India, Nepal and "
            + "Bangladesh this month, officials said."), Category.KILLED, 310).event();
    assertEquals("South Asia", e.place());
    assertNull(e.country(), "an area of several countries lies in none");
  }

  @Test
  void aTollOverAListOfCountriesIsNoneOfThemAlone() {
    EventAnchor e = find(claims("Heavy rain killed 45 people in Pakistan and Afghanistan over the "
        + "weekend, officials said."), Category.KILLED, 45).event();
    assertNull(e.place());
    assertNull(e.country());
  }

  @Test
  void aRunningTotalRightAfterTheSentenceThatPlacesItKeepsThatPlace() {
    String body = "In Tolvani, in Iraq's southern Muthanna province, gunmen and police fought on "
        + "Sunday despite a curfew. Seven guards have been killed since the clashes "
        + "began on Saturday, a ministry spokesman said.";
    assertEquals("Tolvani", find(claims(body), Category.KILLED, 7).event().place());
  }

  @Test
  void aRunningTotalFarFromThePlaceOfItsStoryTakesItsCountry() {
    String body = "In Tolvani, in Iraq's southern Muthanna province, gunmen and police fought on "
        + "Sunday despite a curfew. The army sent two brigades. Shops stayed shut. More than "
        + "4,000 civilians have been killed so far this year, the UN said.";
    EventAnchor e = find(claims(body), Category.KILLED, 4000).event();
    assertEquals("Iraq", e.place());
    assertEquals("IQ", e.country());
  }

  @Test
  void whereSurvivorsAreIsNotWhereTheirBoatSank() {
    String body = "A fishing boat sank off the Greek island of Crete on Monday. Aid workers who met "
        + "survivors in Italy, in Catania, said 40 people had drowned.";
    EventAnchor e = find(claims(body), Category.KILLED, 40).event();
    assertEquals("Crete", e.place());
    assertEquals("GR", e.country());
  }

  @Test
  void theCountryAfterAPortPeopleWereTakenToIsNoEventPlace() {
    String body = "A fishing boat sank off the Greek island of Crete on Monday. Survivors taken to "
        + "the port of Pozzallo, Italy, said 40 people had drowned.";
    EventAnchor e = find(claims(body), Category.KILLED, 40).event();
    assertEquals("Crete", e.place());
    assertEquals("GR", e.country());
  }

  @Test
  void aTollOverSeveralPlacesOfACountryBelongsToTheCountry() {
    EventAnchor towns = find(claims("Bombs killed 14 people in Kabul and Kandahar on Friday, "
        + "police said."), Category.KILLED, 14).event();
    assertEquals("Afghanistan", towns.place());
    assertEquals("AF", towns.country());
    // a plural kind of place says several follow, though only the first is read as a place
    EventAnchor provinces = find(claims("Air strikes killed 40 fighters in the provinces of "
        + "Kandahar and al-Tolvani, the coalition said."), Category.KILLED, 40).event();
    assertEquals("Afghanistan", provinces.place());
  }

  @Test
  void aSoftSignTransliteratedIsTheSamePlace() {
    // the gazetteer files the town as "Kramators’k"; news writes "Kramatorsk"
    EventAnchor e = find(claims("A missile struck a railway station in Kramatorsk on Friday, "
        + "killing 12 people, the governor said."), Category.KILLED, 12).event();
    assertEquals("Kramatorsk", e.place());
    assertEquals("UA", e.country());
    assertEquals("Kramators\u2019k", e.placeName());
  }

  @Test
  void anIncidentDoesNotInheritAPlaceAbroad() {
    String body = "Rebels raided Tolvani village in eastern Democratic Republic of Congo on Sunday, "
        + "officials said. Some villagers drowned as they fled across the border into Uganda. "
        + "A local official put the number of dead at 31.";
    EventAnchor e = find(claims(body), Category.KILLED, 31).event();
    assertEquals("Tolvani village", e.place());
    assertEquals("CD", e.country());
  }

  @Test
  void theTollForARegionIsNoTownOfIt() {
    String body = "Looters ransacked a shopping centre in Pietermaritzburg on Monday, where 6 bodies "
        + "were found. The death toll for KwaZulu-Natal stood at 26, the premier said.";
    EventAnchor e = find(claims(body), Category.KILLED, 26).event();
    assertEquals("KwaZulu-Natal", e.place());
    assertEquals("ZA", e.country());
  }

  @Test
  void aRegionByTheEnglishNameNewsUses() {
    // the region files give Indonesia's provinces their Indonesian names ("Sumatera Barat")
    EventAnchor e = find(claims("A landslide buried 9 villagers in West Sumatra on Sunday, "
        + "rescuers said."), Category.KILLED, 9).event();
    assertEquals("West Sumatra", e.place());
    assertEquals("Sumatera Barat", e.region());
    assertEquals("ID", e.country());
  }

  @Test
  void aTollElsewhereInTheCountryIsNotTheStorysVillage() {
    String body = "A hillside collapsed onto the village of Tolvani in the southern state of "
        + "Oaxaca on Monday; gales have left 45 people dead elsewhere in the country since "
        + "Friday.";
    EventAnchor e = find(claims(body), Category.KILLED, 45).event();
    assertEquals("Mexico", e.place());
    assertEquals("MX", e.country());
  }

  @Test
  void aCountryThatAttacksIsNotWhereItsAttackHappened() {
    EventAnchor e = find(claims("Rockets hit Kherson port", "Russia fired rockets at the port "
        + "before dawn. Eleven dockers were killed, the port authority said."),
        Category.KILLED, 11).event();
    assertEquals("Kherson", e.place());
    assertEquals("UA", e.country());
  }

  @Test
  void aCountryThatHasLaunchedStrikesIsNotTheirPlace() {
    EventAnchor e = find(claims("Strikes on Kharkiv", "Russia has launched a wave of drones "
        + "overnight. At least 6 people died in the attack, the governor said."),
        Category.KILLED, 6).event();
    assertEquals("Kharkiv", e.place());
    assertEquals("UA", e.country());
  }

  @Test
  void aCountryHitByADisasterIsWhereItHappened() {
    EventAnchor e = find(claims("Turkey hit by a strong earthquake on Monday. Rescuers said 14 "
        + "people were killed."), Category.KILLED, 14).event();
    assertEquals("Turkey", e.place());
    assertEquals("TR", e.country());
  }
  @Test
  void theGazetteerKnowsTheSpellingsNewsUses() {
    String[][] expected = {{"Odesa", "UA"}, {"Avdiivka", "UA"}, {"Kupiansk", "UA"}, {"Izium", "UA"},
        {"Khan Younis", "PS"}, {"Jabalia", "PS"}, {"Nuseirat", "PS"}, {"Raqqa", "SY"},
        {"Hodeidah", "YE"}, {"Taiz", "YE"}, {"Mekelle", "ET"}, {"Fallujah", "IQ"}, {"Jenin", "PS"},
        {"El Geneina", "SD"}, {"Severodonetsk", "UA"}, {"North Waziristan", "PK"}};
    for (String[] place : expected) {
      EventAnchor e = find(claims("Shelling struck a market in " + place[0] + " on Monday, and 3 people "
          + "were killed."), Category.KILLED, 3).event();
      assertEquals(place[0], e.placeName(), place[0]);
      assertEquals(place[1], e.country(), place[0]);
    }
  }
  @Test
  void aRocketOrAPlaneLandingIsWhereItHappened() {
    assertEquals("Ashkelon", find(claims("A rocket landed in Ashkelon on Monday, killing 2 "
        + "people."), Category.KILLED, 2).event().place());
    assertEquals("Pokhara", find(claims("A plane crashed while landing at Pokhara on Sunday, "
        + "killing 20 people."), Category.KILLED, 20).event().place());
  }

  @Test
  void peopleWhoLandedSomewhereTellOfAnEventElsewhere() {
    EventAnchor e = find(claims("A fishing boat sank off the Greek island of Crete on Monday. "
        + "The migrants who landed at Pozzallo said 30 people had drowned."),
        Category.KILLED, 30).event();
    assertEquals("Crete", e.place());
    assertEquals("GR", e.country());
  }
  @Test
  void theGazetteerKnowsIslandsBeforeTownsOfTheirName() {
    String[][] expected = {{"Crete", "GR"}, {"Lesbos", "GR"}, {"Rhodes", "GR"}, {"Bali", "ID"},
        {"Java", "ID"}, {"Luzon", "PH"}, {"Lampedusa", "IT"}, {"Tenerife", "ES"}};
    for (String[] place : expected) {
      EventAnchor e = find(claims("A ferry caught fire off " + place[0] + " on Monday, and 4 "
          + "passengers were killed."), Category.KILLED, 4).event();
      assertEquals(place[0], e.placeName(), place[0]);
      assertEquals(place[1], e.country(), place[0]);
    }
  }
  @Test
  void aNameMayEndOnAParticleJoinedToACapital() {
    EventAnchor e = find(claims("Shelling killed 6 people in Deir ez-Zor on Monday."),
        Category.KILLED, 6).event();
    assertEquals("Deir ez-Zor", e.place());
    assertEquals("SY", e.country());
    e = find(claims("An air strike killed 8 people in Deir al-Balah overnight."),
        Category.KILLED, 8).event();
    assertEquals("Deir al-Balah", e.place());
    assertEquals("PS", e.country());
  }
}
