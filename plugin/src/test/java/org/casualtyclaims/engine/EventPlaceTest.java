package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The place a claim is tied to, per GUIDELINES.md "Where and what kind of event". */
class EventPlaceTest {
  @Test
  void theSentenceOwnPlaceWithGazetteerDetails() {
    EventAnchor e = find(claims("A car bomb killed 14 people in Kandahar on a busy morning, police said."),
        Category.KILLED, 14).event();
    assertEquals("Kandahar", e.place());
    assertEquals("Kandahār", e.placeName(), "the gazetteer's own spelling");
    assertEquals("AF", e.country());
    assertNotNull(e.region());
    assertEquals(31.6, e.lat(), 0.2);
    assertEquals(65.7, e.lon(), 0.2);
  }

  @Test
  void aFigureInheritsThePlaceOfAnEarlierSentence() {
    String body = "Gunmen stormed a checkpoint in Wardak province late on Friday. "
        + "Officials said nine guards were killed and four were hurt.";
    EventAnchor e = find(claims(body), Category.KILLED, 9).event();
    assertEquals("Wardak province", e.place());
    assertEquals("AF", e.country());
    assertEquals("AF", find(claims(body), Category.INJURED, 4).event().country());
  }

  @Test
  void aTownNameThatDescribesAnotherTownIsNotThePlace() {
    // "Meridian" is also a town of the United States; here it describes the town, as a demonym
    EventAnchor northern = find(claims("Rebels shelled the northern Meridian town overnight. "
        + "Officials said seven civilians were killed."), Category.KILLED, 7).event();
    assertNull(northern.country(), "not Meridian, US: " + northern.place());
    EventAnchor named = find(claims("Shells hit a market in the Meridian town of Tolvany, "
        + "killing five people, officials said."), Category.KILLED, 5).event();
    assertNull(named.country(), "not Meridian, US: " + named.place());
    // without "the", a town's name before "town" is the town's own
    EventAnchor own = find(claims("Eleven people were killed in Kisumu town when a building "
        + "collapsed, police said."), Category.KILLED, 11).event();
    assertEquals("KE", own.country());
  }

  @Test
  void theDatelineAnchorsABodyThatNamesNoPlace() {
    String body = "MOGADISHU, Somalia (AP) -- Twenty people died when a minibus left the road, "
        + "a traffic officer said.";
    EventAnchor e = find(claims(body), Category.KILLED, 20).event();
    assertEquals("Mogadishu", e.place());
    assertEquals("SO", e.country());
  }

  @Test
  void aShortDatelineWithADash() {
    String body = "KHARTOUM -- At least 31 people were killed when shells hit a market, "
        + "medics said.";
    EventAnchor e = find(claims(body), Category.KILLED, 31).event();
    assertEquals("Khartoum", e.place());
    assertEquals("SD", e.country());
  }

  @Test
  void theTitleAnchorsWhenTheBodyNamesNoPlace() {
    EventAnchor e = find(claims("Landslide buries homes in Nepal",
        "Rescuers said 16 villagers were killed as the hillside gave way before dawn."),
        Category.KILLED, 16).event();
    assertEquals("Nepal", e.place());
    assertEquals("NP", e.country());
  }

  @Test
  void theEventsPlaceNotTheSpeakers() {
    EventAnchor e = find(claims("The ministry in Kabul said 12 people were killed in Kunduz."),
        Category.KILLED, 12).event();
    assertEquals("Kunduz", e.place());
    EventAnchor possessive = find(claims(
        "Gaza's health ministry said 27 people were killed in Rafah overnight."),
        Category.KILLED, 27).event();
    assertEquals("Rafah", possessive.place());
    assertEquals("PS", possessive.country());
  }

  @Test
  void aNationalityIsNoPlace() {
    EventAnchor e = find(claims("About 500 North Korean troops were killed in Russia's Kursk "
        + "region, Western officials said."), Category.KILLED, 500).event();
    assertEquals("Kursk region", e.place());
    assertEquals("RU", e.country());
    assertEquals("Kursk Oblast", e.placeName());
    // with no place but the nationality, there is none
    EventAnchor none = find(claims("Officials said 40 North Korean soldiers were wounded."),
        Category.INJURED, 40).event();
    assertNull(none.place());
    assertNull(none.country());
  }

  @Test
  void theRegionOfANamedPlace() {
    EventAnchor e = find(claims("Officials said 60 soldiers were wounded in the Russian region of "
        + "Belgorod during the raid."), Category.INJURED, 60).event();
    assertEquals("Belgorod", e.place());
    assertEquals("RU", e.country());
  }

  @Test
  void aCountryUsedAsAModifierIsNoPlace() {
    String body = "Residents of a village in Helmand said an air strike killed eight farmers. "
        + "A US drone strike killed two more people, they said.";
    assertEquals("AF", find(claims(body), Category.KILLED, 2).event().country());
  }

  @Test
  void aGenericNounIsNoPlace() {
    EventAnchor e = find(claims("Police said 7 people were killed in the capital on Monday."),
        Category.KILLED, 7).event();
    assertNull(e.place());
  }

  @Test
  void anAmbiguousNameTakesTheCountryTheArticleNames() {
    String us = "A tornado tore through Atlanta suburbs overnight. Emergency crews said 11 "
        + "people were killed in Georgia.";
    assertEquals("US", find(claims(us), Category.KILLED, 11).event().country());
    String caucasus = "Floods swept through Tbilisi after days of rain. Officials said 11 people "
        + "were killed in Georgia.";
    assertEquals("GE", find(claims(caucasus), Category.KILLED, 11).event().country());
  }

  @Test
  void aTownNameOfSeveralCountriesTakesTheMostPopulousWithoutOtherClues() {
    EventAnchor e = find(claims("Shelling killed 5 people in Donetsk, the city's mayor said."),
        Category.KILLED, 5).event();
    assertEquals("UA", e.country());
  }

  @Test
  void anAliasNamesTheSamePlace() {
    EventAnchor e = find(claims("A missile strike killed 3 people in Kiev, the mayor said."),
        Category.KILLED, 3).event();
    assertEquals("Kiev", e.place());
    assertEquals("Kyiv", e.placeName());
    assertEquals("UA", e.country());
  }

  @Test
  void aPlaceTheGazetteerLacksTakesItsCountryFromTheStory() {
    String body = "Fighting flared in northern Mali this week. Soldiers said 6 herders were "
        + "killed in Tinzabar village on Sunday.";
    EventAnchor e = find(claims(body), Category.KILLED, 6).event();
    assertEquals("Tinzabar village", e.place());
    assertEquals("ML", e.country());
    assertNull(e.lat(), "no coordinates for a place the gazetteer lacks");
  }

  @Test
  void aWarTotalCountsWhereTheFightingIs() {
    String body = "Ukraine's drones struck two depots overnight, Kyiv said. "
        + "The defence ministry said Russia had suffered 650,000 casualties since the invasion "
        + "began.";
    EventAnchor e = find(claims(body), Category.CASUALTIES, 650000).event();
    assertEquals("UA", e.country());
    assertEquals(Scope.CUMULATIVE, e.scope());
  }
}
