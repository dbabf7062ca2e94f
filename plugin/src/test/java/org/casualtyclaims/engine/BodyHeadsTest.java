package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two classes of source error the wire batches showed: a body whose head noun no lexicon lists
 * read as an anonymous speaker, and a description naming one country's body taken for another
 * country's known source because it shares that source's words. The head nouns here ("cell",
 * "taskforce", "desk", "panel", "outfit") are in no lexicon, so each case stands for the class,
 * not for a word; the known sources' countries are read off their own aliases in sources.tsv.
 */
class BodyHeadsTest {

  private static Claim killed(String text) {
    return find(claims(text), Category.KILLED, 14);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Fourteen people died in the landslide, the army's press cell said.|army's press cell",
      "Fourteen people died in the floods, the national flood taskforce said on Sunday."
          + "|national flood taskforce",
      "The health ministry's coordination desk said fourteen people had been killed."
          + "|health ministry's coordination desk",
      "Fourteen people were killed, the province's crisis cell said.|province's crisis cell",
      "Fourteen workers were killed when the roof fell in, the mine's safety panel said."
          + "|mine's safety panel",
      "The Ukrainian crisis cell said on Monday that fourteen people had been killed."
          + "|Ukrainian crisis cell"})
  void aDescribedBodyWithAnUnlistedHeadSpeaksOnTheRecord(String text, String source) {
    Claim c = killed(text);
    assertEquals(source, c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Fourteen soldiers were killed in the ambush, the rebels' information cell said.|GROUP",
      "Fourteen people were killed, the militants' propaganda outfit said.|GROUP"})
  void anArmedOwnerGivesItsBodyItsType(String text, SourceType type) {
    assertEquals(type, killed(text).sourceType(), killed(text).source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Fourteen people were killed, a crisis cell said.",
      "Fourteen people were killed, the young man said.",
      "Fourteen people were killed, the victim's brother said.",
      "Fourteen people were killed, the boy's uncle said."})
  void indefiniteBodiesAndPeopleStayUnnamed(String text) {
    Claim c = killed(text);
    assertNotEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Fourteen people were killed, the twin suicide attack said.",
      "Fourteen people were killed, the powerful storm said."})
  void anEventIsNoBodySpeaking(String text) {
    Claim c = killed(text);
    assertNotEquals(SourceType.OFFICIAL, c.sourceType(), c.source());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Vietnam's National Disaster Management Agency said fourteen people were killed."
          + "|Vietnam's National Disaster Management Agency",
      "Kazakhstan's Emergencies Ministry said fourteen people were killed."
          + "|Kazakhstan's Emergencies Ministry",
      "Moldova's State Emergency Service said fourteen people were killed."
          + "|Moldova's State Emergency Service",
      "Ghana's National Emergency Management Agency said fourteen people were killed."
          + "|Ghana's National Emergency Management Agency"})
  void anotherCountrysBodyKeepsTheTextsWords(String text, String source) {
    Claim c = killed(text);
    assertEquals(source, c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Indonesia's National Disaster Management Agency said fourteen people were killed.|BNPB",
      "Russia's Emergencies Ministry said fourteen people were killed."
          + "|Emergency Situations Ministry",
      "Nigeria's National Emergency Management Agency said fourteen people were killed.|NEMA",
      "The Turkish Red Crescent said fourteen people were killed.|Red Crescent",
      "Iran's Red Crescent said fourteen people were killed.|Red Crescent"})
  void theSourcesOwnCountryOrNoneKeepsTheKnownName(String text, String source) {
    assertEquals(source, killed(text).source());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Landslides in northern Vietnam killed fourteen people, the national disaster management "
          + "agency said.|national disaster management agency",
      "DUSHANBE - Mudflows swept through two villages in Tajikistan, killing fourteen people, the "
          + "emergencies ministry said.|emergencies ministry",
      "Floods in central Vietnam killed fourteen people, the country's National Disaster "
          + "Management Agency said.|country's National Disaster Management Agency"})
  void aDescriptionInAnotherCountrysStoryIsThatCountrysBody(String text, String source) {
    Claim c = killed(text);
    assertEquals(source, c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Landslides on Java in Indonesia killed fourteen people, the national disaster management "
          + "agency said.|BNPB",
      "A ferry fire killed fourteen people, the national disaster management agency said.|BNPB",
      "Floods on Sumatra in Indonesia killed fourteen people, the country's National Disaster "
          + "Management Agency said.|BNPB",
      "A boat capsized off Mindanao in the Philippines and fourteen people were killed, Basarnas "
          + "said.|Basarnas"})
  void theKnownBodyStandsInItsOwnStoryOrOneOfNoCountry(String text, String source) {
    assertEquals(source, killed(text).source());
  }
}
