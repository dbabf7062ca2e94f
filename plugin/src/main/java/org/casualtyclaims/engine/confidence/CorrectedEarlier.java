package org.casualtyclaims.engine.confidence;

import java.util.List;
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
  private static final String[] EARLIER =
      {"earlier", "initially", "previously", "originally", "first"};
  /** Verbs of a tally that "had" puts before the current count: "had put the toll at 15". */
  private static final String[] EARLIER_TALLIES = {"put", "given", "set", "placed"};

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
    return namesEarlier(tokens, figure) ? correction : null;
  }

  /**
   * Whether {@code figure} is a count given before the story's current one: a word before it says
   * so ("Police initially said 11"), or a tally in the past perfect ("The agency had put the toll
   * at 15").
   */
  public static boolean givenEarlier(List<Token> tokens, Figure figure) {
    if (namesEarlier(tokens, figure)) {
      return true;
    }
    for (int k = 0; k + 1 < figure.qualifierStart; k++) {
      if (tokens.get(k).is("had") && isOneOf(tokens.get(k + 1), EARLIER_TALLIES)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesEarlier(List<Token> tokens, Figure figure) {
    for (int k = 0; k < figure.qualifierStart; k++) {
      if (isOneOf(tokens.get(k), EARLIER)) {
        return true;
      }
    }
    return false;
  }

  /** Compared in place: every word before every figure is asked, and most are in no table. */
  private static boolean isOneOf(Token token, String[] lowerWords) {
    for (String w : lowerWords) {
      if (token.is(w)) {
        return true;
      }
    }
    return false;
  }
}
