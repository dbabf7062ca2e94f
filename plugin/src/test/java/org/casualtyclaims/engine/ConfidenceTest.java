package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The confidence rubric of GUIDELINES.md: base by source, capped by every cue; the weakest wins. */
class ConfidenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The health ministry said 24 people were killed.|high",
        "The health ministry said at least 24 people were killed.|high",
        "The health ministry said up to 24 people were killed.|high",
        "President Ruto confirmed that 24 soldiers were killed.|high",
        "The health ministry said around 24 people were killed.|medium",
        "The health ministry estimated that 24 people were killed.|medium",
        "The ministry said 24 people are estimated to have been killed.|medium",
        "Twenty-four people were killed, according to Reuters.|medium",
        "State media reported that 24 people were killed.|medium",
        "Twenty-four people were killed, officials said.|low",
        "Twenty-four people were killed, sources told AFP.|low",
        "Twenty-four people were killed.|low",
        "The ministry claimed that 24 soldiers were killed.|low",
        "Twenty-four people were reportedly killed, the ministry said.|low",
        "The ministry said 24 people were allegedly killed.|low",
        "It is thought that 24 people were killed, the ministry said.|low",
        "The ministry said 24 people were killed, a figure that could not be independently verified.|low",
        "A resident said 24 people were killed.|low",
        "Resident Amina Yusuf said 24 people were killed.|high",
        "Local media reported that 24 people were killed.|low",
      })
  void followsTheRubric(String text, String label) {
    Claim c = find(claims(text), Category.KILLED, 24);
    assertEquals(label, c.confidenceLabel().label(), () -> Fixtures.describe(List.of(c)));
    assertTrue(c.confidence() >= 0 && c.confidence() <= 1);
    assertTrue(!c.confidenceReasons().isEmpty());
  }

  @Test
  void reasonsNameTheCues() {
    Claim c = find(claims("The ministry claimed that 24 soldiers were killed."), Category.KILLED, 24);
    assertTrue(c.confidenceReasons().contains("hedge: claimed"), c.confidenceReasons()::toString);
    Claim anonymous = find(claims("Twenty-four people were killed, officials said."), Category.KILLED, 24);
    assertTrue(anonymous.confidenceReasons().contains("anonymous source"));
  }

  @Test
  void aDisclaimerAfterTheFigureLowersIt() {
    List<Claim> claims = claims(
        "The rebels said their fighters killed 30 soldiers. The claim could not be independently verified. "
            + "Police said 14 civilians were killed.");
    assertEquals(ConfidenceLabel.LOW, find(claims, Category.KILLED, 30).confidenceLabel());
    assertEquals(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 14).confidenceLabel());
  }

  @Test
  void aCorrectedFigureIsLowAndTheCorrectionIsNot() {
    List<Claim> claims = claims(
        "Rescue chief Budi Santoso said 44 people escaped. They recovered 11 bodies, revising an earlier "
            + "death toll of 12 after one of the dead was counted twice.");
    Claim earlier = find(claims, Category.KILLED, 12);
    assertEquals(ConfidenceLabel.LOW, earlier.confidenceLabel());
    Claim current = find(claims, Category.KILLED, 11);
    assertEquals(ConfidenceLabel.HIGH, current.confidenceLabel());
    assertEquals("Budi Santoso", current.source());
  }

  @Test
  void theOfficialTollSpeaksForTheAuthorities() {
    Claim c = find(claims("The official death toll stood at 23 on Friday."), Category.KILLED, 23);
    assertEquals(SourceType.OFFICIAL, c.sourceType());
    assertEquals(ConfidenceLabel.HIGH, c.confidenceLabel());
  }

  @Test
  void aCorrectionWeakensTheFigureItCorrectsNotTheNewOne() {
    List<Claim> down = claims("The health ministry revised the death toll down to 24.");
    assertEquals(ConfidenceLabel.HIGH, find(down, Category.KILLED, 24).confidenceLabel());
    List<Claim> fromTo = claims("The health ministry revised the death toll from 30 to 24.");
    assertEquals(ConfidenceLabel.LOW, find(fromTo, Category.KILLED, 30).confidenceLabel());
    assertEquals(ConfidenceLabel.HIGH, find(fromTo, Category.KILLED, 24).confidenceLabel());
  }
}
