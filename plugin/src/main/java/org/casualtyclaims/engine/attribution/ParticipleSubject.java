package org.casualtyclaims.engine.attribution;

import static org.casualtyclaims.engine.attribution.Clauses.namesSomeone;

import java.util.List;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * "The militia's spokesman rejected the report, writing on X that its fighters had killed
 * eight": a speech participle after a comma, with no speech verb before it, speaks for the
 * subject of the verb that opens the sentence ("rejected", "denied", "dismissed").
 */
final class ParticipleSubject {
  private ParticipleSubject() {}

  /** The frame of the participle at {@code v}, or null when the sentence opens with no speaker. */
  static Frame speaker(SourceNamer namer, List<Token> tokens, int v, DocumentContext context) {
    int verb = openingVerb(tokens, v);
    if (verb < 1) {
      return null;
    }
    SubjectFinder.Subject subject = SubjectFinder.leftSubject(tokens, verb - 1);
    if (subject == null || subject.phrase().isEmpty() || !namesSomeone(tokens, subject.phrase())) {
      return null;
    }
    SourceRef source = namer.resolve(tokens, subject.phrase(), subject.apposition(), context);
    if (source == null) {
      return null;
    }
    context.remember(source);
    ConfidenceEffect effect = tokens.get(v).info.speech;
    return new Frame(Frame.Kind.SAID, v, source,
        effect == null ? ConfidenceEffect.PLAIN : effect, tokens.get(v).lower());
  }

  /**
   * The first past-tense verb of the sentence before {@code v}, when no figure comes before it
   * and it says nothing of harm ("killed 12, saying" has the attackers, not a speaker); or -1.
   */
  private static int openingVerb(List<Token> tokens, int v) {
    for (int i = 0; i < v; i++) {
      Token t = tokens.get(i);
      if (t.isNumber() || t.info.has(WordInfo.FIGURE_WORD)) {
        return -1;
      }
      if (t.isWord() && !t.isCapitalized() && t.lower().endsWith("ed")) {
        return t.info.cue == null && t.info.passive == null ? i : -1;
      }
    }
    return -1;
  }
}
