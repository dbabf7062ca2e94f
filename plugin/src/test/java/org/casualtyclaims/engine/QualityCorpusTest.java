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
  // all 575 documents, with both confidence rounds' batches (w-581..w-640, w-701..w-745), which
  // the attribution round never read: source 0.982, source type 0.974, confidence label 0.990.
  // The fourth session of rounds added 135 held-out documents, each batch read first by the
  // engine of its own branch: the sixth attribution round's (w-746..w-790), the third
  // confidence round's (w-791..w-835) and the figures round's (w-836..w-880); merged, all 710
  // read F1 0.987, source 0.975, source type 0.965, confidence label 0.987 of 1,607 gold claims
  // (0.977, 0.967 and 0.989 once "figures" is a tally noun; 0.979, 0.974 and 0.990 after the
  // attribution cross-reading, hence source type a half-step higher)
  private static final double WIRE_MIN_F1 = 0.985;
  private static final double WIRE_MIN_SOURCE = 0.97;
  private static final double WIRE_MIN_SOURCE_TYPE = 0.965;
  private static final double WIRE_MIN_CONFIDENCE_LABEL = 0.985;
  private static final double WIRE_MIN_QUALIFIER = 0.99;
  // Place, country and scope sit just under what the engine reaches on the corpus after the place
  // constructions of issue 14's third round, from held-out text (place 0.811, country 0.955,
  // scope 0.904 of 334 pairs): two or three more wrong pairs fail, a pair being 0.003. The round
  // on the most specific place raised place to 0.850, and its threshold with it.
  private static final double MIN_PLACE = 0.84;
  private static final double MIN_COUNTRY = 0.95;
  private static final double MIN_SCOPE = 0.895;
  // The wire corpus's place, country and scope after the same round: 0.917, 0.995, 0.922 on its
  // first 95 documents, but 0.814, 0.963, 0.923 on the 200 it holds once the second round of
  // wire batches (w-096..w-200, written meanwhile and never read by this round) is merged, so the
  // thresholds sit under the latter; the round on the most specific place took the 200 to place
  // 0.874, country 0.970, and the place threshold to just under it; with the third attribution
  // round's 195 documents (w-301..w-495) and the place rounds merged, all 395 read 0.878, 0.976,
  // 0.958 of 828 pairs, and the place threshold sits under that. The place batch read 1.0,
  // 1.0, 1.0 of its first 30 pairs; with w-216..w-275 (first readings in the test below) it
  // reads 0.958, 1.0, 0.972 of 144, so its place threshold sits just under that (a pair being
  // 0.007); the rest are constructions no general rule reads yet (README, "Quality, measured").
  private static final double WIRE_MIN_PLACE = 0.87;
  private static final double WIRE_MIN_COUNTRY = 0.95;
  private static final double WIRE_MIN_SCOPE = 0.90;
  // With w-641..w-700 and the fixes they prompted the batch reads 0.962, 1.0, 0.981 of 264 pairs
  // (a pair being 0.004); with p-001..p-015 and the second place round's fixes, 0.969, 0.993,
  // 0.983 of 290 (a pair being 0.0034); with p-016..p-030 of the third place round at their
  // first reading, 0.943, 0.982, 0.985 of 331, and 0.958, 1.0, 0.985 after the fixes they
  // prompted; with p-031..p-045 at their first reading, 0.944, 0.997, 0.983 of 360, and 0.958,
  // 1.0, 0.983 after the round's last fixes.
  // The figures round's elided parts of a total (w-678's 26 and 14, w-687's, w-694's, p-010's)
  // add 7 pairs, 6 of them right on place and 5 on scope (w-678's parts of "two attacks" read as
  // cumulative): 291 of 302 places and 294 of 302 scopes right, hence a pair lower again.
  // Both rounds merged, with the third place round's 70 pairs: 0.952, 0.997, 0.984 of 377.
  private static final double PLACES_MIN_PLACE = 0.95;
  // The figures round found captives it missed (w-652's 14 and 1,800, p-013's 11, w-671's nine):
  // 291 of 294 countries right where 288 of 290 were, and 288 of 294 scopes where 285 of 290
  // were, one new pair set in the country the captives were taken into and one standing count of
  // captives ("1,800 ... were being held in Russia") read as an incident, so the country and
  // scope thresholds sit a pair lower.
  private static final double PLACES_MIN_COUNTRY = 0.985;
  private static final double PLACES_MIN_SCOPE = 0.97;
  // The event batch (71 pairs, a pair being 0.014) reads place, country and scope 0.972 after
  // the constructions it was written to probe; with the scope batch e-031..e-045 (45 pairs,
  // first reading in the test below) all 116 read place 0.897, country 0.940, scope 0.966; with
  // the second scope batch e-046..e-060 all 154 read place 0.890, country 0.935, scope 0.955;
  // after the round's fixes and with the third, e-061..e-075, all 191 read place 0.901, country
  // 0.937, scope 0.984; with the fourth, e-076..e-090, and the fixes it showed, all 222 read
  // place 0.905, country 0.946, scope 0.982; with the fifth, e-091..e-105, and the fix it
  // showed, all 253 read place 0.917, country 0.945, scope 0.972. The second scope round's first
  // batch, e-106..e-120 (first reading place 0.688, country 0.906, scope 0.75 of 32), and the
  // fixes it showed: all 285 read place 0.909, country 0.940, scope 0.979. With the second,
  // e-121..e-135 (first reading place 0.933, country 1.0, scope 0.733 of 30) and the fixes it
  // showed, all 315 read place 0.914, country 0.946, scope 0.975. With the third, e-136..e-150
  // (first reading place 0.955, country 1.0, scope 0.864 of 22) and the fixes after it, all 337
  // read place 0.920, country 0.950, scope 0.979. The third scope round's batches, e-151..e-195
  // (first readings place 0.846, 0.917, 0.759, country 0.949, 0.944, 1.0, scope 0.692, 0.944,
  // 0.897 of 39, 36 and 29 pairs), and its fixes: all 442 read place 0.916, country 0.968, scope
  // 0.973, and the thresholds sit just under that.
  private static final double EVENTS_MIN_PLACE = 0.912;
  private static final double EVENTS_MIN_COUNTRY = 0.965;
  private static final double EVENTS_MIN_SCOPE = 0.97;

  private static GoldScorer corpus;
  private static GoldScorer wireCorpus;
  private static GoldScorer placeBatch;
  private static GoldScorer eventBatch;

  @BeforeAll
  static void scoreCorpora() throws IOException {
    corpus = scoreFile("/quality/corpus.jsonl");
    wireCorpus = scoreFile("/quality/corpus-wire.jsonl");
    placeBatch = scoreFile("/quality/corpus-places.jsonl");
    eventBatch = scoreFile("/quality/corpus-events.jsonl");
    System.out.println("quality corpus: " + corpus.documents + " documents, " + corpus.summary());
    System.out.println("quality corpus, where and what kind: " + corpus.eventSummary());
    System.out.println("wire corpus: " + wireCorpus.documents + " documents, " + wireCorpus.summary());
  }

  private static void assertAtLeast(double minimum, double actual, String what) {
    assertTrue(actual >= minimum, () -> what + " " + actual + " fell below " + minimum + "; "
        + corpus.summary() + "\nerrors:\n" + String.join("\n", corpus.errors));
  }

  @Test
  void corpusIsLargeEnough() {
    assertTrue(corpus.documents >= 80,
        "the corpus must hold at least 80 documents, found " + corpus.documents);
    assertTrue(corpus.tp + corpus.fn >= 200, "too few gold claims to measure");
  }

  @Test
  void claimF1() {
    assertAtLeast(MIN_F1, corpus.f1(), "claim F1");
  }

  @Test
  void sourceAccuracy() {
    assertAtLeast(MIN_SOURCE, corpus.accuracy("source"), "source accuracy");
  }

  @Test
  void sourceTypeAccuracy() {
    assertAtLeast(MIN_SOURCE_TYPE, corpus.accuracy("source_type"), "source type accuracy");
  }

  @Test
  void confidenceLabelAccuracy() {
    assertAtLeast(MIN_CONFIDENCE_LABEL, corpus.accuracy("confidence_label"), "confidence label accuracy");
  }

  @Test
  void qualifierAccuracy() {
    assertAtLeast(MIN_QUALIFIER, corpus.accuracy("qualifier"), "qualifier accuracy");
  }

  /**
   * The held-out wire corpus (quality/corpus-wire.jsonl: 620 wire-style documents in 40
   * batches, each written and annotated before the engine was run on it, to estimate quality on
   * unseen reporting). Its thresholds sit just under what the engine reached after the fixes it
   * prompted: F1 0.984, source 0.981, source type 0.978, confidence label 0.993, qualifier 1.0
   * (score.py's figures); the first reading of each batch is in README's "Quality, measured".
   */
  @Test
  void wireCorpusHoldsItsScores() {
    assertTrue(wireCorpus.documents >= 710 && wireCorpus.tp + wireCorpus.fn >= 1607,
        "the wire corpus lost documents or claims");
    double[][] checks = {
        {WIRE_MIN_F1, wireCorpus.f1()},
        {WIRE_MIN_SOURCE, wireCorpus.accuracy("source")},
        {WIRE_MIN_SOURCE_TYPE, wireCorpus.accuracy("source_type")},
        {WIRE_MIN_CONFIDENCE_LABEL, wireCorpus.accuracy("confidence_label")},
        {WIRE_MIN_QUALIFIER, wireCorpus.accuracy("qualifier")}};
    for (double[] check : checks) {
      assertTrue(check[1] >= check[0], () -> "wire corpus fell below " + check[0] + ": "
          + wireCorpus.summary() + "\nerrors:\n" + String.join("\n", wireCorpus.errors));
    }
  }

  // Where and what kind of event (GUIDELINES.md): every gold claim of the corpus carries place,
  // country and scope, so these guard place quality on text that is not the tuning set.

  @Test
  void everyMatchedClaimIsScoredOnPlaceCountryAndScope() {
    assertTrue(corpus.scored("place") == corpus.tp && corpus.scored("country") == corpus.tp
        && corpus.scored("scope") == corpus.tp, corpus::eventSummary);
  }

  @Test
  void placeAccuracy() {
    assertAtLeast(MIN_PLACE, corpus.accuracy("place"), "place accuracy");
  }

  @Test
  void countryAccuracy() {
    assertAtLeast(MIN_COUNTRY, corpus.accuracy("country"), "country accuracy");
  }

  @Test
  void scopeAccuracy() {
    assertAtLeast(MIN_SCOPE, corpus.accuracy("scope"), "scope accuracy");
  }

  /**
   * The wire corpus's place, country and scope: a held-out reading of the place rules until issue
   * 14's third round, which fixed the constructions it showed.
   */
  @Test
  void wireCorpusHoldsItsWhereAndWhatKind() {
    assertWhereAndWhatKind(wireCorpus, "wire corpus", WIRE_MIN_PLACE, WIRE_MIN_COUNTRY, WIRE_MIN_SCOPE);
  }

  /**
   * The place batch (quality/corpus-places.jsonl: wire-style documents aimed at place, written
   * and annotated before the engine read them: 15 with a first reading of place 0.867, country
   * 1.0, scope 0.933 of 30 pairs, then 20 on the most specific place, 0.732, 0.951, 0.976 of 41,
   * then 10 written after the fixes those prompted, 0.895, 1.0, 0.947 of 19, and three more sets
   * of 10, each after the fixes the set before prompted: 0.667, 1.0, 0.944 of 18; 0.722, 1.0,
   * 1.0 of 18; 1.0, 1.0, 0.944 of 18; then w-276..w-285 on names the scanner misread, a
   * country's adjective before "province of", an apostrophe inside a name, a place used as a
   * modifier: 0.812, 1.0, 1.0 of 16; 0.938 on place after the fixes they prompted; then
   * w-641..w-655 on the classes dev still missed, set in other countries: several figures of one
   * sentence each with its own village, villages below a township, a capital's statement, Gaza's
   * towns and camps, islands and their provinces, captives across a border: 0.781, 0.969, 0.938
   * of 32; 0.938, 1.0, 0.938 after the fixes they prompted; then w-656..w-670, written after
   * those fixes, on a toll's share with its own figure, a village the next sentence names, war
   * totals and Gaza's districts, islands, Kashmir: 0.778, 0.889, 1.0 of 27; 0.926, 1.0, 1.0
   * after the fixes they prompted; then w-671..w-685 on captives told from a capital, several
   * attacks of one day, a storm's later figures, regencies and neighbouring districts: 0.762,
   * 1.0, 0.905 of 21; 1.0 on place after the fixes they prompted; then w-686..w-700, written
   * after all of this round's fixes as its measure: 0.875, 0.875, 1.0 of 24; 0.917, 1.0, 1.0
   * after the two fixes they prompted; then p-001..p-015 of the second place round, on an
   * unlisted place beside a nationality, launch places, a storm over two countries, ports named
   * with what they are for, a share's district before ", where": 0.769, 0.731, 1.0 of 26; 0.923,
   * 0.923, 1.0 after the fixes they prompted; then p-016..p-030 of the third place round, on
   * captives held on both sides of a border, a lede's region or island and the town or regency a
   * later sentence names, a capital's statement over a kidnapping, a township named after its
   * village, several incidents of one story, "the border community of", "Russian shelling", a war
   * total after one camp's strike: 0.756, 0.902, 1.0 of 41; 0.951, 1.0, 1.0 after the fixes
   * they and dev's errors prompted; then p-031..p-045, written after those fixes as the round's
   * measure: 0.793, 0.966, 0.966 of 29; 0.862, 1.0, 0.966 after the three fixes they prompted).
   */
  @Test
  void placesCorpusHoldsItsWhereAndWhatKind() {
    assertTrue(placeBatch.tp + placeBatch.fn >= 377, "the place batch lost claims");
    assertWhereAndWhatKind(placeBatch, "place batch", PLACES_MIN_PLACE, PLACES_MIN_COUNTRY,
        PLACES_MIN_SCOPE);
  }

  /**
   * The event batch (quality/corpus-events.jsonl: 30 wire-style documents aimed at which of a
   * story's places a figure takes: officials in a capital, several incidents, war totals,
   * cross-border attacks, two-country disasters, captions, nationwide tolls; written and
   * annotated before the engine read them. First reading of e-001..e-020: place 0.846, country
   * 0.942, scope 0.942 of 52 pairs; of e-021..e-030, written after this round's fixes: place
   * 0.947, country 0.895, scope 0.947 of 19 pairs). The scope batch e-031..e-045 (running totals
   * beside one incident's toll, a disaster's rising toll, yearly statistics, citizens killed
   * abroad, cross-border fire, a disaster over two countries) read at first place 0.756, country
   * 0.867, scope 0.933 of 45 pairs; the second, e-046..e-060 (an epidemic, yearly homicides, a
   * quake over two countries, citizens killed in another's war, hostages still held, a siege),
   * written after the round's first fixes, place 0.842, country 0.921, scope 0.895 of 38; the
   * third, e-061..e-075 (a typhoon over two countries, aid-site shootings since a part of a
   * month, a holiday's road deaths beside its worst crash, soldiers of one country killed in
   * another, a registry of the missing), written after the round's fixes, place 0.919, country
   * 0.946, scope 0.946 of 37 (its two headline figures that round the body's were annotated
   * only after, as optional); the fourth, e-076..e-090 (an epidemic's week, an anniversary's
   * "since", coordinated attacks, a range of months, a series of attacks over days, a famine's
   * day), place 0.935, country 1.0, scope 0.839 of 31 (place 0.871 once e-077's place was put
   * right: a body that names no place of the bombings leaves the dateline's Colombo); the fifth,
   * e-091..e-105 (a month of an epidemic, "a year", a sentence opened by "in the past month", a
   * toll rising over a week of clashes, a quake felt across a border), written after all the
   * round's fixes, place 1.0, country 0.935, scope 0.871 of 31.
   */
  @Test
  void eventsCorpusHoldsItsWhereAndWhatKind() {
    assertTrue(eventBatch.tp + eventBatch.fn >= 451, "the event batch lost claims");
    assertWhereAndWhatKind(eventBatch, "event batch", EVENTS_MIN_PLACE, EVENTS_MIN_COUNTRY,
        EVENTS_MIN_SCOPE);
  }

  private static void assertWhereAndWhatKind(GoldScorer scorer, String name, double place,
      double country, double scope) {
    System.out.println(name + ", where and what kind: " + scorer.eventSummary());
    double[][] checks = {
        {place, scorer.accuracy("place")},
        {country, scorer.accuracy("country")},
        {scope, scorer.accuracy("scope")}};
    for (double[] check : checks) {
      assertTrue(check[1] >= check[0], () -> name + " fell below " + check[0] + ": "
          + scorer.eventSummary() + "\nerrors:\n" + String.join("\n", scorer.errors));
    }
  }

  private static GoldScorer scoreFile(String resource) throws IOException {
    GoldScorer scorer = new GoldScorer();
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = QualityCorpusTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode doc = mapper.readTree(line);
          List<Claim> claims = Fixtures.extractor()
              .extract(List.of(new FieldText("text", doc.get("text").asText()))).claims();
          scorer.score(doc.get("id").asText(), doc.get("claims"), claims);
        }
      }
    }
    return scorer;
  }
}
