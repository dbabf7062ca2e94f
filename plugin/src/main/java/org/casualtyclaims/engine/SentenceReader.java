package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.text.PhraseTable;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * What a sentence says of itself, read from its tokens: the cue phrases it holds ("could not be
 * verified") and which tokens stand inside quotation marks.
 */
final class SentenceReader {
  private final PhraseTable<SentenceCue> sentenceCues;

  SentenceReader(PhraseTable<SentenceCue> sentenceCues) {
    this.sentenceCues = sentenceCues;
  }

  /**
   * Whether one of the cues may speak of figures given before the sentence: could not be
   * verified, disputed, or a hedge ("the figures were provisional").
   */
  static boolean disclaims(List<SentenceCue> cues) {
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.UNVERIFIED || cue.effect() == ConfidenceEffect.DISPUTED
          || cue.effect() == ConfidenceEffect.HEDGE) {
        return true;
      }
    }
    return false;
  }

  /** Which tokens stand inside quotation marks. */
  static boolean[] quoteMask(List<Token> tokens, boolean startsInQuote) {
    boolean[] quoted = new boolean[tokens.size()];
    boolean in = startsInQuote;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.isPunct()) {
        quoted[k] = in;
        continue;
      }
      if (t.is("\u201C") || (t.is("\"") && !in)) {
        in = true;
      } else if (t.is("\u201D") || t.is("\"")) {
        in = false;
      } else {
        quoted[k] = in;
      }
    }
    return quoted;
  }

  /** The cue phrases of a sentence ("could not be verified"), each once, in order. */
  List<SentenceCue> sentenceCues(List<Token> tokens) {
    List<SentenceCue> cues = List.of();
    for (int k = 0; k < tokens.size(); k++) {
      WordInfo word = tokens.get(k).info;
      boolean single = word.has(WordInfo.CUE_PHRASE_WORD);
      if (!word.has(WordInfo.CUE_PHRASE_START) || (!single && (k + 1 >= tokens.size()
          || !tokens.get(k + 1).info.has(WordInfo.CUE_PHRASE_SECOND)))) {
        continue; // "is" and "could" open cues only before their second words
      }
      PhraseTable.Match<SentenceCue> m = sentenceCues.matchAt(tokens, k);
      if (m != null) {
        if (cues.isEmpty()) {
          cues = new ArrayList<>(2);
        }
        if (!cues.contains(m.value())) {
          cues.add(m.value());
        }
        k += m.length() - 1;
      }
    }
    return cues;
  }
}
