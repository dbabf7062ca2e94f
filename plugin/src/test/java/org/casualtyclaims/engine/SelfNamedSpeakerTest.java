package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A speaker that names itself in a clause between it and its verb ("the kidnappers, who call
 * themselves the Veiled Brigade, said") speaks under that name, typed as the party it is; the
 * clause, with a second name in quotation marks, is stepped over to find the verb.
 */
class SelfNamedSpeakerTest {
  /** A sentence whose speaker must not carry over to the next one. */
  private static final String BEFORE = "Herders fled the oasis town on Tuesday, the regional "
      + "governor, Amadou Sall, said. ";

  @Test
  void aNameBetweenDashesWithASecondNameInQuotesSpeaksThroughTheAgencyItTold() {
    Claim c = find(claims(BEFORE + "Later, the hostage-takers – who call themselves the Veiled "
        + "Brigade or \u201CThe Signers of the Dunes\u201D – told a Mauritanian news agency that "
        + "they were holding nine foreigners."), Category.CAPTURED, 9);
    assertEquals("Veiled Brigade", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
    assertEquals("Mauritanian news agency", c.via());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The kidnappers, who call themselves the Veiled Brigade, said they were holding nine "
          + "foreigners.",
      "The kidnappers, calling themselves the Veiled Brigade, said they were holding nine "
          + "foreigners.",
      "Gunmen who identified themselves as the Veiled Brigade said they were holding nine "
          + "foreigners."})
  void theNameAGroupGivesItselfIsTheSource(String text) {
    Claim c = find(claims(BEFORE + text), Category.CAPTURED, 9);
    assertEquals("Veiled Brigade", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Militants who identified themselves as the Sand Lions Battalion said they had killed "
          + "four soldiers.",
      "The attackers, calling themselves the Sons of the Oasis, said they had killed four "
          + "soldiers."})
  void aSelfGivenNameThatReadsAsAStateUnitOrAPersonIsAnArmedGroup(String text) {
    Claim c = find(claims(BEFORE + text), Category.KILLED, 4);
    assertEquals(text.contains("Sand") ? "Sand Lions Battalion" : "Sons of the Oasis",
        c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @Test
  void onePersonsSelfGivenNameKeepsTheRoleBeforeIt() {
    Claim c = find(claims("Rebels ambushed an army convoy on Monday. A commander of the rebel "
        + "faction, who identified himself as Ramon Vega, said his men had killed 12 soldiers."),
        Category.KILLED, 12);
    assertEquals("Ramon Vega", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Twelve soldiers were killed, said the insurgents, who call themselves the Valley Front.",
      "Twelve soldiers were killed, said the insurgents, calling themselves the Valley Front."})
  void aSpeakerAfterItsVerbNamesItselfInTheClauseThatFollows(String text) {
    Claim c = find(claims(BEFORE + text), Category.KILLED, 12);
    assertEquals("Valley Front", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The militants, which call themselves \u201CWolves\u201D, said 12 soldiers had been killed.",
      "The militants, which call themselves Ansar al-Wadi, said 12 soldiers had been killed."})
  void aQuotedOrLongerNameNeedsNoArticle(String text) {
    Claim c = find(claims(BEFORE + text), Category.KILLED, 12);
    assertEquals(text.contains("Wolves") ? "Wolves" : "Ansar al-Wadi", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"volunteers", "Kurds"})
  void aDescriptionThatIsNoNameLeavesTheSpeakerAsWithoutTheClause(String word) {
    Claim described = find(claims(BEFORE + "The men, who identified themselves as " + word
        + ", said they had pulled 14 bodies from the river."), Category.KILLED, 14);
    Claim plain = find(claims(BEFORE + "The men said they had pulled 14 bodies from the river."),
        Category.KILLED, 14);
    assertEquals(plain.source(), described.source());
    assertEquals(plain.sourceType(), described.sourceType());
  }
}
