package org.casualtyclaims.engine.confidence;

import java.util.List;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.RawClaim;
import org.casualtyclaims.engine.figures.Figure;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * The count a correction replaced, given in the sentence after it: "Police revised the toll down
 * to nine, saying two bodies had been counted twice. Police had earlier said 11 were killed." The
 * earlier 11 is the figure said to be wrong, and takes the correction's cue; a count merely
 * overtaken by a later one ("had earlier said 11" after "the toll rose to 14") keeps its own.
 * A correction that points back at an earlier tally ("said its earlier figure had been wrong
 * and put the toll at 11") speaks of the count its source gave before, not of the new one.
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
   * The correction among {@code cues} when it points back at an earlier tally named by a word of
   * Grammar's earlier words before a tally noun of attribution-words.tsv ("its earlier figure
   * had been wrong", "the initial toll was incorrect") that gives no count of its own in the
   * sentence ("its earlier figure of 3 was wrong" corrects the 3 where it stands); else null.
   */
  public static SentenceCue pointingBack(
      List<Token> tokens, List<SentenceCue> cues, List<Mention> mentions) {
    SentenceCue correction = null;
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.CORRECTION) {
        correction = cue;
      }
    }
    if (correction == null) {
      return null;
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).info.has(WordInfo.EARLIER)
          && tokens.get(k + 1).info.has(WordInfo.TALLY_NOUN)) {
        return countOf(tokens, k + 2, mentions) ? null : correction;
      }
    }
    return null;
  }

  /** Whether "of" at {@code at} opens one of the sentence's figures: "figure of (about) 3". */
  private static boolean countOf(List<Token> tokens, int at, List<Mention> mentions) {
    if (at >= tokens.size() || !tokens.get(at).is("of")) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.figure().qualifierStart > at && m.figure().qualifierStart <= at + 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives {@code correction}, which points back at an earlier tally, to the earlier figures of
   * the sources that speak in sentence {@code sentence}: the claims {@code raws} holds from
   * {@code sentenceStart} on are that sentence's.
   */
  public static void applyBack(List<RawClaim> raws, int sentenceStart, SentenceCue correction) {
    for (int j = sentenceStart; j < raws.size(); j++) {
      RawClaim own = raws.get(j);
      if (own.source == null) {
        continue;
      }
      for (int k = 0; k < sentenceStart; k++) {
        RawClaim earlier = raws.get(k);
        if (earlier.sourceKey().equals(own.sourceKey()) && !earlier.cues.contains(correction)) {
          earlier.cues.add(correction);
        }
      }
    }
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
