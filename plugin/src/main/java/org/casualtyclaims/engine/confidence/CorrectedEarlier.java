package org.casualtyclaims.engine.confidence;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.figures.Figure;
import org.casualtyclaims.engine.text.Token;

/**
 * The count a correction replaced, given in the sentence after it: "Police revised the toll down
 * to nine, saying two bodies had been counted twice. Police had earlier said 11 were killed." The
 * earlier 11 is the figure said to be wrong, and takes the correction's cue; a count merely
 * overtaken by a later one ("had earlier said 11" after "the toll rose to 14") keeps its own.
 */
public final class CorrectedEarlier {
  private static final Set<String> EARLIER =
      Set.of("earlier", "initially", "previously", "originally", "first");

  private SentenceCue correction;
  private int correctionSentence = -2;

  /** Notes the correction, if any, among the cues of sentence {@code sentence}. */
  public void sentenceRead(List<SentenceCue> cues, int sentence) {
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.CORRECTION) {
        correction = cue;
        correctionSentence = sentence;
      }
    }
  }

  /**
   * The correction that bears on {@code figure} of sentence {@code sentence}: the one of the
   * sentence just before, when a word before the figure marks it as the earlier count; else null.
   */
  public SentenceCue cueFor(Figure figure, List<Token> tokens, int sentence) {
    if (sentence != correctionSentence + 1) {
      return null;
    }
    for (int k = 0; k < figure.qualifierStart; k++) {
      if (EARLIER.contains(tokens.get(k).lower())) {
        return correction;
      }
    }
    return null;
  }
}
