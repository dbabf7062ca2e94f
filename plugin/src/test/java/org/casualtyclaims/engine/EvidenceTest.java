package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence offsets, merging of repeated mentions, and the input cap. */
class EvidenceTest {

  @Test
  void evidenceLocatesTheFigureAndItsSentence() {
    String body = "A quiet morning ended badly. The strike killed 11 civilians, officials said. "
        + "Markets closed early.";
    Claim c = find(claims(body), Category.KILLED, 11);
    Evidence e = c.evidence().get(0);
    assertEquals("body", e.field());
    assertEquals("11", body.substring(e.start(), e.end()));
    assertEquals("The strike killed 11 civilians, officials said.",
        body.substring(e.sentenceStart(), e.sentenceEnd()));
    assertEquals(body.substring(e.sentenceStart(), e.sentenceEnd()), e.sentence());
  }

  @Test
  void anInitialismDoesNotEndTheSentence() {
    String body = "Markets closed early. An estimated 24 people were killed, the U.N. Office for "
        + "the Coordination of Humanitarian Affairs said. The U.S. military said 3 soldiers died.";
    Claim un = find(claims(body), Category.KILLED, 24);
    assertTrue(un.evidence().get(0).sentence().endsWith("Humanitarian Affairs said."));
    assertEquals("OCHA", un.source());
    Claim us = find(claims(body), Category.KILLED, 3);
    assertEquals("The U.S. military said 3 soldiers died.", us.evidence().get(0).sentence());
    assertEquals("U.S. military", us.source());
  }

  @Test
  void theQualifierIsPartOfTheEvidenceSpan() {
    String body = "Police said at least 12 people were killed.";
    Evidence e = find(claims(body), Category.KILLED, 12).evidence().get(0);
    assertEquals("at least 12", body.substring(e.start(), e.end()));
  }

  @Test
  void repeatedMentionsMergeIntoOneClaimWithSeveralPieces() {
    String title = "Bus crash kills 14, police say";
    String body = "A bus plunged into a ravine, killing 14 passengers, police said. "
        + "Police said later that 14 people had died and 30 were injured.";
    List<Claim> claims = claims(title, body);
    Claim c = find(claims, Category.KILLED, 14);
    assertEquals(3, c.mentions());
    assertEquals(3, c.evidence().size());
    assertTrue(c.evidence().stream().anyMatch(e -> e.field().equals("title")));
  }

  @Test
  void theSameFigureFromTwoSourcesIsTwoClaims() {
    List<Claim> claims = claims(
        "Police said eight fishermen drowned. A fisherman who survived said eight men drowned.");
    assertEquals(2, claims.stream().filter(c -> c.count() == 8).count(),
        () -> Fixtures.describe(claims));
  }

  @Test
  void anUnattributedLedeMergesIntoTheSourceThatRepeatsIt() {
    List<Claim> claims = claims(
        "Floods swept away houses, leaving 67 people dead. \"Sixty-seven people died,\" disaster "
            + "agency chief Suharto Wibowo said.");
    Claim c = find(claims, Category.KILLED, 67);
    assertEquals("Suharto Wibowo", c.source());
    assertEquals(2, c.mentions());
  }

  @Test
  void textBeyondTheCapIsIgnoredAndReported() {
    ClaimExtractor small = new ClaimExtractor(Fixtures.lexicons(), new ExtractorSettings(60, 1000, 5));
    String body = "Police said 12 people were killed in the blast. " + "x".repeat(200)
        + " Police said 99 people were injured.";
    ExtractionResult result = small.extract(List.of(new FieldText("body", body)));
    assertTrue(result.truncated());
    assertEquals(60, result.charsRead());
    find(result.claims(), Category.KILLED, 12);
    assertFalse(result.claims().stream().anyMatch(c -> c.count() == 99));
  }

  @Test
  void evidenceIsCappedButMentionsAreCounted() {
    ClaimExtractor small = new ClaimExtractor(Fixtures.lexicons(), new ExtractorSettings(100_000, 1000, 2));
    String body = "Police said 5 people were killed. ".repeat(6);
    Claim c = find(small.extract(List.of(new FieldText("body", body))).claims(), Category.KILLED, 5);
    assertEquals(2, c.evidence().size());
    assertEquals(6, c.mentions());
  }

  @Test
  void settingsAreValidated() {
    assertThrowsNamed("maxChars", () -> new ExtractorSettings(0, 10, 1));
    assertThrowsNamed("maxFigure", () -> new ExtractorSettings(10, 0, 1));
    assertThrowsNamed("maxEvidence", () -> new ExtractorSettings(10, 10, 0));
  }

  private static void assertThrowsNamed(String name, Runnable r) {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }
}
