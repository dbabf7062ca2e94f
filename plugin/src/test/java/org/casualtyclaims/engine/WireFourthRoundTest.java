package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructions the fourth held-out round of the wire corpus (quality/corpus-wire.jsonl,
 * w-501..w-515) showed the engine missing, each also missed elsewhere in the corpora:
 * civil-society groups named by what they do ("an activist group", "a victims' support group",
 * "a doctors' group", whose apostrophe no longer splits the head) read as armed groups, and the
 * running forms of the two-word killing verbs ("shooting dead", "gunning down") and a figure
 * in single quotes ("'more than 40' militants were killed") read as no figure at all.
 */
class WireFourthRoundTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "More than 60 villagers were killed in the raid, a local activist group said.",
      "More than 60 villagers were killed in the raid, the Kivu Families Support group said.",
      "More than 60 villagers were killed in the raid, a regional advocacy group said in a "
          + "report."})
  void aGroupNamedForCivilWorkIsInternational(String text) {
    Claim c = find(claims(text), Category.KILLED, 60);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A Malian doctors' group put the number of dead at more than 60.",
      "More than 60 villagers were killed in the raid, a doctors\u2019 group said on Monday."})
  void aPluralPossessiveJoinsTheTwoWordsOfAHead(String text) {
    Claim c = find(claims(text), Category.KILLED, 60);
    assertEquals(SourceType.INTERNATIONAL, c.sourceType(), c.source());
  }

  @Test
  void anArmedGroupIsStillAGroup() {
    Claim c = find(claims("More than 60 soldiers were killed in the raid, the militant group "
        + "said."), Category.KILLED, 60);
    assertEquals(SourceType.GROUP, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Bandits stormed the market at dawn, shooting dead 13 traders, the police said.",
      "A gunman opened fire in the square, gunning down 13 people before fleeing, the police said.",
      "Police say a sniper shoots dead 13 people a week in the district."})
  void theRunningFormsOfShootingDeadCountTheKilled(String text) {
    find(claims(text), Category.KILLED, 13);
  }

  @Test
  void shootingWithoutDeadIsNoToll() {
    Fixtures.assertNone(claims("Soldiers were shooting 13 rounds a minute, the police said."),
        Category.KILLED, 13);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The colonel said 'more than 25' attackers were killed when the convoy was ambushed.",
      "The colonel said \u2018more than 25\u2019 attackers were killed in the ambush."})
  void aFigureInSingleQuotesStillTakesTheWordsAfterIt(String text) {
    Claim c = find(claims(text), Category.KILLED, 25);
    assertEquals(Qualifier.AT_LEAST, c.qualifier());
  }
}
