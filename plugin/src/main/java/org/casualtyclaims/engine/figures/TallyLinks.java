package org.casualtyclaims.engine.figures;

import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.text.Grammar;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Ties figures that complete a tally to its category: "the death toll rose to 24", "a toll of
 * 43", "the number of injured is 20". Read by {@link CategoryLinker} after the right and left
 * scans, for the figures they left without a category.
 */
final class TallyLinks {
  private static final int MAX_TALLY_REACH = 25;

  private TallyLinks() {}

  /** Tallies: "the death toll rose to 24", "a toll of 43", "the number of injured is 20". */
  static void linkTallies(List<Token> tokens, List<Figure> figures, Mention[] byFigure) {
    int firstAfter = 0; // figures are in order, and so are the tally words
    for (int h = 0; h < tokens.size(); h++) {
      WordInfo word = tokens.get(h).info;
      if (word.cue == null && !word.has(WordInfo.TALLY_NOUN)) {
        continue; // neither a tally word nor the "number" of "the number of dead"
      }
      Category category = tallyAt(tokens, h);
      if (category == null) {
        continue;
      }
      boolean earlierTally = false;
      boolean official = false;
      for (int k = Math.max(0, h - 3); k < h; k++) {
        earlierTally |= tokens.get(k).info.has(WordInfo.EARLIER);
        official |= tokens.get(k).is("official");
      }
      int reach = Math.min(tokens.size(), h + MAX_TALLY_REACH);
      while (firstAfter < figures.size() && figures.get(firstAfter).qualifierStart <= h) {
        firstAfter++;
      }
      for (int f = firstAfter; f < figures.size(); f++) {
        Figure figure = figures.get(f);
        if (figure.qualifierStart >= reach) {
          break;
        }
        if (crossesBoundary(tokens, h + 1, figure.qualifierStart)) {
          break;
        }
        int b = figure.qualifierStart - 1;
        while (b > h && tokens.get(b).isDoubleQuote()) {
          b--; // the toll was "in excess of 35"
        }
        Token before = tokens.get(b);
        if (before.is("of") && b > h + 1) {
          continue; // "a toll of 43", but not "a death toll ... the village of 400 people"
        }
        boolean linked = before.info.has(WordInfo.TALLY_LINK)
            || (b == h && !tokens.get(h).is("toll")) // "army says losses fewer than 20"
            || (figure.qualifierPhrase != null
                && Grammar.TALLY_LINKS.contains(figure.qualifierPhrase));
        if (!linked || byFigure[f] != null) {
          continue;
        }
        boolean from = before.is("from");
        if (from && countsThings(tokens, figure)) {
          continue; // "the death toll from two landslides": what the tally is of, not a count
        }
        byFigure[f] = new Mention(figure, category, null, earlierTally || from, Mention.Link.TALLY,
            official && !from);
        if (!from) {
          linkFormerAfter(tokens, figures, byFigure, f, category);
          break; // the tally's current figure found
        }
      }
    }
  }

  /**
   * "raised the death toll to 24 from 19": the figure the tally was taken from, right after its
   * current one, is an earlier count of the same tally.
   */
  private static void linkFormerAfter(
      List<Token> tokens, List<Figure> figures, Mention[] byFigure, int current, Category category) {
    int f = current + 1;
    if (f >= figures.size() || byFigure[f] != null) {
      return;
    }
    int from = figures.get(f).qualifierStart - 1;
    if (from < 0 || !tokens.get(from).is("from") || from != figures.get(current).last + 1) {
      return;
    }
    byFigure[f] = new Mention(figures.get(f), category, null, true, Mention.Link.TALLY, false);
  }

  /** A figure followed by a plain lower-case noun: "two landslides", not "58 to 70". */
  private static boolean countsThings(List<Token> tokens, Figure figure) {
    int next = figure.last + 1;
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next);
    return t.isWord() && !t.isCapitalized() && t.info == WordInfo.NONE;
  }

  /** How far back from its figure a bare tally noun may stand: "count, published ..., stood at". */
  private static final int MAX_BARE_REACH = 20;

  /**
   * Figures that complete a tally noun naming no category, which points back to what was counted
   * before it ("..., raising its previous count of 70", "Another charity puts the figure at more
   * than 10,000", "Kyiv's own count stood at 712,330"): each counts the category of the nearest
   * figure before it in its sentence, else {@code before}, the category the sentence before
   * counted last; with neither, it stays unlinked.
   */
  static void linkBareTallies(
      List<Token> tokens, List<Figure> figures, Mention[] byFigure, Category before) {
    for (int f = 0; f < figures.size(); f++) {
      if (byFigure[f] != null) {
        continue;
      }
      int h = bareTallyBefore(tokens, figures.get(f));
      if (h < 0) {
        continue;
      }
      Category category = before;
      for (int g = f - 1; g >= 0; g--) {
        if (byFigure[g] != null && figures.get(g).last < h) {
          category = byFigure[g].category();
          break;
        }
      }
      if (category == null) {
        category = cueBefore(tokens, h); // "confirmed the abduction but put the number at 61"
      }
      if (category == null) {
        continue;
      }
      boolean earlier = false;
      for (int k = Math.max(0, h - 3); k < h; k++) {
        earlier |= tokens.get(k).info.has(WordInfo.EARLIER);
      }
      byFigure[f] = new Mention(figures.get(f), category, null, earlier, Mention.Link.TALLY);
    }
  }

  /**
   * The tally noun that a figure completes through a link word ("the figure at", "its count of",
   * "count ... stood at"), owned or made definite ("the", "its", "Kyiv's own"), or -1.
   */
  private static int bareTallyBefore(List<Token> tokens, Figure figure) {
    int b = figure.qualifierStart - 1;
    if (b < 2 || !tokens.get(b).info.has(WordInfo.TALLY_LINK)) {
      return -1;
    }
    for (int h = b - 1; h >= 1 && h >= b - MAX_BARE_REACH; h--) {
      Token t = tokens.get(h);
      if (t.isNumber() || t.info.cue != null || t.is(";") || t.is("(") || t.is(")")) {
        return -1;
      }
      boolean namesWhat = h + 1 < b && tokens.get(h + 1).is("of"); // not "a count of 70"
      if (t.info.has(WordInfo.TALLY_NOUN) && isOwned(tokens, h) && !namesWhat) {
        return h; // "the number of people displaced at 414,000" counts what it names
      }
    }
    return -1;
  }

  /**
   * The category of the nearest category word before a bare tally noun in its sentence, when no
   * figure before it has one: "police confirmed the abduction but put the number at 61".
   */
  private static Category cueBefore(List<Token> tokens, int h) {
    for (int k = h - 1; k >= 0; k--) {
      CategoryCue cue = tokens.get(k).info.cue;
      if (cue != null) {
        return cue.category();
      }
    }
    return null;
  }

  /** "the figure", "its previous count", "Kyiv's own count": a tally someone keeps. */
  private static boolean isOwned(List<Token> tokens, int h) {
    for (int k = h - 1; k >= 0 && k >= h - 3; k--) {
      Token t = tokens.get(k);
      if (t.is("the") || t.is("its") || t.is("their") || t.is("'s") || t.is("this")) {
        return true;
      }
      if (!t.isWord() || t.isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  private static Category tallyAt(List<Token> tokens, int h) {
    Token t = tokens.get(h);
    if (t.is("number") && h + 1 < tokens.size()) {
      CategoryCue participle = tokens.get(h + 1).info.cue;
      if (participle != null && participle.has(CueRole.AFTER) && h + 2 < tokens.size()
          && tokens.get(h + 2).info.has(WordInfo.TALLY_LINK)) {
        return participle.category(); // "put the number abducted at 45", "the number killed"
      }
    }
    if (t.is("number") && h + 2 < tokens.size() && tokens.get(h + 1).is("of")) {
      // "the number of dead", "the number of people killed", "the number of people confirmed dead"
      for (int k = h + 2; k < tokens.size() && k <= h + 4; k++) {
        CategoryCue cue = tokens.get(k).info.cue;
        if (cue != null) {
          return cue.category();
        }
        if (!tokens.get(k).isWord()) {
          break;
        }
      }
      return null;
    }
    CategoryCue cue = t.info.cue;
    if (cue == null || !cue.has(CueRole.TALLY)) {
      return null;
    }
    if (t.is("toll") && h > 0) {
      CategoryCue modifier = tokens.get(h - 1).info.cue;
      if (modifier != null) {
        return modifier.category();
      }
      if (tokens.get(h - 1).is("casualty")) {
        return Category.CASUALTIES;
      }
      if (tokens.get(h - 1).is("injury")) {
        return Category.INJURED;
      }
    }
    return cue.category();
  }

  private static boolean crossesBoundary(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.isPunct() && (t.is(";") || t.is("(") || t.is(")"))) {
        return true;
      }
      CategoryCue cue = t.info.cue;
      if (cue != null && cue.has(CueRole.TALLY)) {
        return true;
      }
    }
    return false;
  }
}
