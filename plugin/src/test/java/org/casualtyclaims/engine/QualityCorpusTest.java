package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality over the project's own annotated corpus (quality/corpus.jsonl: 115 news-style
 * documents written for the project, annotated by GUIDELINES.md), scored as shared/eval/score.py
 * scores. The thresholds sit a little below what the engine reaches, so that quality cannot fall
 * without a test failing.
 */
class QualityCorpusTest {
  private static final double MIN_F1 = 0.95;
  private static final double MIN_SOURCE = 0.95;
  private static final double MIN_SOURCE_TYPE = 0.94;
  private static final double MIN_CONFIDENCE_LABEL = 0.93;
  private static final double MIN_QUALIFIER = 0.98;
  private static final double WIRE_MIN_F1 = 0.985;
  private static final double WIRE_MIN_SOURCE = 0.98;
  private static final double WIRE_MIN_SOURCE_TYPE = 0.98;
  private static final double WIRE_MIN_CONFIDENCE_LABEL = 0.985;
  private static final double WIRE_MIN_QUALIFIER = 0.99;
  // Place, country and scope sit just under what the engine reaches on the corpus after the place
  // constructions of issue 14's second round (place 0.796, country 0.952, scope 0.904 of 333
  // pairs): two or three more wrong pairs fail, a pair being 0.003.
  private static final double MIN_PLACE = 0.79;
  private static final double MIN_COUNTRY = 0.945;
  private static final double MIN_SCOPE = 0.895;

  private static final GoldScorer SCORER = new GoldScorer();
  private static int documents;

  @BeforeAll
  static void scoreCorpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = QualityCorpusTest.class.getResourceAsStream("/quality/corpus.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = mapper.readTree(line);
        List<Claim> claims = Fixtures.extractor()
            .extract(List.of(new FieldText("text", doc.get("text").asText())))
            .claims();
        SCORER.score(doc.get("id").asText(), doc.get("claims"), claims);
        documents++;
      }
    }
    System.out.println("quality corpus: " + documents + " documents, " + SCORER.summary());
    System.out.println("quality corpus, where and what kind: " + SCORER.eventSummary());
  }

  private static void assertAtLeast(double minimum, double actual, String what) {
    assertTrue(actual >= minimum, () -> what + " " + actual + " fell below " + minimum + "; "
        + SCORER.summary() + "\nerrors:\n" + String.join("\n", SCORER.errors));
  }

  @Test
  void corpusIsLargeEnough() {
    assertTrue(documents >= 80, "the corpus must hold at least 80 documents, found " + documents);
    assertTrue(SCORER.tp + SCORER.fn >= 200, "too few gold claims to measure");
  }

  @Test
  void claimF1() {
    assertAtLeast(MIN_F1, SCORER.f1(), "claim F1");
  }

  @Test
  void sourceAccuracy() {
    assertAtLeast(MIN_SOURCE, SCORER.accuracy("source"), "source accuracy");
  }

  @Test
  void sourceTypeAccuracy() {
    assertAtLeast(MIN_SOURCE_TYPE, SCORER.accuracy("source_type"), "source type accuracy");
  }

  @Test
  void confidenceLabelAccuracy() {
    assertAtLeast(MIN_CONFIDENCE_LABEL, SCORER.accuracy("confidence_label"), "confidence label accuracy");
  }

  @Test
  void qualifierAccuracy() {
    assertAtLeast(MIN_QUALIFIER, SCORER.accuracy("qualifier"), "qualifier accuracy");
  }

  /**
   * The held-out wire corpus (quality/corpus-wire.jsonl: 200 wire-style documents in twelve
   * batches, each written and annotated before the engine was run on it, to estimate quality on
   * unseen reporting). Its thresholds sit just under what the engine reached after the fixes it
   * prompted: F1 0.992, source 0.989, source type 0.989, confidence label 0.989, qualifier 1.0
   * (score.py's figures); the first reading of each batch is in README's "Quality, measured".
   */
  @Test
  void wireCorpusHoldsItsScores() throws IOException {
    GoldScorer wire = new GoldScorer();
    ObjectMapper mapper = new ObjectMapper();
    int read = 0;
    try (InputStream in = QualityCorpusTest.class.getResourceAsStream("/quality/corpus-wire.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = mapper.readTree(line);
        List<Claim> claims = Fixtures.extractor()
            .extract(List.of(new FieldText("text", doc.get("text").asText()))).claims();
        wire.score(doc.get("id").asText(), doc.get("claims"), claims);
        read++;
      }
    }
    System.out.println("wire corpus: " + read + " documents, " + wire.summary());
    assertTrue(read >= 200 && wire.tp + wire.fn >= 435, "the wire corpus lost documents or claims");
    double[][] checks = {
        {WIRE_MIN_F1, wire.f1()},
        {WIRE_MIN_SOURCE, wire.accuracy("source")},
        {WIRE_MIN_SOURCE_TYPE, wire.accuracy("source_type")},
        {WIRE_MIN_CONFIDENCE_LABEL, wire.accuracy("confidence_label")},
        {WIRE_MIN_QUALIFIER, wire.accuracy("qualifier")}};
    for (double[] check : checks) {
      assertTrue(check[1] >= check[0], () -> "wire corpus fell below " + check[0] + ": "
          + wire.summary() + "\nerrors:\n" + String.join("\n", wire.errors));
    }
  }

  // Where and what kind of event (GUIDELINES.md): every gold claim of the corpus carries place,
  // country and scope, so these guard place quality on text that is not the tuning set.

  @Test
  void everyMatchedClaimIsScoredOnPlaceCountryAndScope() {
    assertTrue(SCORER.scored("place") == SCORER.tp && SCORER.scored("country") == SCORER.tp
        && SCORER.scored("scope") == SCORER.tp, SCORER::eventSummary);
  }

  @Test
  void placeAccuracy() {
    assertAtLeast(MIN_PLACE, SCORER.accuracy("place"), "place accuracy");
  }

  @Test
  void countryAccuracy() {
    assertAtLeast(MIN_COUNTRY, SCORER.accuracy("country"), "country accuracy");
  }

  @Test
  void scopeAccuracy() {
    assertAtLeast(MIN_SCOPE, SCORER.accuracy("scope"), "scope accuracy");
  }
}
