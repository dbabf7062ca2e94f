package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casualtyclaims.engine.confidence.Confidence;
import org.casualtyclaims.engine.confidence.ConfidenceScorer;
import org.casualtyclaims.engine.confidence.ConfidenceSettings;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numbers of the confidence rubric: {@link ConfidenceScorer} with the configset's {@code
 * claims/confidence.tsv} gives each case of the rubric its exact score and label. A change to the
 * file's numbers or to the scorer's arithmetic shows here, case by case.
 */
class ConfidenceRubricTest {
  private static final List<SentenceCue> NO_CUES = List.of();

  private static ConfidenceScorer scorer() {
    return new ConfidenceScorer(Fixtures.lexicons().confidence);
  }

  private static void assertScore(double score, ConfidenceLabel label, Confidence c) {
    assertEquals(score, c.score(), 1e-9, c::toString);
    assertEquals(label, c.label(), c::toString);
  }

  @ParameterizedTest(name = "{0} named={1}: {2} {3}")
  @CsvSource({
    "OFFICIAL, true, 0.9, HIGH",
    "OFFICIAL, false, 0.85, HIGH",
    "INTERNATIONAL, true, 0.88, HIGH",
    "INTERNATIONAL, false, 0.8, HIGH",
    "MEDIA, true, 0.6, MEDIUM",
    "MEDIA, false, 0.3, LOW",
    "WITNESS, true, 0.8, HIGH",
    "WITNESS, false, 0.3, LOW",
    "GROUP, true, 0.8, HIGH",
    "GROUP, false, 0.75, HIGH",
    "ANONYMOUS, true, 0.3, LOW",
    "ANONYMOUS, false, 0.3, LOW",
    "UNATTRIBUTED, true, 0.25, LOW",
    "UNATTRIBUTED, false, 0.25, LOW",
  })
  void eachSourceHasItsBaseScore(SourceType type, boolean named, double score, ConfidenceLabel label) {
    Confidence c =
        scorer().score(type, named, false, null, false, Qualifier.EXACT, false, NO_CUES);
    assertScore(score, label, c);
    assertEquals(1, c.reasons().size(), c::toString);
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
    "HEDGE, 0.6, MEDIUM, hedge: estimated",
    "WEAK, 0.3, LOW, hedge: claimed",
    "UNVERIFIED, 0.25, LOW, could not be verified",
    "CORRECTION, 0.2, LOW, revised",
    "PLAIN, 0.9, HIGH, said",
    "CONFIRM, 0.9, HIGH, confirmed by named official",
  })
  void eachCueCapsANamedOfficial(
      ConfidenceEffect effect, double score, ConfidenceLabel label, String reason) {
    Confidence c =
        scorer().score(SourceType.OFFICIAL, true, true, null, false, Qualifier.EXACT, false,
            List.of(new SentenceCue(effect, reason)));
    assertScore(score, label, c);
    assertEquals(List.of("named official on the record", reason), c.reasons());
  }

  @Test
  void relayedApproximateRangedAndVagueFiguresAreCapped() {
    ConfidenceScorer scorer = scorer();
    Confidence relayed =
        scorer.score(SourceType.OFFICIAL, true, false, "Reuters", true, Qualifier.EXACT, false,
            NO_CUES);
    assertScore(0.6, ConfidenceLabel.MEDIUM, relayed);
    assertEquals(List.of("official source on the record", "relayed by Reuters"),
        relayed.reasons());
    assertScore(0.6, ConfidenceLabel.MEDIUM,
        scorer.score(SourceType.OFFICIAL, true, false, null, false, Qualifier.APPROXIMATE, false,
            NO_CUES));
    Confidence range =
        scorer.score(SourceType.INTERNATIONAL, true, false, null, false, Qualifier.RANGE, false,
            NO_CUES);
    assertScore(0.6, ConfidenceLabel.MEDIUM, range);
    assertEquals("figure given as a range", range.reasons().get(1));
    Confidence vague =
        scorer.score(SourceType.GROUP, true, false, null, false, Qualifier.EXACT, true, NO_CUES);
    assertScore(0.6, ConfidenceLabel.MEDIUM, vague);
    assertEquals("vague figure", vague.reasons().get(1));
    // "at least" and "up to" bound the figure without making it approximate
    for (Qualifier bound : List.of(Qualifier.AT_LEAST, Qualifier.AT_MOST)) {
      assertScore(0.9, ConfidenceLabel.HIGH,
          scorer.score(SourceType.OFFICIAL, true, false, null, false, bound, false, NO_CUES));
    }
  }

  @Test
  void theWeakestCueWinsAndACapNeverRaisesAScore() {
    ConfidenceScorer scorer = scorer();
    assertScore(0.3, ConfidenceLabel.LOW,
        scorer.score(SourceType.OFFICIAL, true, false, "TASS", true, Qualifier.EXACT, false,
            List.of(new SentenceCue(ConfidenceEffect.WEAK, "hedge: claimed"))));
    assertScore(0.2, ConfidenceLabel.LOW,
        scorer.score(SourceType.OFFICIAL, true, false, null, false, Qualifier.APPROXIMATE, false,
            List.of(new SentenceCue(ConfidenceEffect.HEDGE, "hedge: estimated"),
                new SentenceCue(ConfidenceEffect.CORRECTION, "revised"))));
    // the hedge cap (0.6) is above an unnamed outlet's base (0.3): the base stands
    assertScore(0.3, ConfidenceLabel.LOW,
        scorer.score(SourceType.MEDIA, false, false, null, false, Qualifier.EXACT, false,
            List.of(new SentenceCue(ConfidenceEffect.HEDGE, "hedge: estimated"))));
  }

  @Test
  void onlyANamedOfficialConfirms() {
    Confidence unnamed =
        scorer().score(SourceType.OFFICIAL, false, false, null, false, Qualifier.EXACT, false,
            List.of(new SentenceCue(ConfidenceEffect.CONFIRM, "confirmed by named official")));
    assertScore(0.85, ConfidenceLabel.HIGH, unnamed);
    assertEquals(List.of("official source on the record"), unnamed.reasons());
  }

  @Test
  void labelsChangeAtTheThresholds() {
    ConfidenceSettings settings = Fixtures.lexicons().confidence;
    assertEquals(ConfidenceLabel.HIGH, settings.label(0.7));
    assertEquals(ConfidenceLabel.MEDIUM, settings.label(0.69));
    assertEquals(ConfidenceLabel.MEDIUM, settings.label(0.4));
    assertEquals(ConfidenceLabel.LOW, settings.label(0.39));
    assertEquals(ConfidenceLabel.HIGH, settings.label(1.0));
    assertEquals(ConfidenceLabel.LOW, settings.label(0.0));
  }
}
