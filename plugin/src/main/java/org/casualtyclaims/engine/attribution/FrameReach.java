package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.figures.Figure;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.text.Token;

/**
 * Whether a speech frame reaches a figure of its sentence. A speaker who opens a clause joined on
 * with ", and", ", while" or ";" after the figure and gives a figure of their own ("the coast
 * guard has recovered six bodies, and survivors say more than 60 are missing") speaks of what
 * follows the verb, not of the clause before.
 */
public final class FrameReach {
  private FrameReach() {}

  public static boolean reaches(List<Token> tokens, Frame frame, Figure figure) {
    if (frame.kind != Frame.Kind.SAID || frame.anchor <= figure.last
        || !givesAFigure(tokens, frame.anchor)) {
      return true; // "..., police said." closes and covers the whole sentence
    }
    for (int k = figure.last + 1; k + 1 < frame.anchor; k++) {
      Token t = tokens.get(k);
      Token next = tokens.get(k + 1);
      if (t.is(";") || (t.is(",") && (next.is("and") || next.is("but") || next.is("while")
          || next.is("whereas")) && !goesOnWithAVerb(tokens, k + 2))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "killed 26, including three children, and wounded 93, the governor said": a category verb
   * after ", and" goes on with the first clause's subject, where a new subject would open a clause.
   */
  private static boolean goesOnWithAVerb(List<Token> tokens, int k) {
    return k < tokens.size() && tokens.get(k).info.cue != null && !tokens.get(k).isCapitalized();
  }

  /** A figure after the verb: the speaker gives one of their own ("say more than 60 ..."). */
  private static boolean givesAFigure(List<Token> tokens, int verb) {
    for (int k = verb + 1; k < tokens.size(); k++) {
      if (tokens.get(k).isNumber() || NumberWords.startsNumber(tokens, k)) {
        return true;
      }
    }
    return false;
  }
}
