package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The most specific place a figure is tied to, as reporting names villages, camps and
 * neighbourhoods below a known place (GUIDELINES.md: the most specific place the text ties the
 * figure to), in sentences written for the project.
 */
class SpecificPlaceTest {
  @Test
  void aVillageBeforeOfAndItsDistrictIsThePlace() {
    // "of Churachandpur district" says where the village lies; it does not make "Lamdan village"
    // a description, as "the mainly Turkomen city of Tal Afar" is one
    EventAnchor e = killed("Insurgents ambushed a patrol in Lamdan village of Churachandpur "
        + "district on Friday, killing four soldiers, the army said.", 4);
    assertEquals("Lamdan village", e.place());
    assertEquals("IN", e.country());
  }

  @Test
  void aNameDescribedAfterACommaAsATownIsThePlace() {
    // no "in" before the name: "Goungou-Ka, a village in ..." makes it one
    EventAnchor e = killed("Militants killed 19 people in a raid on Goungou-Ka, a village in "
        + "Togo's Savanes region, officials said on Monday.", 19);
    assertEquals("Goungou-Ka", e.place());
    assertEquals("TG", e.country());
  }

  @Test
  void aVillageDescribedInAnUnlistedDistrictBelongsToTheProvinceOfTheStory() {
    // the province's toll belongs to the village the story puts the attack in, though the
    // district it names in between is no place of the gazetteer
    EventAnchor e = killed("Gunmen attacked a wedding party in Takhar province on Friday, "
        + "killing 31 people, officials said. The attack took place in Sang Kalan, a remote "
        + "village in Darqad district, after dusk.", 31);
    assertEquals("Sang Kalan", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void aLowerCaseParticleJoinsTheWordsOfOneName() {
    EventAnchor e = killed("Gunmen opened fire at a wake in the Loma del Toro neighbourhood "
        + "on Sunday, killing six people, Guatemalan police said.", 6);
    assertEquals("Loma del Toro neighbourhood", e.place());
  }

  @Test
  void aCapitalisedParticleStillOpensAName() {
    EventAnchor e = killed("Shelling in El Fasher on Tuesday killed 14 people, a local "
        + "resistance committee said.", 14);
    assertEquals("El Fasher", e.place());
    assertEquals("SD", e.country());
  }

  @Test
  void theNeighbourhoodOfATownIsThePlaceNotTheTown() {
    // San Miguel is a town of several countries; "the San Miguel neighbourhood of Celaya" names a
    // part of Celaya, not a description of it
    EventAnchor e = killed("Armed men burst into a bar in the San Miguel neighbourhood of "
        + "Celaya on Saturday night, killing eight people, prosecutors said.", 8);
    assertEquals("San Miguel neighbourhood", e.place());
    assertEquals("MX", e.country());
  }

  @Test
  void aCampAfterTheIsNamedByItsName() {
    // "the Meridian town" describes; "the Dzaleka camp" names the camp
    EventAnchor e = killed("A shell hit the Dzaleka camp in Dowa district on Wednesday, "
        + "killing three children, the police said.", 3);
    assertEquals("Dzaleka camp", e.place());
    assertEquals("MW", e.country());
  }

  @Test
  void aRefugeeCampKeepsItsNameAndTheRegionAfterItOnlyHoldsIt() {
    // "central Gaza", as specific as the town Nuseirat and nearer the figure, only holds the camp
    EventAnchor e = killed("An air strike on a school in the Nuseirat refugee camp in central "
        + "Gaza killed 13 people, the civil defence said.", 13);
    assertEquals("Nuseirat refugee camp", e.place());
    assertEquals("PS", e.country());
  }

  @Test
  void aCampNamedAfterAListedTownKeepsTheTownsCountry() {
    // Nuseirat is a town of the Palestinian territories; the story's only demonym is Israeli
    EventAnchor e = killed("An Israeli strike on the Nuseirat refugee camp killed 11 people "
        + "on Sunday, the civil defence said.", 11);
    assertEquals("PS", e.country());
  }

  @Test
  void aTitlesCapitalisedWordsBeforeAKindOfPlaceNameNoPlace() {
    // "Philippine" is no demonym of the gazetteer; the title's "southern Philippine island" is
    // a description, not a place finer than the island the body names
    EventAnchor e = find(claims("Boat capsizes off southern Philippine island",
        "A crowded boat capsized off the island of Siquijor on Monday, killing nine people, the "
            + "coast guard said. Coast guard officer Rey Dulay said four passengers were still "
            + "missing."), Category.MISSING, 4).event();
    assertEquals("Siquijor", e.place());
    assertEquals("PH", e.country());
  }

  @Test
  void aSuburbNamedAfterItsCityIsTheSuburb() {
    // "the Houston suburb of Pasadena": Houston, the larger, describes; the suburb is the place
    EventAnchor suburb = killed("A gunman opened fire at a church in the Houston suburb of "
        + "Pasadena on Sunday, killing five people, police said.", 5);
    assertEquals("Pasadena", suburb.place());
    assertEquals("US", suburb.country());
    // "the San Miguel neighbourhood of Celaya": the smaller names a part of the larger
    EventAnchor part = killed("Armed men burst into a bar in the San Miguel neighbourhood of "
        + "Celaya on Saturday night, killing eight people, prosecutors said.", 8);
    assertEquals("San Miguel neighbourhood", part.place());
  }

  @Test
  void aKindOfPlaceInsideAnOfficesTitleIsNoPlace() {
    EventAnchor e = killed("A bus plunged into a river in Nepal's Dhading district on Sunday, "
        + "killing nine passengers, Chief District Officer Ram Prasad Ghimire said.", 9);
    assertEquals("Dhading district", e.place());
  }

  @Test
  void aKindOfPlaceInsideABuildingsNameIsNoPlace() {
    EventAnchor e = killed("A fire at the Orchid City Hall in Minsk killed 14 people on "
        + "Friday, the emergencies ministry said.", 14);
    assertEquals("Minsk", e.place());
    assertEquals("BY", e.country());
  }

  @Test
  void aTollOverSeveralVillagesOfAnAreaTakesTheArea() {
    // the toll spans "three villages in ... Idlib province", not the one the next sentence names
    EventAnchor e = killed("Air strikes on three villages in Syria's Idlib province killed 12 "
        + "people on Thursday, a war monitor said. One strike hit a bakery in the village of "
        + "Kafr Tamsa.", 12);
    assertEquals("Idlib province", e.place());
    assertEquals("SY", e.country());
  }

  @Test
  void theNeighbouringVillageOfAResidentIsNotTheVillageAttacked() {
    EventAnchor e = killed("Gunmen attacked a village in central Mali's Mopti region on "
        + "Sunday, killing 25 people, a local official said. A resident of the neighbouring "
        + "village of Dounbala said he had seen the attackers leave.", 25);
    assertEquals("Mopti region", e.place());
    assertEquals("ML", e.country());
  }

  @Test
  void aTollAcrossAnAreaInItsOwnClauseTakesTheArea() {
    // the other clause counts its figure in words: the sentence is still a roundup
    String body = "Heavy rain triggered landslides in Indonesia's Gorontalo province on "
        + "Wednesday. Six people died in the village of Tulabolo, raising the toll across "
        + "Gorontalo province to 20, officials said.";
    EventAnchor e = find(claims(body), Category.KILLED, 20).event();
    assertEquals("Gorontalo province", e.place());
    assertEquals("ID", e.country());
  }

  @Test
  void aDivisionOwnedByACountryIsThatCountrysThoughAnotherHasOneOfItsName() {
    // the gazetteer's only "Central Province" is Zambia's
    EventAnchor e = killed("Landslides buried tea workers' homes in Sri Lanka's Central "
        + "Province on Monday, killing 16 people, the disaster centre said.", 16);
    assertEquals("Central Province", e.place());
    assertEquals("LK", e.country());
  }

  @Test
  void aCompassWordBeforeADivisionNamesIt() {
    EventAnchor e = killed("A boat capsized on a lake in Zambia's Western province on "
        + "Sunday, killing 11 people, police said.", 11);
    assertEquals("Western province", e.place());
    assertEquals("ZM", e.country());
  }

  @Test
  void theRegionsTollIsTheVillagesInAnUnlistedTownshipOfIt() {
    // the township the gazetteer lacks says nothing against Sagaing region holding the village
    EventAnchor e = killed("Junta jets bombed Kyun Taw village in Pale township on Tuesday. "
        + "The air strike in Sagaing region killed 37 people, residents said.", 37);
    assertEquals("Kyun Taw village", e.place());
    assertEquals("MM", e.country());
  }

  @Test
  void anArticleBeforeTheVerbOpensNoDescriptionOfTheName() {
    // "a mixed Sunni-Shiite town" describes; in "A mudslide hit Lembang Sawa district" the "a"
    // opens the subject
    EventAnchor e = killed("A mudslide hit Lembang Sawa district in South Sulawesi province on "
        + "Friday, killing nine people, officials said.", 9);
    assertEquals("Lembang Sawa district", e.place());
    assertEquals("ID", e.country());
  }

  @Test
  void aCountryAcrossTheBorderIsNotWhereTheFigureIs() {
    String body = "Gunmen attacked a village in Burkina Faso's Soum province on Sunday. The "
        + "attackers killed 14 people close to the border with Mali, officials said.";
    EventAnchor e = find(claims(body), Category.KILLED, 14).event();
    assertEquals("Soum province", e.place());
    assertEquals("BF", e.country());
  }

  @Test
  void aTownSomeDistanceAwayFromTheEventIsOnlyAPointOfReference() {
    String body = "Bandits blocked a road near Kango village in Zamfara state on Friday. "
        + "Residents said 18 people were kidnapped about eight kilometres away from Dauran "
        + "town.";
    EventAnchor e = find(claims(body), Category.CAPTURED, 18).event();
    assertEquals("Kango village", e.place());
    assertEquals("NG", e.country());
  }

  @Test
  void middleMayOpenARegionsName() {
    EventAnchor e = killed("Militants stormed an army base in Somalia's Middle Juba region on "
        + "Monday, killing nine soldiers, the army said.", 9);
    assertEquals("Middle Juba region", e.place());
    assertEquals("SO", e.country());
  }

  @Test
  void aPeninsulaOrAStraitIsThePlaceNotTheDatelinesCity() {
    EventAnchor peninsula = killed("TOKYO - A landslide struck Japan's Oshika peninsula on "
        + "Sunday, killing six people, the prefectural government said.", 6);
    assertEquals("Oshika peninsula", peninsula.place());
    assertEquals("JP", peninsula.country());
    EventAnchor strait = killed("JAKARTA - A ferry sank in the Lombok Strait on Friday, "
        + "killing seven passengers, the rescue agency said.", 7);
    assertEquals("Lombok Strait", strait.place());
    assertEquals("ID", strait.country());
  }

  @Test
  void aCountryMadeAModifierGivesNoCountryToAnUnlistedVillage() {
    // "U.S.-led" names who struck, not where: the village lies in the province before it
    EventAnchor e = killed("An air strike by the U.S.-led coalition on a village in Syria's "
        + "Deir ez-Zor province killed eight people, a local official said. The strike hit a "
        + "house in the village of al-Karama, the official said.", 8);
    assertEquals("al-Karama", e.place());
    assertEquals("SY", e.country());
  }

  @Test
  void aRiverYieldsToTheTownItsSentenceNamesWithItsKind() {
    // Bumba is a town of the gazetteer, which ranks below a name it lacks
    String body = "A boat capsized on the Lulonga river near the town of Bumba in Mongala "
        + "province on Friday, killing 20 people, officials said. Another 45 passengers were "
        + "missing, the officials said.";
    EventAnchor killed = find(claims(body), Category.KILLED, 20).event();
    assertEquals("Bumba", killed.place());
    // the next sentence's figure is not refined back to the river the town outranked
    EventAnchor missing = find(claims(body), Category.MISSING, 45).event();
    assertEquals("Bumba", missing.place());
    assertEquals("CD", missing.country());
  }

  @Test
  void theMainTownOfADistrictIsThePlaceNotTheDistrict() {
    EventAnchor e = killed("Gunmen fired on a bus near Torkhan, the main town of the Zarmast "
        + "tribal district, on Friday, killing seven people, police said.", 7);
    assertEquals("Torkhan", e.place());
  }

  @Test
  void aRiverTheVillagesLieAlongIsNotTheDistrictsFigure() {
    EventAnchor e = killed("Cholera has killed 14 people in Chikwawa district since January, the "
        + "health ministry said, as floods swept through villages along the Ruo river.", 14);
    assertEquals("Chikwawa district", e.place());
    assertEquals("MW", e.country());
  }

  @Test
  void aValleyOfADistrictLiesInItAndIsTheFinerPlace() {
    // "on the Lomami River in Tshopo province" yields to the province; "of" puts the valley in it
    EventAnchor e = killed("Militants attacked a checkpoint in the Shawal valley of North "
        + "Waziristan district overnight, killing six soldiers, the army said.", 6);
    assertEquals("Shawal valley", e.place());
  }

  @Test
  void aTownInARegionsPossessiveDistrictIsNotOutrankedByTheDistrict() {
    // "in Himachal Pradesh's Kullu district" says where Manali lies
    EventAnchor e = killed("A flash flood swept through a campsite near Manali in Himachal "
        + "Pradesh's Kullu district on Sunday, killing six tourists, officials said.", 6);
    assertEquals("Manali", e.place());
    assertEquals("IN", e.country());
  }

  @Test
  void aCountrysNameInALakesNameLiesInNoRegion() {
    // "Chad" of "Lake Chad" is read as a country, which no region of Cameroon holds
    EventAnchor e = killed("Militants attacked a fishing camp on the shore of Lake Chad in "
        + "Cameroon's Far North region overnight, killing nine fishermen, a local official "
        + "said.", 9);
    assertEquals("Far North region", e.place());
    assertEquals("CM", e.country());
  }

  @Test
  void aRoadBetweenTheTownsOfTwoPlacesIsInBothSoInTheirCountry() {
    EventAnchor e = killed("A truck carrying migrants overturned on the desert road between the "
        + "towns of Tasawa and Sabha on Monday, killing 14 people, the Red Crescent said.", 14);
    assertEquals("Libya", e.place());
    assertEquals("LY", e.country());
  }

  @Test
  void aBodysInitialsAreNoTownOfThatName() {
    // "Un" is a small town of India
    EventAnchor e = find(claims("Two peacekeepers killed in attack on UN convoy",
        "Two peacekeepers were killed when their convoy hit a mine on Friday, the mission said. "
            + "The convoy was on patrol in Mali's Kidal region."), Category.KILLED, 2).event();
    assertEquals("Kidal region", e.place());
    assertEquals("ML", e.country());
  }
}
