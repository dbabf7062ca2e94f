package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classes of the confidence label that the second held-out confidence round
 * (quality/corpus-wire.jsonl, w-701..) showed the engine getting wrong: a statement an outlet
 * relays with "as cited by", and the speaker's next sentence that goes on with it; a toll called
 * provisional after an earlier count was given; an estimate by a body's model or a study by
 * researchers; a speaker the text itself doubts ("a purported spokesman", "a man claiming to
 * speak for"); "according to preliminary figures" after two figures; an editor's note that the
 * figures could not be checked; a toll a named official later confirmed; a dispute of another
 * party's toll beside a count of its own.
 */
class ConfidenceSecondRoundTest {

  private static void assertLabel(ConfidenceLabel expected, Claim c) {
    assertEquals(expected, c.confidenceLabel(), c.source() + " " + c.confidenceReasons());
  }

  @Test
  void aStatementAsCitedByAnAgencyIsRelayed() {
    Claim c = find(claims("Two herders were killed near the lake, the district governor, Aibek "
        + "Toktosunov, said, as cited by the state news agency Kabar."), Category.KILLED, 2);
    assertLabel(ConfidenceLabel.MEDIUM, c);
    assertEquals("Kabar", c.via());
  }

  @Test
  void theSpeakersNextSentenceGoesOnWithTheRelay() {
    List<Claim> claims = claims("Two herders were killed near the lake, the district governor, "
        + "Aibek Toktosunov, said, as cited by the state news agency Kabar. He said 6 others had "
        + "been injured.");
    Claim injured = find(claims, Category.INJURED, 6);
    assertLabel(ConfidenceLabel.MEDIUM, injured);
    assertEquals("Kabar", injured.via());
  }

  @Test
  void theRelayDoesNotReachASentenceFurtherOn() {
    List<Claim> claims = claims("Two herders were killed near the lake, the district governor, "
        + "Aibek Toktosunov, said, as cited by the state news agency Kabar. Rescuers searched the "
        + "shore through the night. He said 6 others had been injured.");
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.INJURED, 6));
  }

  @Test
  void theSpeakerWhoTellsAnotherOutletIsNotRelayed() {
    List<Claim> claims = claims("Two herders were killed near the lake, the district governor, "
        + "Aibek Toktosunov, said, as cited by the state news agency Kabar. He told Reuters 6 "
        + "others had been injured.");
    Claim injured = find(claims, Category.INJURED, 6);
    assertLabel(ConfidenceLabel.HIGH, injured);
    assertEquals("Reuters", injured.via());
  }

  @Test
  void aProvisionalTollSpeaksOfTheCurrentCountNotOfAnEarlierOne() {
    List<Claim> claims = claims("The toll from the collapse of a hotel in the port rose to 19 on "
        + "Monday, the fire service said. The service had put the toll at 12 on Sunday night. Its "
        + "chief, Dana Oyelaran, said the toll was provisional as rescuers had yet to reach the "
        + "basement.");
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 19));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 12));
  }

  @Test
  void aProvisionalTollAfterTheCurrentCountStillSpeaksOfIt() {
    List<Claim> claims = claims("The fire service said on Sunday that 12 people had died in the "
        + "collapse of a hotel in the port. Its chief, Dana Oyelaran, said the toll was "
        + "provisional as rescuers had yet to reach the basement.");
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 12));
  }

  @Test
  void aModelSpeaksForTheBodyThatKeepsIt() {
    Claim c = find(claims("Measles has killed 212 children in the province this year, the health "
        + "department said. A UNICEF model estimated that as many as 640 "
        + "children may have died."), Category.KILLED, 640);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
    assertLabel(ConfidenceLabel.MEDIUM, c);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The fighters killed 30 soldiers in the raid, a purported spokesman for the group, Abu "
          + "Harun, said.",
      "The fighters killed 30 soldiers in the raid, a man claiming to speak for the group, Abu "
          + "Harun, told the station.",
      "A man claiming to be a commander of the fighters said they had killed 30 soldiers in the "
          + "raid."})
  void aSpeakerTheTextItselfDoubtsIsLow(String text) {
    assertLabel(ConfidenceLabel.LOW, find(claims(text), Category.KILLED, 30));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Gunmen claiming to be police killed 5 villagers in the market, the governor said.",
      "A purported video of the attack showed the gunmen, and the governor said 5 villagers were "
          + "killed."})
  void doubtAboutSomeoneOtherThanTheSpeakerLeavesTheFigureAlone(String text) {
    assertLabel(ConfidenceLabel.HIGH, find(claims(text), Category.KILLED, 5));
  }

  @Test
  void aPreliminaryHedgeInTheAccordingToPhraseReachesEveryFigureOfTheStatement() {
    List<Claim> claims = claims("A lorry hit a minibus on the coast road on Monday, killing 9 "
        + "people and injuring 17, according to preliminary figures from the transport ministry.");
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 9));
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.INJURED, 17));
  }

  @Test
  void aHedgeBeforeTheAccordingToPhraseStaysInItsClause() {
    Claim c = find(claims("The blast killed 9 people when a gas cylinder reportedly exploded, "
        + "according to the transport ministry."), Category.KILLED, 9);
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void anEditorsNoteThatTheFiguresCouldNotBeCheckedDisclaimsBothSides() {
    List<Claim> claims = claims("The army said on Monday it had killed 120 rebels in the hills "
        + "over the past week. A rebel commander, Idris Waal, said his men had lost 9 fighters. "
        + "Editor's note: our correspondent was unable to travel to the hills to verify the "
        + "figures given by either side.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 120));
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 9));
  }

  @Test
  void aTollANamedOfficialLaterConfirmedIsHighWhoeverFirstGaveIt() {
    Claim c = find(claims("A bomb hidden in a cart killed 11 people at the cattle market, a "
        + "security official said on condition of anonymity, a toll later confirmed by the "
        + "provincial governor, Halima Dost."), Category.KILLED, 11);
    assertEquals(SourceType.ANONYMOUS, c.sourceType(), c.source());
    assertLabel(ConfidenceLabel.HIGH, c);
  }

  @Test
  void aConfirmationByAnotherUnnamedPersonLeavesTheFigureLow() {
    Claim c = find(claims("A bomb hidden in a cart killed 11 people at the cattle market, a "
        + "security official said, a toll later confirmed by a hospital worker."),
        Category.KILLED, 11);
    assertLabel(ConfidenceLabel.LOW, c);
  }

  @Test
  void aCorroboratedFigureStillTakesTheCapsOfItsOtherCues() {
    Claim c = find(claims("A bomb hidden in a cart killed about 11 people at the cattle market, a "
        + "security official said, a figure confirmed by the provincial governor."),
        Category.KILLED, 11);
    assertLabel(ConfidenceLabel.MEDIUM, c);
  }

  @Test
  void aStudySpeaksForWhoeverItIsBy() {
    Claim c = find(claims("Floods have killed 40 people in the valley since June, the regional "
        + "government said. An estimated 1,000 more died of disease in the camps, according to a "
        + "study by researchers at the University of Oslo."), Category.KILLED, 1000);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
    assertLabel(ConfidenceLabel.MEDIUM, c);
  }

  @Test
  void aDisputeOfAnotherPartysTollBesideACountOfItsOwnDisputesTheFiguresBefore() {
    List<Claim> claims = claims("Fighting in the hill towns has killed 410 civilians since "
        + "Monday, a rights monitor said. The interior ministry, which put the number of police "
        + "officers killed at 52, dismissed the monitor's civilian toll as exaggerated.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 410));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 52));
  }

  @Test
  void aDisputeOfTheTollBeforeACounterFigureKeepsTheCounterFigure() {
    List<Claim> claims = claims("The rebels said 40 soldiers were killed in the ambush. The army "
        + "dismissed the toll as exaggerated, saying 6 soldiers had died.");
    assertLabel(ConfidenceLabel.LOW, find(claims, Category.KILLED, 40));
    assertLabel(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 6));
  }

  @Test
  void initialFiguresAreProvisionalAcrossTheStatement() {
    List<Claim> claims = claims("A ferry capsized on the river, killing 12 passengers and leaving "
        + "20 missing, according to initial figures from the river police.");
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.KILLED, 12));
    assertLabel(ConfidenceLabel.MEDIUM, find(claims, Category.MISSING, 20));
  }
}
