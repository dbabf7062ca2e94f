package org.casualtyclaims.engine.figures;

import static org.casualtyclaims.engine.figures.CategoryConstructions.captivesWhoDied;
import static org.casualtyclaims.engine.figures.CategoryConstructions.elidedWithPlace;
import static org.casualtyclaims.engine.figures.VictimPhrases.victimPhraseEnd;
import static org.casualtyclaims.engine.figures.VictimPhrases.victims;

import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Gives figures still without a category the category of a figure they are coordinated with
 * ("kidnapped six girls and two staff") or a subgroup of ("including up to 15,000"). Read by
 * {@link CategoryLinker} last, once the scans and tallies have tied what they can.
 */
final class CoordinatedFigures {
  /** How far a coordinated figure may sit from the one whose category it borrows. */
  private static final int MAX_COORDINATION_GAP = 7;
  /** The same for a figure with a place of its own, which the previous one's place sets apart. */
  private static final int MAX_ELIDED_GAP = 20;

  private CoordinatedFigures() {}

  /** Coordination and subgroups: figures with no category of their own borrow a neighbour's. */
  static void inherit(List<Token> tokens, List<Figure> figures, Mention[] byFigure) {
    Mention previous = null; // the latest figure with a category, as the loop goes
    for (int f = 0; f < figures.size(); f++) {
      if (byFigure[f] != null) {
        previous = byFigure[f];
        continue;
      }
      Figure figure = figures.get(f);
      int before = figure.qualifierStart - 1;
      if (before < 0 || countsSpeakers(tokens, figure) || hasOwnVerb(tokens, figure)) {
        continue;
      }
      String link = tokens.get(before).lower();
      if (link.equals("as") && before >= 2 && tokens.get(before - 1).is("well")
          && tokens.get(before - 2).is("as")) {
        link = "and"; // "31 were killed, as well as 23 soldiers"
      }
      if (link.equals("including") && previous != null) {
        byFigure[f] = inherited(tokens, figure, previous.category());
        previous = byFigure[f];
      } else if ((link.equals("and") || link.equals(",") || link.equals("or")
              || link.equals(":")) // "killed 40 in two attacks: 26 in the village of A and ..."
          && previous != null && coordinated(tokens, figure, previous, before)) {
        byFigure[f] = inherited(tokens, figure, previous.category());
        previous = byFigure[f];
      }
    }
    // "103 passengers and nine crew ... perished": the first figure borrows from the second
    for (int f = figures.size() - 2; f >= 0; f--) {
      Mention next = byFigure[f + 1];
      if (next == null || next.link() != Mention.Link.AFTER
          || (byFigure[f] != null && !captivesWhoDied(byFigure[f], next))) {
        continue;
      }
      Figure figure = figures.get(f);
      Figure other = figures.get(f + 1);
      int gap = other.qualifierStart - figure.last;
      // "19 hostages and 29 captors died": the captives' noun alone between, perhaps with a
      // determiner before the second figure ("six hostages and all four attackers were killed")
      boolean determined = gap == 4 && isDeterminer(tokens.get(other.qualifierStart - 1));
      boolean words = byFigure[f] != null
          ? gap == 3 || determined
          : onlyWords(tokens, figure.last + 1, other.qualifierStart - 1);
      int and = determined ? other.qualifierStart - 2 : other.qualifierStart - 1;
      if (gap >= 2 && gap <= 5 && tokens.get(and).is("and") && words) {
        byFigure[f] = new Mention(figure, next.category(),
            victims(tokens, figure.last + 1, other.qualifierStart - 1), false,
            Mention.Link.INHERITED);
      }
    }
  }

  /**
   * Whether a figure after "and", "," or "or" takes the category of the one before: an active
   * verb's or an "of" cue's object ("killed 12 and 3"), "as well as", or a figure whose verb is
   * left out, farther off for its place of its own ("35 were killed in A, 11 in B").
   */
  private static boolean coordinated(
      List<Token> tokens, Figure figure, Mention previous, int before) {
    boolean elided = elidedWithPlace(tokens, figure, previous);
    boolean linked = previous.link() == Mention.Link.BEFORE || previous.link() == Mention.Link.OF
        || tokens.get(before).is("as") || elided;
    int gap = figure.qualifierStart - previous.figure().last;
    return linked && gap <= (elided ? MAX_ELIDED_GAP : MAX_COORDINATION_GAP);
  }

  /** How far after a figure the verb of the speakers it counts may stand: "two police officers said". */
  private static final int MAX_SPEAKER_PHRASE = 4;

  /**
   * "..., wounding nine, two police officers said": a figure that counts the speakers (a source
   * head noun, then a verb of speech) is who spoke, not more of the people harmed.
   */
  private static boolean countsSpeakers(List<Token> tokens, Figure figure) {
    boolean head = false;
    for (int k = figure.last + 1; k < tokens.size() && k <= figure.last + MAX_SPEAKER_PHRASE; k++) {
      Token t = tokens.get(k);
      if (t.info.speech != null) {
        return head;
      }
      if (!t.isWord() || t.info.cue != null) {
        return false;
      }
      head |= t.info.head != null;
    }
    return false;
  }

  /**
   * "killed 16 miners, and five others were trapped underground": a figure whose own auxiliary
   * follows has a verb of its own, which the scans found no category in; it borrows none.
   */
  private static boolean hasOwnVerb(List<Token> tokens, Figure figure) {
    int end = victimPhraseEnd(tokens, figure.last + 1);
    return end < tokens.size() && tokens.get(end).info.has(WordInfo.AUXILIARY);
  }

  private static Mention inherited(List<Token> tokens, Figure figure, Category category) {
    int end = victimPhraseEnd(tokens, figure.last + 1);
    return new Mention(figure, category, victims(tokens, figure.last + 1, end), false,
        Mention.Link.INHERITED);
  }

  /** "all", "the", "their": a word that may stand between "and" and a coordinated figure. */
  private static boolean isDeterminer(Token t) {
    return t.info.has(WordInfo.DETERMINER) || t.is("all") || t.is("their");
  }

  private static boolean onlyWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || (t.info.cue != null)
          || t.info.has(WordInfo.TRAP_AFTER)) {
        return false;
      }
    }
    return true;
  }
}
