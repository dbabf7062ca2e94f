package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Attribution constructions met in reporting the earlier attribution rounds never read, each a
 * class of wording rather than one sentence.
 */
class AttributionCrossReadingTest {
  private static void assertSource(Claim c, String source, SourceType type) {
    assertEquals(source, c.source() == null ? null : c.source().toLowerCase(Locale.ROOT));
    assertEquals(type, c.sourceType());
  }

  @Test
  void aReportByItsKeeperIsTheKeepers() {
    Claim c = find(claims("A lorry left a hill road near the border on Thursday, killing nine "
        + "people, according to a preliminary report by the state police."), Category.KILLED, 9);
    assertSource(c, "state police", SourceType.OFFICIAL);
  }

  @Test
  void reportsFromABodyAreTheBodys() {
    Claim c = find(claims("Floodwater swept through two river towns overnight, killing at least "
        + "14 people, according to initial reports from the district administration."),
        Category.KILLED, 14);
    assertSource(c, "district administration", SourceType.OFFICIAL);
  }

  @Test
  void sourcesJoinedToABodyStayUnnamed() {
    Claim c = find(claims("A feud between two farming families left 12 people dead in the hills "
        + "on Saturday, police and medical sources said."), Category.KILLED, 12);
    assertSource(c, "police and medical sources", SourceType.ANONYMOUS);
  }

  @Test
  void officialsJoinedToABodyStillSpeakForIt() {
    Claim c = find(claims("A fire in a textile workshop killed 17 workers on Monday, police and "
        + "hospital officials said."), Category.KILLED, 17);
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void aWeekdayBeforeTheSpeakerSaysWhenNotWho() {
    Claim c = find(claims("Heavy rain brought down a hillside above a mining camp on Sunday."
        + "\n\nOn Wednesday the labour ministry said 12 miners had died."), Category.KILLED, 12);
    assertSource(c, "labour ministry", SourceType.OFFICIAL);
  }

  @Test
  void aBodyThatVerifiedDeathsGivesTheFigure() {
    Claim c = find(claims("The war in the east has emptied whole towns."
        + "\n\nThe UN human rights monitoring mission has verified the deaths of more than "
        + "8,000 civilians since the fighting began."), Category.KILLED, 8000);
    assertSource(c, "un human rights monitoring mission", SourceType.INTERNATIONAL);
  }

  @Test
  void aFigureThatCouldNotBeIndependentlyVerifiedIsNoSpeaker() {
    Claim c = find(claims("The defence ministry said on Tuesday its troops had beaten back an "
        + "assault on a river crossing in the north and killed about 180 enemy fighters, a "
        + "figure that could not be independently verified."), Category.KILLED, 180);
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void aPeoplesCommitteeIsTheLocalGovernment() {
    Claim c = find(claims("Floodwater from the overnight storm killed 14 people in the delta, "
        + "the city People's Committee said on Friday."), Category.KILLED, 14);
    assertEquals(SourceType.OFFICIAL, c.sourceType()); // no committee of campaigners
    assertSource(c, "people's committee", SourceType.OFFICIAL);
  }

  @Test
  void aSeparatistLeaderSpeaksForAnArmedGroup() {
    Claim separatist = find(claims("Separatist leader Tomas Reyes said in a video that his "
        + "fighters had killed 12 soldiers at a checkpoint."), Category.KILLED, 12);
    assertEquals(SourceType.GROUP, separatist.sourceType());
  }

  @Test
  void aGangLeaderSpeaksForAnArmedGroup() {
    Claim gang = find(claims("Gang leader Jean-Marc Toussaint said on a radio call-in show that "
        + "his men had killed seven police officers."), Category.KILLED, 7);
    assertEquals(SourceType.GROUP, gang.sourceType());
  }

  @Test
  void aYouthLeaderSpeaksAsAWitness() {
    Claim c = find(claims("Gunmen on motorbikes raided a hamlet at dusk. \"They took at least 30 "
        + "people from the fields,\" said Samuel Danladi, a village youth leader."),
        Category.CAPTURED, 30);
    assertEquals(SourceType.WITNESS, c.sourceType());
  }

  @Test
  void estimatesThatPutATollAreTheSubjectNotTheirAdjective() {
    Claim c = find(claims("A crush at the gates of a stadium killed 11 fans, police said. Local "
        + "estimates put the number of dead at nearly 25."), Category.KILLED, 25);
    assertSource(c, "local estimates", SourceType.ANONYMOUS);
  }

  @Test
  void anAndInsideABodysNameReadRightwardsKeepsTheName() {
    Claim c = find(claims("Clashes along the frontier have killed more than 4,200 people since "
        + "2019, according to the Sahel Violence and Displacement Tracking Project."),
        Category.KILLED, 4200);
    assertSource(c, "sahel violence and displacement tracking project", SourceType.INTERNATIONAL);
  }

  @Test
  void aLowerCaseHeadMayCloseANameHoldingAnd() {
    Claim c = find(claims("Clashes along the frontier have killed more than 4,200 people since "
        + "2019, according to the Sahel Violence and Displacement Tracking project."),
        Category.KILLED, 4200);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void thePassivesAgentGivesTheFigure() {
    Claim c = find(claims("The toll from the floods rose to 60 on Tuesday, police said. An "
        + "earlier toll of 41 was reported late on Monday by the interior ministry."),
        Category.KILLED, 41);
    assertSource(c, "interior ministry", SourceType.OFFICIAL);
  }

  @Test
  void theKillersAfterByAreNoAgentOfTheReport() {
    Claim c = find(claims("At least two marchers were reported beaten and killed by police "
        + "on Sunday."), Category.KILLED, 2);
    assertEquals(SourceType.UNATTRIBUTED, c.sourceType());
  }
}
