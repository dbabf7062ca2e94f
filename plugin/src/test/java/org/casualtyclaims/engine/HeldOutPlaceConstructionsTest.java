package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Place constructions that the held-out wire corpus showed (a country owning a district the
 * gazetteer lacks, the far side of a border, a plane's landing), in sentences written for the
 * project.
 */
class HeldOutPlaceConstructionsTest {
  @Test
  void aCountryOwningAnUnlistedDistrictIsItsCountry() {
    EventAnchor e = killed("Floodwater swept away a bridge in Nepal's Dolkhari district on "
        + "Tuesday, killing 14 people, police said.", 14);
    assertEquals("Dolkhari district", e.place());
    assertEquals("NP", e.country());
  }

  @Test
  void aCountryOfTwoWordsMayOwnTheDistrict() {
    EventAnchor e = killed("Cattle raiders attacked a camp in South Sudan's Mabor county on "
        + "Friday, killing 21 people, a local official said.", 21);
    assertEquals("Mabor county", e.place());
    assertEquals("SS", e.country());
  }

  @Test
  void aZoneIsADivisionKeptWithItsName() {
    EventAnchor e = killed("A mudslide buried homes in a remote part of southern Ethiopia's "
        + "Derashe zone overnight, killing 33 people, officials said.", 33);
    assertEquals("Derashe zone", e.place());
    assertEquals("ET", e.country());
  }

  @Test
  void aNameRunningIntoAWordOfNoPlaceIsNoPlace() {
    // "Operation" never names a place: the zone of an operation is no division
    EventAnchor e = killed("Three soldiers were killed in the Security Operation zone on Monday, "
        + "the army said.", 3);
    assertNull(e.place());
  }

  @Test
  void aDemonymBeforeBorderIsTheFarSide() {
    // the place is unlisted: the border's other side must not give it its country
    EventAnchor e = killed("NIAMEY - Gunmen attacked an army post near Kourfeyawa, close to "
        + "the Nigerian border, on Sunday, killing 17 soldiers, the defence ministry said.", 17);
    assertEquals("Kourfeyawa", e.place());
    assertEquals("NE", e.country());
  }

  @Test
  void aCountryAfterBorderWithIsTheFarSide() {
    EventAnchor e = killed("BAMAKO - Fighters ambushed a convoy near Tessaloumen, not far from "
        + "the border with Niger, on Friday, killing 26 soldiers, the army said.", 26);
    assertEquals("Tessaloumen", e.place());
    assertEquals("ML", e.country());
  }

  @Test
  void aBorderTownKeepsItsCountry() {
    EventAnchor e = killed("A car bomb exploded in the Turkish border town of Kilisar on "
        + "Monday, killing 9 people, officials said.", 9);
    assertEquals("TR", e.country());
  }

  @Test
  void aPlaneLandingIsWhereItCrashedThoughItCarriedPeople() {
    // "survivors who landed at Pozzallo" were taken there; a plane crashing while landing is
    // where the crash was, even when the people it carried come just before
    EventAnchor e = killed("NAIROBI - A small plane carrying 9 people crashed while landing in "
        + "Kisumu on Sunday. Rescuers recovered 7 bodies from the wreck, police said.", 7);
    assertEquals("Kisumu", e.place());
    assertEquals("KE", e.country());
  }

  @Test
  void pluralSettlementsOfADistrictLieInIt() {
    // "the provinces of Hama and al-Ghab" is a list; "three villages of Dolkhari district" is not
    EventAnchor e = killed("Mudslides buried houses in three villages of Dolkhari district "
        + "overnight, killing 15 people, police said.", 15);
    assertEquals("Dolkhari district", e.place());
  }

  @Test
  void whereSomeoneFledToIsNotTheEventsPlace() {
    EventAnchor e = killed("Raiders burned the village of Tondi-Kware in Niger's Tillaberi region "
        + "on Friday, residents said. A farmer who fled to the town of Tera told reporters 14 "
        + "people had died.", 14);
    assertEquals("Tondi-Kware", e.place());
    assertEquals("NE", e.country());
  }

  @Test
  void aNeighbourhoodOfACityIsTheFinerPlace() {
    // "the mainly Turkomen city of Tal Afar" names Tal Afar; "the Belair neighbourhood of
    // Port-au-Prince" names Belair, a part of the city
    EventAnchor e = killed("Gunmen killed 16 people in the Belair neighbourhood of Port-au-Prince "
        + "on Sunday, a rights group said.", 16);
    assertEquals("Belair neighbourhood", e.place());
    assertEquals("HT", e.country());
  }

  @Test
  void aCueOfARelativeClauseAfterTheFigureIsNotItsScope() {
    // "years of" counts a running total, but here it tells of the buildings, not the figure
    EventAnchor e = killed("Officials said 19 people were killed in Hama province, where houses "
        + "weakened by years of shelling collapsed.", 19);
    assertEquals(Scope.INCIDENT, e.scope());
  }

  @Test
  void theSamePeriodCarriesARunningTotalOn() {
    EventAnchor e = find(claims("The UN said 540 civilians had been killed in Darfur since "
        + "January. It said 812 people had been wounded in the same period."),
        Category.INJURED, 812).event();
    assertEquals(Scope.CUMULATIVE, e.scope());
  }

  @Test
  void aCapitalNamedAfterItsRegionIsThePlace() {
    // "in Nigeria's commercial capital Lagos" already; without the possessive, the same holds
    EventAnchor e = killed("A gas cylinder exploded at a market in the Sindh capital Karachi on "
        + "Monday, killing 6 people, police said.", 6);
    assertEquals("Karachi", e.place());
  }

  @Test
  void groznyIsSpeltAsTheNewsSpellsIt() {
    // the gazetteer's packages spell it Groznyy; tools/gazetteer/extra-places.tsv adds Grozny
    EventAnchor e = killed("A blast at a bus depot in Grozny killed 4 workers on "
        + "Tuesday, the regional health ministry said.", 4);
    assertEquals("Grozny", e.place());
    assertEquals("RU", e.country());
  }

  @Test
  void anAttackersOffensiveIsNotWhereItsTollCounts() {
    // "Israel's offensive": Israel attacks; the title names where
    EventAnchor e = killed("Explainer: counting the dead in Gaza\n\nThe health ministry in Gaza "
        + "put the toll from Israel's offensive at 38,000 killed on Monday.", 38000);
    assertEquals("Gaza", e.place());
    assertEquals("PS", e.country());
  }

  @Test
  void aRunningTotalOfAnAttackersOffensiveCountsWhereTheWarIsFought() {
    EventAnchor e = killed("Israeli air strikes hit Khan Younis in the Gaza Strip on Monday, "
        + "killing 9 people, the health ministry said. Israel says it targets only militants. "
        + "By its count, Israel's offensive has now killed more than 39,000 Palestinians since "
        + "October.", 39000);
    assertEquals("PS", e.country());
  }

  @Test
  void aCoastGuardSpeaksAndIsNoPlace() {
    EventAnchor e = killed("A dinghy capsized off Lesbos on Sunday and 7 migrants drowned, the "
        + "Aegean coast guard said.", 7);
    assertEquals("Lesbos", e.place());
  }

  @Test
  void aPlaceOffWhichABoatSankIsItsPlace() {
    // "off" puts an event at a name the gazetteer lacks as firmly as "near" does
    EventAnchor e = killed("A trawler sank off Kalamaki in southern Greece on Monday, and 11 "
        + "crew members drowned, officials said.", 11);
    assertEquals("Kalamaki", e.place());
    assertEquals("GR", e.country());
  }

  @Test
  void aNameBesideADescriptionOfASpeakingBodyIsThatBody() {
    // "Saba" is also a town of the gazetteer; here it is a news agency
    String body = "A shell hit a market in the Yemeni city of Taiz on Sunday, killing 6 people, "
        + "the city's health office said. Saba, the news agency of the government, said 19 "
        + "people were wounded.";
    EventAnchor e = find(claims(body), Category.INJURED, 19).event();
    assertEquals("Taiz", e.place());
    assertEquals("YE", e.country());
  }

  @Test
  void aNeighbouringCountryIsWhereItsOwnTotalCounts() {
    // "neighbouring" between "in" and the name still puts the figure there
    String body = "Measles has killed 140 children in Sudan since March, the health ministry "
        + "said. In neighbouring Chad, aid workers counted 31 deaths in refugee camps since May.";
    EventAnchor e = killed(body, 31);
    assertEquals("Chad", e.place());
    assertEquals("TD", e.country());
  }

  @Test
  void anAttackedHospitalIsWhereTheAttackWas() {
    // "a doctor at the hospital in Dnipro said" speaks from Dnipro; a hospital attacked is a target
    EventAnchor listed = killed("ABUJA - Gunmen attacked a market, a school and a clinic in "
        + "Damboa on Friday, killing 14 people, the army said.", 14);
    assertEquals("Damboa", listed.place());
    EventAnchor shelled = killed("KYIV - Artillery shelled a hospital in Kupiansk on Monday, "
        + "killing 3 people, officials said.", 3);
    assertEquals("Kupiansk", shelled.place());
  }

  @Test
  void aHospitalThatSpeaksStaysTheSpeakersPlace() {
    EventAnchor e = killed("A drone hit a bus in Nikopol on Monday, killing 5 people, a doctor "
        + "at the hospital in Dnipro said.", 5);
    assertEquals("Nikopol", e.place());
  }

  @Test
  void aTitlesVillageOfTheBodysRegionNamesNoVillage() {
    // "Magway village" in the title is a village of Magway region, which the body names
    String body = "Junta jets bomb Magway village, killing 19\n\nYANGON - An air strike on a "
        + "village in Myanmar's Magway region killed 19 people, a local official said. A monk "
        + "said 24 bodies had been recovered from the ruins.";
    assertEquals("Magway region", killed(body, 19).place());
    assertEquals("Magway region", killed(body, 24).place());
  }

  @Test
  void aLocalGovernmentAreaIsADivisionNotAnOffice() {
    // "Kabul police" speaks from Kabul; "Kauru local government area" is where the raid was
    EventAnchor e = find(claims("Gunmen abducted 41 people in a raid on farms in Kauru local "
        + "government area of Kaduna State, residents said."), Category.CAPTURED, 41).event();
    assertEquals("Kauru", e.place());
  }

  @Test
  void aCountryPeopleWereTakenAcrossTheBorderIntoIsNotWhereTheyWereSeized() {
    String body = "Rebels raided a boarding school in Uganda's Bundibugyo district on Friday, "
        + "killing 12 pupils, police said. Eight pupils were abducted and taken across the "
        + "border into Congo, the army said.";
    EventAnchor e = find(claims(body), Category.CAPTURED, 8).event();
    assertEquals("Bundibugyo district", e.place());
    assertEquals("UG", e.country());
  }

  @Test
  void aDatelineTownNamedForItsHospitalsIsNotTheEventsPlace() {
    String body = "PATNA, India - Lightning killed 21 people across Bihar state on Sunday, the "
        + "state disaster office said. Another 14 people were treated in hospitals in Patna and "
        + "Gaya, the office said.";
    EventAnchor e = find(claims(body), Category.INJURED, 14).event();
    assertEquals("Bihar state", e.place());
  }
}
