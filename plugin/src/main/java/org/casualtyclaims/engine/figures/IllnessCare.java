package org.casualtyclaims.engine.figures;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.text.Token;

/**
 * Care is not injury in a document about a disease. GUIDELINES.md counts as injured those
 * wounded, hurt or hospitalised with injuries; an outbreak's patients ("health workers treated
 * 2,300 patients", "96 remained in hospital", "200,000 were hospitalised with dengue") are none
 * of those. In such a document an injured figure stands only where its sentence holds a word of
 * injury ("wounded", "injured", "burns"), not care alone ({@link CueRole#CARE}, or a word that
 * counts only after an auxiliary, such as "hospital").
 */
public final class IllnessCare {
  private IllnessCare() {}

  /** The mentions of a sentence of a disease's document, without injured ones care alone made. */
  public static List<Mention> withoutCareOnly(List<Token> tokens, List<Mention> mentions) {
    if (!anyInjured(mentions) || holdsInjuryWord(tokens)) {
      return mentions;
    }
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.category() != Category.INJURED) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean anyInjured(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.category() == Category.INJURED) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsInjuryWord(List<Token> tokens) {
    for (Token t : tokens) {
      CategoryCue cue = t.info.cue;
      if (cue != null && cue.category() == Category.INJURED && !cue.has(CueRole.CARE)) {
        return true;
      }
    }
    return false;
  }
}
