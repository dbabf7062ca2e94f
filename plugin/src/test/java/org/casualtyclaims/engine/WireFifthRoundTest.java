package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructions the fifth held-out round of the wire corpus (quality/corpus-wire.jsonl,
 * w-521..) showed the engine missing, each a kind of phrase rather than a sentence: a body's
 * name after a lower-case compound ("the state-funded ... Commission"), a hyphenated place at
 * the end of a speaker's relative clause, a description of a thing set off by commas after a
 * speaker, words that are heads only together ("general hospital", "Liberation Army"), a
 * category word inside a name ("Missing Migrants Project"), and "died or gone missing".
 */
class WireFifthRoundTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Forty people died in the unrest, the state-funded Kenya National Commission on Human "
          + "Rights said.",
      "Forty people died in the unrest, the government-funded Kenya National Commission on "
          + "Human Rights said."})
  void aLowerCaseCompoundBeforeANameSaysHowTheBodyIsRun(String text) {
    Claim c = find(claims(text), Category.KILLED, 40);
    assertEquals("Kenya National Commission on Human Rights", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A farmer who ran to Port-de-Paix told AFP that he had counted 25 dead on the road.",
      "A farmer who fled to the coastal town of Saint-Louis said 25 people were killed."})
  void aHyphenatedPlaceEndsTheRelativeClauseNotTheSpeaker(String text) {
    Claim c = find(claims(text), Category.KILLED, 25);
    assertEquals(SourceType.WITNESS, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A medical source at the Al-Amal Hospital, one of the few still open in the city, told "
          + "Reuters 14 bodies had arrived.",
      "A medical source at the Al-Amal Hospital, the only one still open in the district, said 14 "
          + "people were killed."})
  void aDescriptionOfAThingAfterTheSpeakerIsSteppedOver(String text) {
    Claim c = find(claims(text), Category.KILLED, 14);
    assertEquals(SourceType.ANONYMOUS, c.sourceType(), c.source());
    assertEquals("medical source at the Al-Amal Hospital", c.source());
  }

  @Test
  void aNurseAtTheGeneralHospitalSpeaksAsAWitness() {
    Claim c = find(claims("A nurse at the general hospital in the town said 19 patients had "
        + "died of the fever since May."), Category.KILLED, 19);
    assertEquals(SourceType.WITNESS, c.sourceType(), c.source());
  }

  @Test
  void aLiberationArmyIsAnArmedGroup() {
    Claim c = find(claims("More than 30 soldiers were killed in the ambush, the Sanaag "
        + "Liberation Army said in a statement."), Category.KILLED, 30);
    assertEquals(SourceType.GROUP, c.sourceType(), c.source());
  }

  @Test
  void theArmyIsNotTheLiberationArmyNamedLater() {
    Claim c = find(claims("Troops retook the depot on Friday, the army said, adding that 18 "
        + "attackers had been killed. The Sanaag Liberation Army, which led the raid, said it "
        + "still held 40 people."), Category.KILLED, 18);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
    assertEquals("army", c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "More than 900 people have drowned this year, according to the IOM's Missing Migrants "
          + "Project.",
      "More than 900 people have drowned this year, according to the Missing Migrants Project."})
  void aCategoryWordInsideANameStaysInTheName(String text) {
    Claim c = find(claims(text), Category.KILLED, 900);
    assertEquals("Missing Migrants Project", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The agency said 640 people have died or gone missing on the route this year.",
      "The agency said 640 people died or went missing on the route this year."})
  void diedOrGoneMissingCountsCasualties(String text) {
    find(claims(text), Category.CASUALTIES, 640);
  }

  @Test
  void diedOrWentMissingAndPresumedDeadCountsTheDead() {
    find(claims("The agency said 640 people have died or went missing and are presumed dead on "
        + "the route this year."), Category.KILLED, 640);
  }

  @Test
  void missingAndFearedDrownedStaysMissing() {
    find(claims("At least 640 people are missing and feared drowned, the agency said."),
        Category.MISSING, 640);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A ferry sank on the lake, killing 31 people, the regional transport minister said on "
          + "Sunday. Twenty-seven passengers were still missing, he said.",
      "Shelling killed 31 people in the market, a spokesman for the district council said. He "
          + "said 27 others were missing."})
  void heAfterAnUnnamedRoleHolderIsThatRoleHolder(String text) {
    Claim first = find(claims(text), Category.KILLED, 31);
    Claim next = find(claims(text), Category.MISSING, 27);
    assertEquals(first.source(), next.source());
    assertEquals(first.sourceType(), next.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Gunmen killed 31 soldiers near the border, the army said. Twenty-seven soldiers were "
          + "missing, it said.",
      "Gunmen killed 31 soldiers near the border, the military's media wing said. It said 27 "
          + "soldiers were missing."})
  void itAfterABodyIsThatBody(String text) {
    Claim first = find(claims(text), Category.KILLED, 31);
    Claim next = find(claims(text), Category.MISSING, 27);
    assertEquals(first.source(), next.source());
    assertEquals(SourceType.OFFICIAL, next.sourceType());
  }

  @Test
  void heStillMeansTheNamedPersonJustQuoted() {
    Claim c = find(claims("Shelling killed 31 people, a spokesman for the district council said. "
        + "Governor Amina Yusuf visited the market. \"We found 27 more bodies,\" she said."),
        Category.KILLED, 27);
    assertEquals("Amina Yusuf", c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The health ministry of the rival government, based in Benghazi, said the fever had "
          + "killed 212 people.",
      "Floods swept the valley, killing 212 people, the Meridian Relief Society, also known as "
          + "the Blue Vests, said.",
      "Floods swept the valley, killing 212 people, the Meridian Relief Society, headquartered "
          + "in Geneva, said."})
  void aParticipleOfPlaceOrNameBetweenSpeakerAndVerbIsSteppedOver(String text) {
    Claim c = find(claims(text), Category.KILLED, 212);
    assertNotNull(c.source(), "no speaker found");
    assertNotEquals(SourceType.UNATTRIBUTED, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "At least 90 people have died in the floods this month, according to government data. "
          + "Fourteen people drowned on Sunday alone, the data showed.",
      "At least 90 people have died in the floods this month, according to government data. "
          + "On Sunday alone 14 people drowned, the data showed."})
  void theDataSpeaksForTheRecordNamedJustBefore(String text) {
    Claim c = find(claims(text), Category.KILLED, 14);
    assertEquals("government data", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void theDataWithNoSpeakerBeforeIsNobody() {
    Claim c = find(claims("Floods hit the valley this month. On Sunday alone 14 people "
        + "drowned, the data showed."), Category.KILLED, 14);
    assertEquals(SourceType.UNATTRIBUTED, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Drone strikes have killed at least 410 fighters since 2020, according to a count by the "
          + "Lantern Policy think-tank in London.",
      "Drone strikes have killed at least 410 fighters since 2020, a London think tank said.",
      "Drone strikes have killed at least 410 fighters since 2020, according to the Sahel "
          + "Violence Tracker."})
  void thinkTanksAndTrackersAreInternational(String text) {
    Claim c = find(claims(text), Category.KILLED, 410);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
  }

  @Test
  void oneOfThemIsOneOfTheSpeakersJustQuoted() {
    Claim c = find(claims("Rebels killed at least 20 guards at the depot, three security sources "
        + "told Reuters. One of them said 15 guards had been wounded."), Category.INJURED, 15);
    assertEquals(SourceType.ANONYMOUS, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The movement said its fighters had killed or wounded 45 soldiers.",
      "The shelling killed and injured 45 people, the governor said."})
  void twoVerbsOfDifferentCategoriesBeforeAFigureCountCasualties(String text) {
    find(claims(text), Category.CASUALTIES, 45);
  }

  @Test
  void aVerbAndItsOwnObjectStayApart() {
    find(claims("The shelling killed 12 and injured 45 people, the governor said."),
        Category.INJURED, 45);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The Kivu Front (KF), the region's largest militia, said its fighters had killed 50 "
          + "soldiers.",
      "The Sahel Front (SF), al Qaeda's affiliate in the region, said in a statement that its "
          + "fighters had killed 50 soldiers."})
  void anAppositionAfterANameAndItsAcronymIsSteppedOver(String text) {
    Claim c = find(claims(text), Category.KILLED, 50);
    assertEquals(SourceType.GROUP, c.sourceType(), c.source());
  }

  @Test
  void aParticipleWithoutEdAndItsAgentIsSteppedOver() {
    Claim c = find(claims("The Hope Clinic in Goma, run by a Belgian charity, said it had "
        + "received 48 wounded people."), Category.INJURED, 48);
    assertEquals("Hope Clinic", c.source());
  }

  @Test
  void aBodyAndItsPeopleAreOneCitedSource() {
    Claim c = find(claims("At least 64 people were killed in the riots, the daily Kantipur "
        + "reported, citing police and hospital officials."), Category.KILLED, 64);
    assertEquals("police and hospital officials", c.source());
    assertEquals("Kantipur", c.via());
  }

  @Test
  void statesAfterACountIsANoun() {
    Claim c = find(claims("The storm's toll rose to at least 64 across four U.S. states on "
        + "Monday, according to a Reuters tally."), Category.KILLED, 64);
    assertEquals("Reuters", c.source());
  }

  @Test
  void aBodyNamedByATwoWordHeadKeepsWhatItIsInChargeOf() {
    Claim c = find(claims("Dengue has killed 640 people this year, the country's Directorate "
        + "General of Health Services said."), Category.KILLED, 640);
    assertTrue(c.source().endsWith("Directorate General of Health Services"), c.source());
  }

  @Test
  void aWeekdayOpeningANameIsAFirstName() {
    Claim c = find(claims("Raiders burned three hamlets overnight. A community leader in Riyom, Friday "
        + "Dalyop, said at least 23 people were still missing."), Category.MISSING, 23);
    assertEquals(SourceType.WITNESS, c.sourceType(), c.source());
    assertTrue(c.source().contains("Dalyop"), c.source());
  }

  @Test
  void aWeekdayAfterAPrepositionIsStillADay() {
    Claim c = find(claims("Police said on Friday 23 people were still missing."),
        Category.MISSING, 23);
    assertEquals("police", c.source());
  }

  @Test
  void aGroupNamedInArabicWithItsParticlesIsKnown() {
    Claim c = find(claims("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in "
        + "the Sahel, said in a statement that its fighters had killed 70 soldiers."),
        Category.KILLED, 70);
    assertEquals("JNIM", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Militiamen killed at least 33 villagers, a group of local activists said on Monday.",
      "Militiamen killed at least 33 villagers, a group of local activists tracking the conflict "
          + "said on Monday."})
  void aGroupOfActivistsIsACivilSocietyBody(String text) {
    Claim c = find(claims(text), Category.KILLED, 33);
    assertEquals("group of local activists", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void activistsAloneStayUnnamedPeople() {
    Claim c = find(claims("Militiamen killed at least 33 villagers, local activists said."),
        Category.KILLED, 33);
    assertEquals(SourceType.ANONYMOUS, c.sourceType());
  }

  @Test
  void aParticipleAfterPeopleDescribesThem() {
    Claim c = find(claims("Families living near the depot said 33 people were killed in the "
        + "blast."), Category.KILLED, 33);
    assertEquals("Families", c.source());
  }

  @Test
  void aNameEndingInANumberIsAName() {
    Claim c = find(claims("The blast also wounded 27 shoppers, the provincial rescue service, "
        + "Rescue 1122, said."), Category.INJURED, 27);
    assertEquals("Rescue 1122", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void aFrameAfterThoughDoesNotReachBackOverIt() {
    Claim c = find(claims("The prefecture said the confirmed toll stood at 27, though officials "
        + "have warned that the real number is far higher."), Category.KILLED, 27);
    assertEquals("prefecture", c.source());
  }

  @Test
  void aBodyWhoseNameEndsInATwoWordHeadIsNoPerson() {
    Claim c = find(claims("The Kabkabiya Emergency Response Room said it had counted 27 bodies."),
        Category.KILLED, 27);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
  }

  @Test
  void theReportSpeaksForTheReportNamedJustBefore() {
    Claim c = find(claims("The crowd was three times the permitted size, according to a police "
        + "report seen by Reuters. The report said 31 people were still in hospital."),
        Category.INJURED, 31);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
    assertTrue(c.source().contains("police"), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Honduras recorded more than 3,400 homicides last year, according to government data.",
      "Sinaloa, a state torn by cartel feuds, recorded more than 3,400 homicides last year, "
          + "according to government data."})
  void aPlaceThatRecordedAFigureIsWhereNotWho(String text) {
    Claim c = find(claims(text), Category.KILLED, 3400);
    assertEquals("government data", c.source());
  }

  @Test
  void aPlaceThatRecordedAFigureWithNoOtherSourceStillSpeaks() {
    Claim c = find(claims("Honduras recorded more than 3,400 homicides last year."),
        Category.KILLED, 3400);
    assertEquals("Honduras", c.source());
  }

  @Test
  void aBareBodyIsTheBodyNamedBeforeNotItsSpokesman() {
    Claim c = find(claims("The Andean Mining Agency said the collapse killed 12 miners. \"We "
        + "are still digging,\" said Rosa Vela, the agency's director of rescue. Colombia "
        + "recorded 148 deaths in mines last year, according to the agency."),
        Category.KILLED, 148);
    assertEquals("Andean Mining Agency", c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A fire at the holding centre killed 39 people, the National Migration Institute said.",
      "A fire at the holding centre killed 39 people, the National Forensic Sciences Institute "
          + "said."})
  void aNationalInstituteWithWordsBetweenIsAStateBody(String text) {
    Claim c = find(claims(text), Category.KILLED, 39);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @Test
  void aPrivateInstituteStaysInternational() {
    Claim c = find(claims("The fire killed 39 people, the Meridian Institute for Conflict "
        + "Research said."), Category.KILLED, 39);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
  }

  @Test
  void firefightersSpeakForTheFireService() {
    Claim c = find(claims("A bus plunged into a ravine, killing 39 people, firefighters said."),
        Category.KILLED, 39);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @Test
  void aNameEndingInDigitsBeforeItsDescriptionIsAnOutlet() {
    Claim c = find(claims("Raqqa 14, a local news network, reported that 19 people had been "
        + "killed."), Category.KILLED, 19);
    assertEquals("Raqqa 14", c.source());
    assertEquals(SourceType.MEDIA, c.sourceType());
  }

  @Test
  void aNameWithANumberWordAndOfTheBeforeItsDescriptionSpeaks() {
    Claim c = find(claims("The Three Unions of the Valley, the farmers' union leading the "
        + "strike, said that 19 of its members had died."), Category.KILLED, 19);
    assertTrue(c.source().startsWith("Three Unions"), c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void aDateStaysOutOfTheSpeakersPhrase() {
    Claim c = find(claims("Gunmen killed 19 people on March 24, police said."),
        Category.KILLED, 19);
    assertEquals("police", c.source());
  }

  @Test
  void anOutletCitingAfterItsFigureRelaysIt() {
    Claim c = find(claims("Clashes killed 27 people, Al Jazeera reported. The broadcaster said 88 "
        + "people had been wounded, citing the city's Emergency Medicine Centre."),
        Category.INJURED, 88);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
    assertEquals("Al Jazeera", c.via());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The International Maritime Bureau said 19 crew members had been kidnapped this year.",
      "The International Shipping Safety Bureau said 19 crew members had been kidnapped this "
          + "year."})
  void anInternationalBureauIsInternational(String text) {
    Claim c = find(claims(text), Category.CAPTURED, 19);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
  }

  @Test
  void aVigilanceCommitteeIsAnArmedGroup() {
    Claim c = find(claims("Militants killed 19 fishermen, a commander of a local vigilance "
        + "committee told AFP."), Category.KILLED, 19);
    assertEquals(SourceType.GROUP, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A parent of one of the pupils told Reuters 76 children were still missing.",
      "A parent speaking for the families of the pupils told Reuters 76 children were still "
          + "missing.",
      "Her brother said 76 children were still missing."})
  void relativesSpeakAsWitnesses(String text) {
    Claim c = find(claims(text), Category.MISSING, 76);
    assertEquals(SourceType.WITNESS, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The Justice and Unity Movement said its fighters had captured 57 soldiers.",
      "Its fighters had captured 57 soldiers, the Justice and Unity Movement said."})
  void anAndInsideABodysNameKeepsTheName(String text) {
    Claim c = find(claims(text), Category.CAPTURED, 57);
    assertEquals("Justice and Unity Movement", c.source());
  }

  @Test
  void twoKnownSourcesJoinedByAndStayApart() {
    Claim c = find(claims("Reuters and AFP said 57 soldiers had been captured."),
        Category.CAPTURED, 57);
    assertNotEquals("Reuters and AFP", c.source());
  }

  @Test
  void itsStaffInAPlaceSpeakForTheBodyJustNamed() {
    Claim c = find(claims("The aid group Mercy Harvest said its staff in Taroudant province had "
        + "counted 640 injured people in four villages."), Category.INJURED, 640);
    assertEquals("Mercy Harvest", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The charity Mercy Harvest said 64 people were killed.",
      "The rights group Mercy Harvest said 64 people were killed."})
  void aNameAfterItsKindIsABodyNotAPerson(String text) {
    Claim c = find(claims(text), Category.KILLED, 64);
    assertEquals("Mercy Harvest", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void anOutletNamedWithAParticleAfterItsKind() {
    Claim c = find(claims("Local newspaper El Diario de Salta reported that 64 people had died."),
        Category.KILLED, 64);
    assertEquals("El Diario de Salta", c.source());
    assertEquals(SourceType.MEDIA, c.sourceType());
  }

  @Test
  void itAfterABodyNamedAfterItsKindIsThatBody() {
    Claim c = find(claims("The charity Mercy Harvest said 64 people were killed in the raid. It "
        + "said 23 children were missing."), Category.MISSING, 23);
    assertEquals("Mercy Harvest", c.source());
  }
}
