package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;

/** Outlets a source phrase names, or names none of: "Radio Ostrava" against "US media". */
final class OutletNames {
  private OutletNames() {}

  /**
   * "US media", "Kenyan outlets": a plural outlet head right after one capitalised word, a
   * country or nationality, and no other name before it, names no outlet.
   */
  static boolean national(List<Token> tokens, int from, int to) {
    Token head = tokens.get(to - 1);
    if (!(head.is("media") || head.endsWith("s")) || to - 2 < from
        || !tokens.get(to - 2).isCapitalized()) {
      return false;
    }
    return !InstitutionNames.hasProperWord(tokens, from, to - 2);
  }

  /**
   * An outlet named after its medium, "Radio Ostrava", "Television Kraj": the capitalised run
   * ending the phrase opens with a media head. Null when there is none.
   */
  static Span named(List<Token> tokens, int from, int to) {
    int start = to;
    while (start > from && tokens.get(start - 1).isCapitalized()) {
      start--;
    }
    if (to - start < 2 || start == 0 || InstitutionNames.isQuote(tokens.get(start - 1))) {
      return null; // "Broadcaster Canal Norte" opening a sentence: the head is no part of the name
    }
    SourceHead first = tokens.get(start).info.head;
    boolean media = first != null && first.type() == SourceType.MEDIA
        && first.kind() == SourceHead.Kind.ORG && tokens.get(to - 1).info.head == null;
    return media ? new Span(start, to) : null;
  }
}
