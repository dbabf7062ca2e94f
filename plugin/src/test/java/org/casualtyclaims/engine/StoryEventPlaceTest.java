package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The most specific place of a story's event (GUIDELINES.md "Where and what kind of event"): a
 * figure whose own sentence names only a place that contains it takes the finer place the story
 * tells of, and places the gazetteer lacks are read from their construction.
 */
class StoryEventPlaceTest {
  @Test
  void aRegionGivesWayToTheDistrictTheStoryNamesInIt() {
    String body = "Insurgents overran two outposts in the remote Tolvani district in Kunduz on "
        + "Tuesday night. Officials said nine soldiers were killed in Kunduz province.";
    EventAnchor e = find(claims(body), Category.KILLED, 9).event();
    assertEquals("Tolvani district", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void anotherRegionOfTheSameLevelKeepsItsOwnPlace() {
    String body = "Insurgents overran two outposts in the remote Tolvani district in Kunduz on "
        + "Tuesday night. Separately, a roadside bomb killed three police officers in the "
        + "eastern province of Logar.";
    EventAnchor e = find(claims(body), Category.KILLED, 3).event();
    assertEquals("Logar", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void aCountryInTheTitleGivesWayToTheTownOfTheStory() {
    EventAnchor e = find(claims("Bomb kills 8 at a crowded market in Iraq",
        "A bomb hidden in a vegetable cart went off at a market in Tal Afar on Friday, police "
            + "said."), Category.KILLED, 8).event();
    assertEquals("Tal Afar", e.place());
    assertEquals("IQ", e.country());
  }

  @Test
  void aRunningTotalKeepsItsCountry() {
    String body = "A bomb hidden in a vegetable cart went off at a market in Tal Afar on Friday. "
        + "More than 4,000 civilians have been killed in Iraq so far this year, the UN said.";
    EventAnchor e = find(claims(body), Category.KILLED, 4000).event();
    assertEquals("Iraq", e.place());
  }

  @Test
  void aDatelineGivesWayToThePlaceTheBodyNames() {
    String body = "NAIROBI, Kenya -- Gunmen killed 12 herders in a dawn raid, elders said. "
        + "The attackers struck Birkama village in Somalia's Gedo region before fleeing.";
    EventAnchor e = find(claims(body), Category.KILLED, 12).event();
    assertEquals("Birkama village", e.place());
    assertEquals("SO", e.country());
  }

  @Test
  void aVillageThatLiesNearATownReplacesIt() {
    String body = "A car bomb killed 21 people near the city of Hama on Friday, state media said. "
        + "The bomb went off in the Mardeen village, which lies in farmland near the city of "
        + "Hama in central Syria.";
    EventAnchor e = find(claims(body), Category.KILLED, 21).event();
    assertEquals("Mardeen village", e.place());
    assertEquals("SY", e.country());
  }

  @Test
  void aNameOfLowerCaseParticlesAfterTheVillageOf() {
    String body = "Paramilitary fighters stormed the village of al-Karaba al-Gharbiya in North "
        + "Kordofan, killing 14 farmers, a medical group said.";
    EventAnchor e = find(claims(body), Category.KILLED, 14).event();
    assertEquals("al-Karaba al-Gharbiya", e.place());
    assertEquals("SD", e.country());
  }

  @Test
  void aRiverNamedAfterItsKind() {
    // beside only a country the river is the finer place (beside a state, the state: see
    // FeatureBesidePlaceTest)
    String body = "A crowded ferry capsized on the River Ngolo in northeastern Nigeria, and 17 "
        + "passengers drowned, police said.";
    EventAnchor e = find(claims(body), Category.KILLED, 17).event();
    assertEquals("River Ngolo", e.place());
    assertEquals("NG", e.country());
  }

  @Test
  void aTownsNameBeforeRiverNamesTheRiver() {
    // Lamia is a town of Greece; the Lamia river of this story runs through Congo
    String body = "Rebels attacked farmers in eastern Democratic Republic of Congo this week. "
        + "The bodies of 11 "
        + "villagers were found near the Lamia river, officials said.";
    EventAnchor e = find(claims(body), Category.KILLED, 11).event();
    assertEquals("Lamia river", e.place());
    assertEquals("CD", e.country());
  }

  @Test
  void theDistrictOfATownsNameIsADistrict() {
    // Nawa is also a town of India; "the district of" makes it a district of this story's country
    String body = "Fighting raged across Helmand province this week. An official said the attack "
        + "took place in the district of Nawa, killing 12 police officers.";
    EventAnchor e = find(claims(body), Category.KILLED, 12).event();
    assertEquals("Nawa", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void aDescriptionIsNoPlace() {
    String described = "A suicide bomber killed 9 people in the mainly Turkmen city of Tal Afar "
        + "on Sunday, police said.";
    EventAnchor e = find(claims(described), Category.KILLED, 9).event();
    assertEquals("Tal Afar", e.place());
    String indefinite = "A bomb killed 6 people in Kelmora, police said. Kelmora is a mixed "
        + "Sunni-Shiite town north of the capital.";
    assertEquals("Kelmora", find(claims(indefinite), Category.KILLED, 6).event().place());
  }

  @Test
  void aBuildingIsNoPlace() {
    String body = "A fire at the Rupali Knitwear factory in Gazipur town killed 12 workers, the "
        + "fire service said.";
    EventAnchor e = find(claims(body), Category.KILLED, 12).event();
    assertEquals("Gazipur town", e.place());
    assertEquals("BD", e.country());
    // a capitalised building's noun after a place makes it part of a name
    String watchdog = "KOLWEZI, Democratic Republic of the Congo -- A pit collapsed at a cobalt "
        + "mine. Copperbelt Mine Watch said at least 14 diggers had died.";
    assertEquals("CD", find(claims(watchdog), Category.KILLED, 14).event().country());
  }

  @Test
  void aNameTurnedModifierIsNoPlace() {
    EventAnchor e = find(claims("Aid groups said 40 people were killed in Taliban-led raids."),
        Category.KILLED, 40).event();
    assertNull(e.place());
  }

  @Test
  void aCompassPointOfATownPutsTheEventThere() {
    String body = "Fighting spread across southern Gaza overnight. A strike flattened a home west "
        + "of Khan Younis, killing seven people, medics said.";
    EventAnchor e = find(claims(body), Category.KILLED, 7).event();
    assertEquals("Khan Younis", e.place());
    assertNotEquals("southern Gaza", e.place());
  }

  @Test
  void onePlaceOfManyPlacesTheEventInItsCountry() {
    String body = "Police fired on crowds in Nakuru and at least 12 other counties on Tuesday. "
        + "Rights monitors said 14 people were killed.";
    EventAnchor e = find(claims(body), Category.KILLED, 14).event();
    assertEquals("Kenya", e.place());
    assertEquals("KE", e.country());
  }

  @Test
  void theStateOfANameIsTheRegion() {
    // Guerrero is also a small town of Chihuahua; "the state of" makes it the state
    String body = "Mudslides buried homes in the southern state of Guerrero, and 9 people died, "
        + "the governor said.";
    EventAnchor e = find(claims(body), Category.KILLED, 9).event();
    assertEquals("Guerrero", e.place());
    assertEquals("Guerrero", e.region());
    assertEquals("MX", e.country());
  }

  @Test
  void aStormsTollStaysInTheAreaItsSentenceNames() {
    String body = "Torrential rain cut off Marlo village in Nepal's Gulmi district on Monday. "
        + "Officials said floods had killed 61 people across Nepal this week.";
    EventAnchor e = find(claims(body), Category.KILLED, 61).event();
    assertEquals("Nepal", e.place());
    String attack = "Gunmen stormed Marlo village in Nepal's Gulmi district on Monday. "
        + "Officials said 6 people were killed in Nepal's worst attack this year.";
    assertEquals("Marlo village", find(claims(attack), Category.KILLED, 6).event().place());
  }

  @Test
  void aSmallTownOfACountryTheStoryNeverNamesIsAPlaceOfTheStorysCountry() {
    // La Pintada is also a small town of Colombia, which this story never names
    String body = "ACAPULCO, Mexico -- A hillside collapsed onto the Mexican hamlet of La Pintada "
        + "after days of rain. Rescuers said 14 bodies had been recovered.";
    EventAnchor e = find(claims(body), Category.KILLED, 14).event();
    assertEquals("La Pintada", e.place());
    assertEquals("MX", e.country());
  }

  @Test
  void aTitleWithANumberIsStillInTitleCase() {
    EventAnchor e = find(claims("Death Toll Rises to 90 in Coastal Storm",
        "Rescuers in Bangladesh said 90 people had died after the cyclone."),
        Category.KILLED, 90).event();
    assertEquals("BD", e.country(), "'Coastal Storm' in a title is no place: " + e.place());
  }

  @Test
  void aSeaRanksBelowTheCountryWhoseCoastItWashes() {
    EventAnchor e = find(claims("A crowded boat sank in the Mediterranean off the coast of Libya, "
        + "and 40 migrants drowned, a charity said."), Category.KILLED, 40).event();
    assertEquals("Libya", e.place());
    assertEquals("LY", e.country());
  }

  @Test
  void aPlaceLiesInEachPlaceItsSentenceNamesAfterIt() {
    EventAnchor e = find(claims("3 militants killed in Anantnag",
        "The gunfight broke out in the Koral forest area of the Tindwara belt of Anantnag before "
            + "dawn, the army said."), Category.KILLED, 3).event();
    assertEquals("Koral forest", e.place());
    assertEquals("IN", e.country());
  }

  @Test
  void aTitleThatNamesNoPlaceTakesTheBodysEventPlace() {
    EventAnchor e = find(claims("Militia kills 40 in attack on farming village",
        "Fighters stormed Kadara village in Niger's Tillaberi region before dawn, residents "
            + "said."), Category.KILLED, 40).event();
    assertEquals("Kadara village", e.place());
    assertEquals("NE", e.country());
  }

  @Test
  void aDemonymBeforeTheKindOfPlaceSaysItsCountry() {
    EventAnchor e = find(claims("A boat that left Sfax in Tunisia capsized near the Italian island "
        + "of Lampedusa, and 9 migrants drowned."), Category.KILLED, 9).event();
    assertEquals("Lampedusa", e.place());
    assertEquals("IT", e.country());
    // "the Somali region of Ethiopia" names the country after it
    EventAnchor region = find(claims("Clashes in the Somali region of Ethiopia killed 20 herders, "
        + "elders said."), Category.KILLED, 20).event();
    assertEquals("ET", region.country());
  }

  @Test
  void aCountryAfterATownAndACommaSaysWhichTown() {
    EventAnchor e = find(claims("A gas blast killed 4 dock workers in Augusta, Italy, on Monday, "
        + "firefighters said."), Category.KILLED, 4).event();
    assertEquals("Augusta", e.place());
    assertEquals("IT", e.country());
  }

  @Test
  void aProvinceOfTheSameNameAsATownIsNoFirstLevelRegion() {
    // Ascoli Piceno is a province below Italy's regions; the gazetteer knows only the town
    String body = "An earthquake flattened villages in the province of Ascoli Piceno overnight. "
        + "Officials said 30 people were killed by the quake across central Italy.";
    EventAnchor e = find(claims(body), Category.KILLED, 30).event();
    assertEquals("central Italy", e.place());
  }

  @Test
  void aPlaceNamedWithoutInYieldsToTheStorysEventPlace() {
    String body = "Gunmen raided Tesso village in central Mali at dawn on Sunday. "
        + "Mopti's governor said 7 villagers were killed.";
    EventAnchor e = find(claims(body), Category.KILLED, 7).event();
    assertEquals("Tesso village", e.place());
    assertEquals("ML", e.country());
  }

  @Test
  void aLakeNamedAfterItsKindWhereTheEventHappened() {
    EventAnchor e = find(claims("Rescuers recovered 23 bodies after a ferry capsized on Lake "
        + "Kivu, the Rwandan navy said."), Category.KILLED, 23).event();
    assertEquals("Lake Kivu", e.place());
  }

  @Test
  void aCountyNamedAfterATownKeepsTheTownsCountry() {
    EventAnchor e = find(claims("A tornado killed 3 people in Carver County overnight, the "
        + "sheriff said."), Category.KILLED, 3).event();
    assertEquals("Carver County", e.place());
    assertEquals("US", e.country());
  }

  @Test
  void anInheritedPlaceTakesItsCountryFromItsOwnSentence() {
    String body = "Insurgents overran two checkpoints in the Tolvani district of Afghanistan's "
        + "north on Tuesday. A hospital chief, Rahim Danish Karimi, said 13 soldiers were killed.";
    EventAnchor e = find(claims(body), Category.KILLED, 13).event();
    assertEquals("Tolvani district", e.place());
    assertEquals("AF", e.country(), "not Denmark, for the demonym in a name");
  }

  @Test
  void aCountryBeforeConvoyIsWhoseConvoy() {
    EventAnchor e = find(claims("Militants ambushed a US convoy in Sorkhab district, killing 4 "
        + "soldiers, officials in Kabul said."), Category.KILLED, 4).event();
    assertEquals("Sorkhab district", e.place());
    assertEquals("AF", e.country());
  }
}
