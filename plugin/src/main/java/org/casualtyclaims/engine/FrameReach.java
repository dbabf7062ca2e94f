package org.casualtyclaims.engine;

import java.util.List;

/**
 * Whether a speech frame reaches a figure of its sentence. A speaker who opens a clause joined on
 * with ", and" or ";" after the figure ("the coast guard has recovered six bodies, and survivors
 * say more than 60 are missing") speaks of what follows the verb, not of the clause before.
 */
final class FrameReach {
  private FrameReach() {}

  static boolean reaches(List<Token> tokens, Frame frame, Figure figure) {
    if (frame.kind != Frame.Kind.SAID || frame.anchor <= figure.last
        || !saysMore(tokens, frame.anchor)) {
      return true; // "..., police said." closes and covers the whole sentence
    }
    for (int k = figure.last + 1; k + 1 < frame.anchor; k++) {
      Token t = tokens.get(k);
      Token next = tokens.get(k + 1);
      if (t.is(";") || (t.is(",") && (next.is("and") || next.is("but")))) {
        return false;
      }
    }
    return true;
  }

  /** Words after the verb: it reports a clause of its own ("say more than 60 are missing"). */
  private static boolean saysMore(List<Token> tokens, int verb) {
    for (int k = verb + 1; k < tokens.size(); k++) {
      if (tokens.get(k).isNumber() || tokens.get(k).is("that")) {
        return true;
      }
    }
    return false;
  }
}
