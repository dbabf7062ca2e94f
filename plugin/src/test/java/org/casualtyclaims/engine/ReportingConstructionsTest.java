package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructions of real news reporting that decide who gave a figure and which figure it is: a
 * speaker named after an opening "But", bodies whose names hold a country or an "on", the lede's
 * reach, and what a merged figure keeps of its own.
 */
class ReportingConstructionsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "But Tomas Berg, deputy head of the district council, said 24 soldiers were killed.",
      "However, Tomas Berg, a district council member, said 24 soldiers were killed."})
  void aNamedSpeakerAfterAnOpeningConjunctionIsTheSource(String text) {
    Claim c = find(claims(text), Category.KILLED, 24);
    assertEquals("Tomas Berg", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void aCountryOpeningAKnownBodysNameIsPartOfIt() {
    Claim c = find(claims("The Oslo-based group Iran Human Rights said at least 24 protesters "
        + "were killed."), Category.KILLED, 24);
    assertEquals("Iran Human Rights", c.source(), "not a person called Human Rights");
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void aBodyNamedByItsFieldWithOnIsOneNameAndItsAcronymToo() {
    var claims = claims("The Veranian National Commission on Human Rights (VNCHR) reported at "
        + "least 24 deaths and 31 injuries. VNCHR said 7 people were missing.");
    Claim killed = find(claims, Category.KILLED, 24);
    assertEquals("Veranian National Commission on Human Rights", killed.source());
    assertEquals(SourceType.OFFICIAL, killed.sourceType());
    assertEquals("Veranian National Commission on Human Rights",
        find(claims, Category.MISSING, 7).source(), "the acronym is the body it was defined for");
    Claim council = find(claims("The Council on Road Safety said 24 people died on the "
        + "highway."), Category.KILLED, 24);
    assertEquals("Council on Road Safety", council.source());
  }

  @Test
  void onlyTheLedeTakesItsSpeakerFromTheNextSentence() {
    Claim lede = find(claims("Bridge falls at Orvan", "At least 24 people were killed when the bridge at Orvan fell. "
        + "Regional officials said the bridge had been closed for repairs."),
        Category.KILLED, 24);
    assertEquals("Regional officials", lede.source());
    Claim later = find(claims("Landslide at Orvan", "Fog closed the mountain pass above Orvan for days, villagers "
        + "told reporters. The storms that swept the region killed 24 people this week. "
        + "Survivors who reached the shelter at Dell told AFP that the slide came at night."),
        Category.KILLED, 24);
    assertNull(later.source(), "a figure past the lede is not the next sentence's speaker's");
  }

  @Test
  void anUnattributedFigureLeavesTheSpeakersOwnQualifier() {
    Claim body = find(claims("Quarry wall collapses", "The quarry wall collapsed on Monday, killing at least 24 workers. "
        + "Site manager Petra Lind said 24 workers had died."), Category.KILLED, 24);
    assertEquals("Petra Lind", body.source());
    assertEquals(Qualifier.EXACT, body.qualifier(), "the speaker said 24, not at least 24");
    Claim headline = find(claims("Quarry collapse kills 24",
        "Site manager Petra Lind said at least 24 workers had died."), Category.KILLED, 24);
    assertEquals(Qualifier.AT_LEAST, headline.qualifier(), "the speaker's qualifier stands");
  }

  @Test
  void moreOfAFigureIsANewCountNotARepeat() {
    var claims = claims("Funeral attacked", "Rebel spokesman Aziz Omari said four of his fighters "
        + "were killed. Four more people were killed when a second bomber struck the funeral.");
    assertEquals(2, claims.stream()
        .filter(c -> c.category() == Category.KILLED && c.count() == 4).count(),
        () -> Fixtures.describe(claims));
    var repeat = claims("Market blast", "Police said four people were killed in the blast. "
        + "Four people were killed and dozens hurt.");
    assertEquals("police", find(repeat, Category.KILLED, 4).source(), "a plain repeat joins");
  }

  @Test
  void oneOfAJointSourceGivingTheirFigureIsTheJointClaim() {
    var claims = claims("Village raided", "At least 23 people were killed in the raid, a local "
        + "official and an aid worker said. Later an aid worker said his team had buried 23 bodies.");
    Claim c = find(claims, Category.KILLED, 23);
    assertEquals("local official and an aid worker", c.source());
    assertEquals(Qualifier.AT_LEAST, c.qualifier());
  }

  @Test
  void hardWrappedCopyIsReadAcrossItsLineBreaks() {
    String wire = "TARVIK, May 4 Some 40 fishermen\n"
        + "are feared to have drowned off the coast, the Coastal Rescue Board of\n"
        + "Tarvik said on Monday. On Sunday, port authorities\n"
        + "said 12 bodies had been recovered.\n"
        + "Relatives gathered at the harbour.";
    var claims = claims("Boat sinks off Tarvik", wire);
    assertEquals("Coastal Rescue Board of Tarvik", find(claims, Category.KILLED, 40).source());
    assertEquals("port authorities", find(claims, Category.KILLED, 12).source());
    var lines = claims("Ferry sinks", "Twelve people died\nPolice said the ferry was overloaded.");
    assertNull(find(lines, Category.KILLED, 12).source(),
        "a line that opens with a capital after one without a stop is a new sentence");
  }

  @Test
  void aNationsMediaNameNoOutletButItsStateMediaDo() {
    Claim plain = find(claims("Raid", "Twenty-four soldiers were killed, Veranian media "
        + "reported."), Category.KILLED, 24);
    assertEquals("Veranian media", plain.source());
    assertEquals(ConfidenceLabel.LOW, plain.confidenceLabel(), "unnamed outlets");
    Claim state = find(claims("Raid", "Twenty-four soldiers were killed, Veranian state media "
        + "reported."), Category.KILLED, 24);
    assertEquals(ConfidenceLabel.MEDIUM, state.confidenceLabel());
  }

  @Test
  void aSpeakerOfAClauseJoinedOnSpeaksOfWhatFollows() {
    var claims = claims("Boat capsizes", "Divers have recovered six bodies, and survivors say "
        + "more than 40 people are missing.");
    assertNull(find(claims, Category.KILLED, 6).source());
    assertEquals("survivors", find(claims, Category.MISSING, 40).source());
    var closing = claims("Blast", "Six people were killed, and 20 were wounded, police said.");
    assertEquals("police", find(closing, Category.KILLED, 6).source(), "a closing verb covers all");
    var noFigure = claims("Blast", "The bomb killed six people, and police said that the bomber "
        + "had fled.");
    assertEquals("police", find(noFigure, Category.KILLED, 6).source(),
        "a speaker who gives no figure of their own still speaks for the one before");
  }

  @Test
  void disasterManagementAuthoritiesAreAnOfficialBody() {
    Claim c = find(claims("Floods", "At least 24 people have drowned, the news agency reported, "
        + "citing disaster management authorities."), Category.KILLED, 24);
    assertEquals(SourceType.OFFICIAL, c.sourceType());
    assertEquals(ConfidenceLabel.MEDIUM, c.confidenceLabel(), "relayed by an outlet");
  }

  @Test
  void hisStatementCouldNotBeVerifiedLowersHisFigures() {
    var claims = claims("Shelling", "Regional governor Ivo Marek said two people were killed in "
        + "the shelling. The fire service said 14 people were injured. Marek said he would visit "
        + "the town. Power was cut in three districts. His statement could not be independently "
        + "verified.");
    assertEquals(ConfidenceLabel.LOW, find(claims, Category.KILLED, 2).confidenceLabel());
    assertEquals(ConfidenceLabel.HIGH, find(claims, Category.INJURED, 14).confidenceLabel(),
        "the fire service is not 'his'");
  }

  @Test
  void heIsTheLastPersonWhoSpokeNamedOrNot() {
    var claims = claims("Village raided", "The attackers came at night, said a farmer, Juma "
        + "Okello, who gave a first toll of 11. A local official said later that the toll had risen "
        + "to 30. Six people were taken hostage and then killed, he added.");
    Claim captured = find(claims, Category.CAPTURED, 6);
    assertEquals("local official", captured.source());
    assertEquals(SourceType.ANONYMOUS, captured.sourceType());
    var named = claims("Village raided", "A local official said the toll had risen to 30. "
        + "Regional governor Ivo Marek said the army had arrived. Six people were taken hostage, "
        + "he added.");
    assertEquals("Ivo Marek", find(named, Category.CAPTURED, 6).source());
  }

  @Test
  void stateTelevisionTakesTheFullerNameTheStoryGivesIt() {
    var claims = claims("Bomb in Varna", "State television reports 34 people killed in the "
        + "blast.\n\nAt least 34 people were killed by a car bomb in Varna, according to "
        + "Veranian state television. About 50 people were injured, the report said.");
    Claim killed = find(claims, Category.KILLED, 34);
    assertEquals("Veranian state television", killed.source(), "one outlet, one claim");
    assertEquals(Qualifier.AT_LEAST, killed.qualifier());
    assertEquals(SourceType.MEDIA, killed.sourceType());
  }

  @Test
  void ofTwoSourcesJoinedByAndTheTheFirstSpeaks() {
    Claim c = find(claims("Strike", "The director of the Harbour hospital and the Kestrel "
        + "Liberation Front said 13 people were killed."), Category.KILLED, 13);
    assertEquals("director of the Harbour hospital", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
    Claim joined = find(claims("Strike", "A local official and an aid worker said 13 people were "
        + "killed."), Category.KILLED, 13);
    assertEquals("local official and an aid worker", joined.source(), "unnamed people stay joined");
  }

  @Test
  void thePoliceWhoClarifyAreNotTheUnnamedOfficersQuotedBefore() {
    var claims = claims("Gunfight in Orla woods", "Early reports quoting unnamed local police "
        + "officers had said all four gunmen were killed, but later the police officially "
        + "clarified that only two of them had been neutralised.");
    Claim police = find(claims, Category.KILLED, 2);
    assertEquals("police", police.source());
    assertEquals(SourceType.OFFICIAL, police.sourceType());
    assertEquals(ConfidenceLabel.HIGH, police.confidenceLabel());
  }

  @Test
  void aRangeFromReportsIsNotTheSpeakersLowEnd() {
    var claims = claims("Checkpoint attacked", "Reports gave anywhere from two to 25 police officers killed. Omar Dost, "
        + "a spokesman for the governor, said only two police were killed.");
    Claim speaker = claims.stream()
        .filter(c -> c.category() == Category.KILLED && c.count() == 2
            && "Omar Dost".equals(c.source()))
        .findFirst().orElseThrow(() -> new AssertionError(Fixtures.describe(claims)));
    assertEquals(Qualifier.EXACT, speaker.qualifier());
    assertEquals(ConfidenceLabel.HIGH, speaker.confidenceLabel());
  }
}
