package org.casualtyclaims.engine.confidence;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.junit.jupiter.api.Test;

/** A hedge after a figure bears on it only within the figure's own clause. */
class HedgeScopeTest {

  @Test
  void aHedgeInAClauseOfItsOwnLeavesTheTollAlone() {
    List<Claim> claims = claims("At least 24 people were killed and 87 wounded when two rockets "
        + "reportedly struck a bus depot, Governor Ivan Petrov said.");
    assertEquals(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 24).confidenceLabel());
    assertEquals(ConfidenceLabel.HIGH, find(claims, Category.INJURED, 87).confidenceLabel());
  }

  @Test
  void aHedgeOfAnotherFigureLeavesThisOneAlone() {
    List<Claim> claims = claims("At least 24 people were killed and nine more were feared dead, "
        + "the civil protection agency said.");
    assertEquals(ConfidenceLabel.HIGH, find(claims, Category.KILLED, 24).confidenceLabel());
    assertEquals(ConfidenceLabel.LOW, find(claims, Category.KILLED, 9).confidenceLabel());
  }

  @Test
  void aHedgeOfTheFigureItselfStillWeakensIt() {
    assertEquals(ConfidenceLabel.LOW, find(claims("Police said 24 people were reportedly killed."),
        Category.KILLED, 24).confidenceLabel());
    assertEquals(ConfidenceLabel.LOW, find(claims("Reportedly, 24 people were killed, police said."),
        Category.KILLED, 24).confidenceLabel());
  }

  @Test
  void aDisclaimerStillSpeaksForTheWholeSentence() {
    assertEquals(ConfidenceLabel.LOW, find(claims("Twenty-four people were killed when the bridge "
        + "fell, a claim that could not be independently verified, the rebels said."),
        Category.KILLED, 24).confidenceLabel());
  }
}
