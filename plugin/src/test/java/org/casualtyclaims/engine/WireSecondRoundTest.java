package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructions of wire reporting that the second held-out round of the wire corpus
 * (quality/corpus-wire.jsonl, w-096..w-185) showed the engine missing in more than one batch or
 * as a class: trailing and titled speakers, unnamed and anonymous office-holders, the bodies a
 * group or the state owns, hedges said of the figures, and figures' categories. Each is read
 * here in sentences of its own.
 */
class WireSecondRoundTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Floodwater swept away a minibus, killing 13 people, Deputy Mayor Lin Ortega said by "
          + "telephone.",
      "Floodwater swept away a minibus, killing 13 people, Lin Ortega, head of the county "
          + "fire service, said.",
      "Floodwater swept away a minibus, killing 13 people, Lin Ortega, a fire service captain, "
          + "told the local radio station."})
  void aTrailingSpeakerWithTitleOrDescriptionAndAChannelStillSpeaks(String text) {
    Claim c = find(claims(text), Category.KILLED, 13);
    assertEquals("Lin Ortega", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void aPlaceOrDayBeforeTheCommaIsNoNamedSpeaker() {
    Claim c = find(claims("Floodwater swept away a minibus in Ravenna, the port city, on "
        + "Tuesday, the fire service said, killing 13 people."), Category.KILLED, 13);
    assertEquals("fire service", c.source());
    Claim place = find(claims("Floodwater killed 13 people in Ravenna, the port city, police "
        + "said."), Category.KILLED, 13);
    assertEquals("police", place.source());
  }

  @Test
  void aReportPublishedByAnAgencyIsStillAPassive() {
    Claim c = find(claims("The storm killed 13 people, a report published by the weather agency "
        + "said."), Category.KILLED, 13);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Nine fans were crushed to death at the stadium gates, police said.",
      "Nine workers were burned to death in the warehouse fire, police said.",
      "Nine fans had been trampled to death at the stadium gates, police said."})
  void aParticipleBeforeToDeathKills(String text) {
    find(claims(text), Category.KILLED, 9);
  }

  @Test
  void aSentenceToDeathKillsNobody() {
    var claims = claims("Nine men were sentenced to death on Monday, the court said.");
    assertEquals(0, claims.stream().filter(c -> c.count() == 9).count(), claims.toString());
  }

  @Test
  void theNumberOfPeopleConfirmedDeadIsATally() {
    Claim c = find(claims("The number of people confirmed dead after the tunnel collapse rose to "
        + "44, the regional government said."), Category.KILLED, 44);
    assertEquals("regional government", c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The flooding killed 58 people, with 17 others missing, the disaster agency said, adding "
          + "that the figures were provisional.",
      "The disaster agency said the flooding killed 58 people and left 17 missing, and warned "
          + "that the figures were likely to change."})
  void aHedgeSaidOfTheFiguresBearsOnEachOfThem(String text) {
    var claims = claims(text);
    assertEquals(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 58).confidenceLabel());
    assertEquals(ConfidenceLabel.MEDIUM, find(claims, Category.MISSING, 17).confidenceLabel());
  }

  @Test
  void mayHaveKilledHedgesANamedSource() {
    Claim c = find(claims("The mudslide may have killed more than 300 people, the national "
        + "disaster agency said."), Category.KILLED, 300);
    assertEquals(ConfidenceLabel.MEDIUM, c.confidenceLabel());
  }

  @Test
  void aClaimTheOtherSideDeniedIsLow() {
    Claim c = find(claims("The rebels said they had captured 35 soldiers near the border, a claim "
        + "the army denied."), Category.CAPTURED, 35);
    assertEquals(SourceType.GROUP, c.sourceType());
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The district's police chief, who asked not to be named, said 21 people were killed.",
      "The rebel commander, who declined to be identified, said 21 people were killed.",
      "The provincial governor, speaking on condition of anonymity, said 21 people were killed."})
  void aSpeakerWhoIsNotToBeNamedIsAnonymous(String text) {
    Claim c = find(claims(text), Category.KILLED, 21);
    assertEquals(SourceType.ANONYMOUS, c.sourceType(), c.source());
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel());
  }

  @Test
  void aClauseThatNamesNoAnonymityLeavesTheSpeakerOnTheRecord() {
    Claim c = find(claims("The district's police chief, who was appointed last year, said 21 "
        + "people were killed."), Category.KILLED, 21);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A local hospital director said 27 people were wounded.",
      "A senior police commander said 27 people were wounded."})
  void anOfficeHolderOneAmongManyIsAnonymous(String text) {
    Claim c = find(claims(text), Category.INJURED, 27);
    assertEquals(SourceType.ANONYMOUS, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A local police spokesman said 27 people were wounded.",
      "The hospital director said 27 people were wounded."})
  void aSpokesmanOrTheOfficeHolderStaysOnTheRecord(String text) {
    Claim c = find(claims(text), Category.INJURED, 27);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @Test
  void aNameAfterARelativeClauseTakesTheRoleOfItsAntecedent() {
    Claim c = find(claims("A farmer who carried the injured to the clinic, Tomas Alves, said 22 "
        + "people had drowned."), Category.KILLED, 22);
    assertEquals("Tomas Alves", c.source());
    assertEquals(SourceType.WITNESS, c.sourceType());
  }

  @Test
  void anOutletQuotingASourceRelaysIt() {
    Claim c = find(claims("The state broadcaster, quoting a provincial official, said 22 people "
        + "had drowned."), Category.KILLED, 22);
    assertEquals(SourceType.ANONYMOUS, c.sourceType(), c.source());
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel());
  }

  @Test
  void aFigureWithAVerbOfItsOwnBorrowsNoCategory() {
    var claims = claims("The tunnel collapse killed 22 workers on Friday, and nine others were "
        + "stuck behind the rockfall, the mine operator said.");
    find(claims, Category.KILLED, 22);
    assertEquals(0, claims.stream().filter(c -> c.count() == 9).count(), claims.toString());
  }

  @Test
  void aBareSpokespersonSpeaksForTheInternationalBodyJustNamed() {
    var claims = claims("Militiamen killed 44 people in the valley, the UN refugee agency said. "
        + "Another 19 were injured, spokeswoman Mara Keel told reporters in Geneva.");
    Claim c = find(claims, Category.INJURED, 19);
    assertEquals("Mara Keel", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
    Claim police = find(claims("Militiamen killed 44 people in the valley, the UN refugee agency "
        + "said. Another 19 were injured, police spokeswoman Mara Keel told reporters."),
        Category.INJURED, 19);
    assertEquals(SourceType.OFFICIAL, police.sourceType(), "a spokeswoman who names her body");
  }

  @Test
  void closerToIsApproximate() {
    Claim c = find(claims("A local doctor said the toll was closer to 80."), Category.KILLED, 80);
    assertEquals(Qualifier.APPROXIMATE, c.qualifier());
  }

  @Test
  void theAdministrationAGroupRunsIsOfficialAndSoIsItsSpokesman() {
    Claim spokesman = find(claims("The landslide buried 64 villagers, the Taliban administration's "
        + "spokesman, Karim Sadiq, said."), Category.KILLED, 64);
    assertEquals(SourceType.OFFICIAL, spokesman.sourceType(), spokesman.source());
    Claim body = find(claims("The Taliban administration said the landslide killed 64 villagers."),
        Category.KILLED, 64);
    assertEquals(SourceType.OFFICIAL, body.sourceType(), body.source());
    Claim group = find(claims("A Taliban spokesman said the raid killed 64 soldiers."),
        Category.KILLED, 64);
    assertEquals(SourceType.GROUP, group.sourceType(), "the group's own spokesman stays the group's");
  }

  @Test
  void aNameAfterARelativeClauseSetOffByCommasTakesTheRoleBeforeIt() {
    Claim c = find(claims("A fisherman, who would give only his first name, Tomas, said 22 "
        + "people had drowned."), Category.KILLED, 22);
    assertEquals(SourceType.WITNESS, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The number of people killed in the fighting has passed 3,000, the health ministry said.",
      "The number of people killed in the fighting exceeded 3,000, the health ministry said."})
  void aTallyThatPassesAFigureIsAtLeastIt(String text) {
    Claim c = find(claims(text), Category.KILLED, 3000);
    assertEquals(Qualifier.AT_LEAST, c.qualifier());
  }

  @Test
  void aFigureGivenWithoutEvidenceIsLow() {
    Claim c = find(claims("The army says it has killed 400 insurgents this year, without providing "
        + "evidence."), Category.KILLED, 400);
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel());
  }

  @Test
  void anInvestigativeCommitteeIsAStateBody() {
    Claim c = find(claims("The fire at the shopping centre killed 41 people, the country's "
        + "Investigative Committee said."), Category.KILLED, 41);
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @Test
  void soldiersWhoSurrenderedAreCaptured() {
    Claim c = find(claims("Twelve border guards surrendered to the insurgents on Sunday, the "
        + "rebels said."), Category.CAPTURED, 12);
    assertEquals(SourceType.GROUP, c.sourceType(), c.source());
  }

  @Test
  void ofTwoSourcesJoinedByAndTheFirstSpeaksFirst() {
    Claim c = find(claims("Shelling killed 31 people in the market, villagers and an official of "
        + "the district council said."), Category.KILLED, 31);
    assertEquals("villagers", c.source());
    assertEquals(SourceType.WITNESS, c.sourceType());
  }

  @Test
  void aStateBodyAGroupIsSaidToOwnIsOfficialAndSoIsItsSpokesman() {
    Claim spokesman = find(claims("Karim Sadiq, a spokesman for the Taliban's disaster ministry, "
        + "said 58 people had drowned."), Category.KILLED, 58);
    assertEquals(SourceType.OFFICIAL, spokesman.sourceType(), spokesman.source());
    Claim group = find(claims("The Taliban's spokesman said 58 soldiers had died."),
        Category.KILLED, 58);
    assertEquals(SourceType.GROUP, group.sourceType(), group.source());
  }

  @Test
  void aRecordInWhatASpeakerSaidIsNoSpeakerOfTheNextClause() {
    Claim rebels = find(claims("The insurgents said the government's figures were invented and "
        + "that their fighters had captured 64 soldiers."), Category.CAPTURED, 64);
    assertEquals(SourceType.GROUP, rebels.sourceType(), rebels.source());
    Claim agency = find(claims("Officials said the disaster agency's latest count stood at 64 dead."),
        Category.KILLED, 64);
    assertEquals(SourceType.OFFICIAL, agency.sourceType(), "a record that gives the figure speaks");
  }

  @Test
  void aBodyTheGovernmentAppointedIsOfficial() {
    Claim appointed = find(claims("A government-appointed inquiry committee said it had counted 212 "
        + "deaths."), Category.KILLED, 212);
    assertEquals(SourceType.OFFICIAL, appointed.sourceType(), appointed.source());
    Claim plain = find(claims("An inquiry committee of lawyers said it had counted 212 deaths."),
        Category.KILLED, 212);
    assertEquals(SourceType.INTERNATIONAL, plain.sourceType(), plain.source());
  }

  @Test
  void captivesKilledInARaidAreDeadAndCaptivesFreedAreNoClaim() {
    var headline = claims("Nine hostages killed in rescue attempt", "Troops stormed the compound.");
    find(headline, Category.KILLED, 9);
    assertEquals(0, headline.stream().filter(c -> c.category() == Category.CAPTURED).count(),
        headline.toString());
    var freed = claims("The army said 12 gunmen had been killed and 85 hostages freed.");
    assertEquals(0, freed.stream().filter(c -> c.count() == 85).count(), freed.toString());
    Claim both = find(claims("Nine hostages and all three kidnappers were killed, the army said."),
        Category.KILLED, 9);
    assertEquals(SourceType.OFFICIAL, both.sourceType(), both.source());
  }

  @Test
  void homicidesAreDeathsAndPeopleTakenToHospitalsAreInjured() {
    find(claims("The state prosecutor's office has recorded 311 homicides this year."),
        Category.KILLED, 311);
    find(claims("The mayor said 19 passengers had been taken to hospitals in the city."),
        Category.INJURED, 19);
  }

  @Test
  void clanEldersAreWitnesses() {
    Claim c = find(claims("The air strike killed seven herders, clan elders said."),
        Category.KILLED, 7);
    assertEquals(SourceType.WITNESS, c.sourceType(), c.source());
  }
}
