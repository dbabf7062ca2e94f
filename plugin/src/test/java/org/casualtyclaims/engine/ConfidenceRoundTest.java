package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classes of the confidence label that the held-out confidence round (quality/corpus-wire.jsonl,
 * w-581..) showed the engine getting wrong, each also wrong in the other corpora: disclaimers
 * that say "none/neither ... could be verified" or "impossible to confirm", disputes by another
 * party (in a sentence of their own or an appositive of the figures), the battlefield
 * disclaimer that leaves a governor's civilian toll alone, a hedge cut off by a new statement,
 * a later sentence that calls the figures provisional, the missing who are feared dead, and the
 * two counts of a correction.
 */
class ConfidenceRoundTest {

  private static void assertLabel(ConfidenceLabel expected, Claim c) {
    assertEquals(expected, c.confidenceLabel(), c.source() + " " + c.confidenceReasons());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The army said its troops killed 140 rebels near the pass. Neither side's figures could be "
          + "independently verified.",
      "The army said its troops killed 140 rebels near the pass. None of the claims could be "
          + "independently confirmed.",
      "The army said its troops killed 140 rebels near the pass. The toll was impossible to "
          + "confirm."})
  void aDisclaimerWithoutItsOwnNegationStillDisclaims(String text) {
    assertLabel(ConfidenceLabel.LOW, find(claims(text), Category.KILLED, 140));
  }

  @Test
  void aDenialInTheNextSentenceDisputesTheFiguresJustGiven() {
    List<Claim> claims = claims("The rebel front said on Sunday it had killed 60 soldiers and "
        + "captured 14 near the airport. The army denied the claim. Army spokesman Tomas Vell said "
        + "four soldiers had died in the fighting.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 60));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.CAPTURED, 14));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 4));
  }

  @Test
  void aRejectionOfWhatItsOwnSentenceReportsLeavesEarlierFiguresAlone() {
    Claim c = find(claims("The coalition said its forces killed four gunmen in the raid. The "
        + "statement said the raid was planned with local police - but the governor rejected the "
        + "claim, saying police had not been told."), Category.KILLED, 4);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void theDisputersOwnCountAfterItsRejectionKeepsItsConfidence() {
    Claim c = find(claims("The army rejected the claim and said four soldiers had died in the "
        + "fighting."), Category.KILLED, 4);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "An air strike on a market killed 23 people, the health ministry said, a toll the army "
          + "disputed.",
      "An air strike on a market killed 23 people, the health ministry said, a figure the army "
          + "rejected.",
      "Ministry says 23 killed in market strike; army disputes toll"})
  void aFigureAnotherPartyDisputesIsLow(String text) {
    assertLabel(ConfidenceLabel.LOW, find(claims(text), Category.KILLED, 23));
  }

  @Test
  void aBattlefieldDisclaimerLeavesTheCiviliansOfTheStoryAlone() {
    List<Claim> claims = claims("A drone hit a bus near the town, killing five people and "
        + "wounding 12, the regional governor, Anna Petrenko, said. The defence ministry said its "
        + "forces had killed up to 80 enemy soldiers near the river. Neither side's battlefield "
        + "claims could be independently verified.");
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 5));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.INJURED, 12));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 80));
  }

  @Test
  void aDisclaimerOfEveryFigureStillReachesTheCivilians() {
    Claim c = find(claims("A drone hit a bus near the town, killing five people, the regional "
        + "governor, Anna Petrenko, said. The defence ministry said its forces had killed up to 80 "
        + "enemy soldiers. None of the figures could be independently verified."),
        Category.KILLED, 5);
    assertLabel(ConfidenceLabel.LOW, c);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The group said the raid was feared to have killed dozens and said it had identified 9 of "
          + "the dead by name.",
      "\"Nobody else is thought to be under the rubble,\" the fire chief, Omar Reyes, said, adding "
          + "that 9 people were in hospital with injuries."})
  void aHedgeBeforeANewStatementStaysInTheStatementBefore(String text) {
    List<Claim> claims = claims(text);
    Claim c = claims.stream().filter(x -> x.count() == 9).findFirst().orElseThrow();
    assertEquals(ConfidenceLabel.HIGH, c.confidenceLabel(), c.confidenceReasons().toString());
  }

  @Test
  void aHedgeBeforeTheSpeakersOwnVerbStillBearsOnTheFigure() {
    Claim c = find(claims("The ministry reportedly said 9 people were killed."), Category.KILLED,
        9);
    assertLabel(ConfidenceLabel.LOW, c);
  }

  @Test
  void aLaterSentenceCallingTheFiguresProvisionalMakesThemMedium() {
    Claim c = find(claims("At least 52 people were killed in the quake, the civil defence "
        + "agency said. Its director gave the figures at a briefing but stressed the figures were "
        + "provisional."), Category.KILLED, 52);
    assertLabel(ConfidenceLabel.MEDIUM, c);
  }

  @Test
  void aProvisionalRemarkAboutSomethingElseLeavesTheFiguresAlone() {
    Claim c = find(claims("At least 52 people were killed in the quake, the civil defence "
        + "agency said. A provisional shelter was set up in the stadium."), Category.KILLED, 52);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void theMissingFearedDeadStayMissingOnTheSourcesWord() {
    Claim c = find(claims("The six climbers who remain missing on the glacier are believed to "
        + "be dead, the mountain rescue service said."), Category.MISSING, 6);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void theMissingBelievedMissingAreStillHedged() {
    Claim c = find(claims("Six climbers are believed to be missing on the glacier, the mountain "
        + "rescue service said."), Category.MISSING, 6);
    assertLabel(ConfidenceLabel.LOW, c);
  }

  @Test
  void theCountACorrectionReplacedInTheNextSentenceIsLow() {
    List<Claim> claims = claims("Police lowered the toll from the bus crash to 15 on Friday, "
        + "saying four bodies had been counted twice.\n\nPolice had earlier said 19 people died.");
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 15));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 19));
  }

  @Test
  void anEarlierCountMerelyOvertakenKeepsItsConfidence() {
    Claim c = find(claims("The toll from the bus crash rose to 21 on Friday, police said.\n\n"
        + "Police had earlier said 19 people died."), Category.KILLED, 19);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void theCorrectTollAfterARetractionKeepsItsConfidence() {
    List<Claim> claims = claims("The state broadcaster retracted its report that 40 people had "
        + "died in the blaze, saying the correct toll was 12.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 40));
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 12));
  }

  @Test
  void aPluralDisclaimerSpeaksOfItsPassageNotOfFiguresBeforeAnAside() {
    List<Claim> claims = claims("The interior ministry said on Friday that 310 people had died "
        + "in the October floods.\n\nThe ministry said relief convoys had reached the north.\n\n"
        + "Aid groups said roads were still cut.\n\nTalks on reconstruction funds begin next "
        + "week.\n\nIn the border town, a shell struck a school, killing 13 people, the mayor "
        + "said. A second strike killed 6 at a market, residents said.\n\nThe news agency could "
        + "not immediately confirm the tolls.");
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 310));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 13));
  }

  @Test
  void aPluralDisclaimerRightAfterItsFiguresReachesThemAll() {
    List<Claim> claims = claims("The interior ministry said 310 people had died in the floods. "
        + "In the border town, a shell struck a school, killing 13 people, the mayor said. The "
        + "news agency could not immediately confirm the tolls.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 310));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 13));
  }

  @Test
  void aCountItsSourceRevisedDownStaysCorrectedWhenTheSourceRepeatsIt() {
    List<Claim> claims = claims("The government on Friday revised down the toll of the hotel "
        + "siege from 140 to about 110.\n\nThe government had said on Monday that 140 people were "
        + "killed in the siege.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 140));
  }

  @Test
  void deathsStillBeingVerifiedAreLowAndTheConfirmedTollIsNot() {
    List<Claim> claims = claims("The cyclone killed 17 people, the disaster agency said on "
        + "Monday, adding that 9 more deaths were still being verified.");
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 17));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 9));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The army said its forces killed 85 rebels near the dam. The rebels said the claim was "
          + "false.",
      "The army said its forces killed 85 rebels near the dam, a claim Kestrel Front did not "
          + "address.",
      "The army said its forces killed 85 rebels near the dam, an account the rebels called "
          + "propaganda."})
  void aFigureCalledFalseOrAClaimIsLow(String text) {
    assertLabel(ConfidenceLabel.LOW, find(claims(text), Category.KILLED, 85));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The governor said earlier that the toll stood at 27 and that it was too early to know how "
          + "many more might have died.",
      "At least 27 people were killed, the agency said, adding that some of the victims were "
          + "believed to be foreigners."})
  void aHedgeInAStatementAfterTheFigureLeavesItAlone(String text) {
    assertLabel(ConfidenceLabel.HIGH, find(claims(text), Category.KILLED, 27));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "At least 27 people were killed, the agency said, adding that the figures were preliminary.",
      "Rebels attacked the school, killing 27 people, according to preliminary figures from the "
          + "police."})
  void aHedgeOfTheStatementItselfStillBearsOnTheFigure(String text) {
    assertLabel(ConfidenceLabel.MEDIUM, find(claims(text), Category.KILLED, 27));
  }

  @Test
  void aDisclaimerBeforeButSpeaksOfTheFigureBeforeNotOfItsOwn() {
    List<Claim> claims = claims("The rebels said on Wednesday they had captured 40 soldiers near "
        + "the lake. Army spokesman Jan Oberg said he could not confirm the figure, but said 8 "
        + "soldiers had been wounded.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.CAPTURED, 40));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.INJURED, 8));
  }

  @Test
  void figuresAnotherPartySaysCannotBeTrustedAreLowAndItsOwnAreNot() {
    List<Claim> claims = claims("A strike on the camp killed 45 people, the rebel-run health "
        + "office said. The army said it had killed two commanders. It said the figures given by "
        + "the rebel-run authorities could not be trusted.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 45));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 2));
  }

  @Test
  void figuresCalledProvisionalTwoSentencesOnAreMediumAcrossTheirPassage() {
    List<Claim> claims = claims("Heavy rains killed 10 people on Sunday, the disaster centre "
        + "said.\n\nFour people were injured, the centre said, adding that 5,000 people had moved "
        + "to shelters. A spokesman, Lal Perera, said the figures were provisional.");
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 10));
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.INJURED, 4));
  }

  @Test
  void aUnOfficeCitingInitialReportsIsMedium() {
    Claim c = find(claims("The United Nations said 15 civilians had been killed in the fighting, "
        + "according to initial reports."), Category.KILLED, 15);
    assertLabel(ConfidenceLabel.MEDIUM, c);
  }

  @Test
  void figuresCalledChangeableInASentenceWithFiguresReachBackOverTheirPassage() {
    List<Claim> claims = claims("A blast at a fireworks depot killed 11 people, the civil "
        + "protection agency said. The agency said 23 people had been injured, adding that the "
        + "figures could change as rescuers searched the rubble.");
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 11));
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.INJURED, 23));
  }

  @Test
  void aHedgeInARelativeClauseAfterTheFigureIsSaidOfWhatItDescribes() {
    Claim c = find(claims("The army said 19 soldiers were killed in the ambush, which it blamed on "
        + "militants allegedly backed by a foreign power."), Category.KILLED, 19);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void aCounterClaimAfterTheDisputeKeepsItsOwnFigureAndDisputesTheOneBefore() {
    List<Claim> claims = claims("The rebels said they had killed 60 soldiers near the bridge. The "
        + "army rejected the claim, saying only 4 soldiers had died.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 60));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 4));
  }

  @Test
  void anotherPartyThatDidNotConfirmTheFigureDisputesIt() {
    Claim c = find(claims("The militia said it had captured 12 soldiers. The army did not confirm "
        + "the capture."), Category.CAPTURED, 12);
    assertLabel(ConfidenceLabel.LOW, c);
  }

  @Test
  void aPartyThatGaveNoTollDisputesNothing() {
    Claim c = find(claims("The regional governor, Ana Ruiz, said 15 people died in the landslide. "
        + "Security forces did not immediately confirm a death toll."), Category.KILLED, 15);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Police said under 40 people were killed in the attack.",
      "The army said it was aware of 'under 40' casualties among the villagers."})
  void underIsAtMost(String text) {
    Claim c = claims(text).stream().filter(x -> x.count() == 40).findFirst().orElseThrow();
    assertEquals(Qualifier.AT_MOST, c.qualifier());
  }

  @Test
  void anApproximateFigureIsApproximateAndMedium() {
    Claim c = find(claims("Police said an approximate 40 people were killed in the attack."),
        Category.KILLED, 40);
    assertEquals(Qualifier.APPROXIMATE, c.qualifier());
    assertLabel(ConfidenceLabel.MEDIUM, c);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The rebels said they had killed 30 police officers, a figure which officials denied.",
      "The rebels say the army has lost 30 officers this month, a figure Kestrel dismisses."})
  void aVerbOfDisputeEndingAnAppositiveOfTheFiguresMakesThemLow(String text) {
    Claim c = claims(text).stream().filter(x -> x.count() == 30).findFirst().orElseThrow();
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel(), c.confidenceReasons().toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Police said 12 people were killed and the group denied involvement.",
      "In the disputed region, 12 soldiers were killed, the army said.",
      "The group denied responsibility for the attack, which killed 12 people, police said."})
  void aVerbOfDisputeElsewhereDisputesNoFigure(String text) {
    assertLabel(ConfidenceLabel.HIGH, find(claims(text), Category.KILLED, 12));
  }
}
