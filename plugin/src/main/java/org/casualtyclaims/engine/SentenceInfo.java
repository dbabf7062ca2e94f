package org.casualtyclaims.engine;

import java.util.List;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.text.Token;

/** What one sentence holds, once read. */
final class SentenceInfo {
  private final List<Token> tokens;
  /** Set once every sentence's figures are read, if any is. */
  private List<Frame> frames = List.of();
  private final List<Mention> mentions;
  private final List<SentenceCue> cues;
  private final boolean startsInQuote;
  private boolean[] quoted;

  SentenceInfo(List<Token> tokens, List<Mention> mentions, List<SentenceCue> cues,
      boolean startsInQuote) {
    this.tokens = tokens;
    this.mentions = mentions;
    this.cues = cues;
    this.startsInQuote = startsInQuote;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Frame> frames() {
    return frames;
  }

  void frames(List<Frame> frames) {
    this.frames = frames;
  }

  List<Mention> mentions() {
    return mentions;
  }

  List<SentenceCue> cues() {
    return cues;
  }

  /** Which tokens stand inside quotation marks; worked out when first asked. */
  boolean[] quoted() {
    if (quoted == null) {
      quoted = SentenceReader.quoteMask(tokens, startsInQuote);
    }
    return quoted;
  }
}
