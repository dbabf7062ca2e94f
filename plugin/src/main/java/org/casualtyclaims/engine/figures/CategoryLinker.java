package org.casualtyclaims.engine.figures;

import static org.casualtyclaims.engine.figures.CategoryConstructions.*;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.text.Grammar;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Ties the figures of a sentence to casualty categories.
 *
 * <p>A figure is tied to a category word that follows it across its noun phrase ("1,000 North
 * Korean troops have been killed"), to an active verb before it ("the strike killed 11"), to a
 * tally it completes ("the death toll rose to 24"), or, failing those, to the category of a
 * figure it is coordinated with ("kidnapped six girls and two staff") or a subgroup of ("including
 * up to 15,000"). Every scan is bounded by a small window, so the work per sentence is linear.
 */
public final class CategoryLinker {
  private static final int MAX_PHRASE = 8;
  private static final int MAX_PHRASE_WITH_RELATIVE = 18;
  private static final int MAX_TALLY_REACH = 25;
  private static final int MAX_VICTIM_WORDS = 6;
  /** How far a coordinated figure may sit from the one whose category it borrows. */
  private static final int MAX_COORDINATION_GAP = 7;
  /** The same for a figure with a place of its own, which the previous one's place sets apart. */
  private static final int MAX_ELIDED_GAP = 12;

  private final Lexicons lexicons;

  public CategoryLinker(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  public List<Mention> link(List<Token> tokens, List<Figure> figures) {
    if (figures.isEmpty()) {
      return List.of(); // "rescuers searched for the missing": a category word, no figure
    }
    Mention[] byFigure = new Mention[figures.size()];
    List<Mention> extra = new ArrayList<>();
    for (int f = 0; f < figures.size(); f++) {
      Figure figure = figures.get(f);
      List<Mention> right = linkRight(tokens, figure);
      if (!right.isEmpty()) {
        byFigure[f] = right.get(right.size() - 1);
        extra.addAll(right.subList(0, right.size() - 1));
        continue;
      }
      byFigure[f] = linkLeft(tokens, figure);
    }
    linkTallies(tokens, figures, byFigure);
    inherit(tokens, figures, byFigure);
    List<Mention> mentions = new ArrayList<>(extra);
    for (Mention m : byFigure) {
      if (m != null) {
        mentions.add(m);
      }
    }
    return mentions;
  }

  /**
   * The category words after the figure. Returns the main-clause mention last; a category inside
   * a relative clause ("two soldiers who went missing ... were captured") comes first.
   */
  private List<Mention> linkRight(List<Token> tokens, Figure figure) {
    Category[] partitive = new Category[1];
    List<Mention> found = scanRight(tokens, figure, partitive);
    if (found.isEmpty() && partitive[0] != null && figure.count > 1) {
      // "at least four of the dead had been shot": the dead are counted ("one of the dead" is
      // a person, not a figure)
      found.add(new Mention(figure, partitive[0], null, false, Mention.Link.AFTER));
    }
    return found;
  }

  private List<Mention> scanRight(List<Token> tokens, Figure figure, Category[] partitive) {
    List<Mention> found = new ArrayList<>(2);
    int start = figure.last + 1;
    int j = start;
    boolean aux = false;
    boolean relative = false;
    boolean sawRelative = false;
    boolean afterPreposition = false;
    int phraseEnd = start; // the victim phrase is tokens[start, phraseEnd)
    int phraseWords = 0;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      CategoryCue cue = t.info.cue;
      Category passive = aux ? t.info.passive : null;
      if (passive != null) {
        found.add(new Mention(figure, passive, victims(tokens, start, phraseEnd), false,
            Mention.Link.AFTER));
        return found;
      }
      if (cue != null && !aux && j >= 2 && tokens.get(j - 1).is("the")
          && tokens.get(j - 2).is("of")) {
        // "Five of the wounded succumbed": the set, unless nothing else says what happened
        partitive[0] = cue.category();
        phraseWords++;
        j++;
        continue;
      }
      if (cue != null && !aux && cue.category() == Category.CAPTURED && diesAfter(tokens, j + 1)) {
        phraseWords++; // "seven hostages died": the captives are the victims of a killing
        j++;
        continue;
      }
      if (cue != null && (cue.has(CueRole.AFTER) || cue.has(CueRole.NOUN))
          && cueFits(tokens, j, cue, aux, phraseWords, figure)) {
        if (!aux && cue.has(CueRole.BEFORE) && startsObject(tokens, j + 1)) {
          return found; // "the 2004 tsunami killed 230,000": the figure is not the victim
        }
        if (cue.has(CueRole.PERSON) && phraseWords > 0 && !hasPerson(tokens, start, phraseEnd)) {
          return found;
        }
        Mention.Link link = aux || !cue.has(CueRole.NOUN) ? Mention.Link.AFTER : Mention.Link.NOUN;
        found.add(new Mention(figure, mixed(tokens, j, cue.category()),
            victims(tokens, start, phraseEnd), false, link));
        if (!relative) {
          return found;
        }
        relative = false; // keep looking for the main clause's verb
        aux = false;
        j++;
        continue;
      }
      if (t.isNumber() || (t.isWord() && NumberWords.startsNumber(tokens, j) && j > start)) {
        return found;
      }
      if (t.isDoubleQuote()) {
        j++; // "suffered "over 2.5 thousand" casualties"
        continue;
      }
      if (t.isPunct()) {
        if (t.is(",") && !aux) {
          // "Fourteen people, most of them civilians, were killed"
          int close = skipParenthetical(tokens, j + 1);
          if (close < 0 || !continuesClause(tokens, close + 1)) {
            return found;
          }
          j = close + 1;
          continue;
        }
        if ((t.is("-") || t.is("/")) && !t.spaceBefore) {
          j++;
          continue;
        }
        if ((t.is("'") || t.is("\u2019")) && !t.spaceBefore && tokens.get(j - 1).endsWith("s")) {
          j++; // a plural possessive inside the phrase: "ten people on the smugglers' boat"
          continue;
        }
        return found;
      }
      if (t.info.has(WordInfo.AUXILIARY) && (!aux || t.info.has(WordInfo.FILLER))) {
        aux = true;
        j++;
        continue;
      }
      if (aux) {
        Category twoWords = twoWordPassive(tokens, j);
        if (twoWords != null) { // "11 captors were gunned down"
          found.add(new Mention(figure, twoWords, victims(tokens, start, phraseEnd), false,
              Mention.Link.AFTER));
          return found;
        }
        if (t.info.has(WordInfo.FILLER) || andThenCategory(tokens, j)) {
          j++; // "were shot and killed"
          continue;
        }
        if (t.is("on") && j + 1 < tokens.size() && tokens.get(j + 1).info.has(WordInfo.WEEKDAY)) {
          j += 2; // "were on Saturday kidnapped"
          continue;
        }
        if (relative) {
          aux = false; // "50 people who were siphoning fuel ... were killed": the clause goes on
          j++;
          continue;
        }
        return found;
      }
      if (t.info.has(WordInfo.RELATIVE)) {
        relative = true;
        sawRelative = true;
        j++;
        continue;
      }
      if (t.is("and") && j + 1 < tokens.size()
          && tokens.get(j + 1).info.has(WordInfo.AUXILIARY)) {
        return found; // "captured 112 soldiers and had killed ...": another verb phrase
      }
      if (t.info.has(WordInfo.CLAUSE_BREAK) || t.info.speech != null
          || (t.info.has(WordInfo.TRAP_AFTER) && !afterPreposition && !possessive(tokens, j + 1))
          || t.is("according")) {
        return found; // "300 homes": the figure counts things ("near the river last week" does not)
      }
      if (cue != null && j + 2 < tokens.size() && tokens.get(j + 1).is("their")
          && tokens.get(j + 2).is("lives")) {
        j += 2; // "five civilians lost their lives": "lives" says what happened
        continue;
      }
      if (cue != null) {
        return found; // an active verb: a new clause
      }
      afterPreposition |= t.info.has(WordInfo.PREPOSITION) && !t.is("of");
      if (!relative) {
        if (!t.info.has(WordInfo.PREPOSITION) || t.is("of")) {
          if (phraseEnd == j) {
            phraseEnd = j + 1;
          }
        }
        phraseWords++;
      }
      j++;
      int limit = sawRelative ? MAX_PHRASE_WITH_RELATIVE : MAX_PHRASE;
      if (j - start > limit) {
        return found;
      }
    }
    return found;
  }

  /**
   * A death right after, across auxiliaries: "hostages died", "hostages were killed". A bare
   * "killed" after "hostages" may be their own act ("hostages killed a guard") and is left to
   * the captives' word.
   */
  private static boolean diesAfter(List<Token> tokens, int j) {
    boolean aux = false;
    for (int k = j; k < tokens.size() && k < j + 4; k++) {
      Token t = tokens.get(k);
      CategoryCue cue = t.info.cue;
      if (cue != null) {
        boolean intransitive = !cue.has(CueRole.BEFORE);
        return cue.category() == Category.KILLED && cue.has(CueRole.AFTER) && (intransitive || aux);
      }
      if (!t.info.has(WordInfo.AUXILIARY) && !t.info.has(WordInfo.FILLER)) {
        return false;
      }
      aux |= t.info.has(WordInfo.AUXILIARY);
    }
    return false;
  }

  /** The category of a two-word verb form read after an auxiliary: "were gunned down". */
  private Category twoWordPassive(List<Token> tokens, int j) {
    if (!tokens.get(j).info.has(WordInfo.CUE_PREFIX) || j + 1 >= tokens.size()) {
      return null;
    }
    CategoryCue cue =
        lexicons.categoryCues.get(tokens.get(j).lower() + " " + tokens.get(j + 1).lower());
    return cue == null ? null : cue.category();
  }

  /**
   * "killed or wounded", "dead or missing": a figure that mixes categories counts casualties.
   */
  private Category mixed(List<Token> tokens, int j, Category category) {
    if (j + 2 < tokens.size() && (tokens.get(j + 1).is("or") || tokens.get(j + 1).is("and"))) {
      CategoryCue other = tokens.get(j + 2).info.cue;
      if (other != null && other.category() != category
          && (other.has(CueRole.AFTER) || other.has(CueRole.NOUN))
          && !(tokens.get(j + 1).is("and") && startsObject(tokens, j + 3))) {
        return tokens.get(j + 1).is("or") ? Category.CASUALTIES : category;
      }
    }
    return category;
  }

  /**
   * Whether a category word at {@code j} may close the phrase scanned so far. "Lives" counts the
   * dead only as "lost their lives" or right after a figure that a death took ("claimed 14 lives",
   * "cost more than 14 lives").
   */
  private boolean cueFits(
      List<Token> tokens, int j, CategoryCue cue, boolean aux, int phraseWords, Figure figure) {
    Token t = tokens.get(j);
    if (t.is("lives")) {
      boolean lost = j >= 2 && tokens.get(j - 1).is("their")
          && (tokens.get(j - 2).is("lost") || tokens.get(j - 2).is("lose")
              || tokens.get(j - 2).is("losing"));
      boolean taken = j == figure.last + 1 && figure.qualifierStart > 0
          && takesLives(tokens.get(figure.qualifierStart - 1));
      return lost || taken;
    }
    if (cue.has(CueRole.AFTER) && !(cue.has(CueRole.NOUN) && !aux && singularBefore(tokens, j))) {
      return true;
    }
    if (singularBefore(tokens, j)) {
      return false; // "two others carried a dead body": the word describes another noun
    }
    // a noun such as "casualties" follows the figure closely, and not as the set one thing is
    // part of ("one of the largest abductions"; "dozens of bodies" do count)
    boolean oneOf = figure.count == 1 && !figure.vague && tokens.get(figure.last + 1).is("of");
    return !aux && phraseWords <= 3 && !oneOf;
  }

  /** After an inserted ", ... ,": an auxiliary or a category word carries the clause on. */
  private boolean continuesClause(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    CategoryCue cue = t.info.cue;
    return (t.info.has(WordInfo.AUXILIARY) && !t.is("said") && !t.is("reported"))
        || (cue != null && cue.has(CueRole.AFTER));
  }

  /** Index of the comma closing an inserted ", including ... ," or -1 when none is near. */
  private static int skipParenthetical(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + 14; k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
      if (tokens.get(k).isPunct() && !tokens.get(k).is("-")) {
        return -1;
      }
    }
    return -1;
  }

  private boolean startsObject(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    return t.isNumber() || t.info.has(WordInfo.OBJECT_START)
        || (t.info.vague != null) || NumberWords.startsNumber(tokens, j);
  }

  private Mention linkLeft(List<Token> tokens, Figure figure) {
    int k = figure.qualifierStart - 1;
    int skipped = 0;
    while (k >= 0 && skipped < 3 && (tokens.get(k).info.has(WordInfo.LEFT_FILLER)
        || tokens.get(k).isDoubleQuote()) && !isOfCue(tokens, k)) {
      k--;
      skipped++;
    }
    if (k < 0) {
      return null;
    }
    Category along = alongWith(tokens, k);
    if (along != null) { // "the governor was killed along with two colleagues"
      return new Mention(figure, along, victimsAfter(tokens, figure), false, Mention.Link.BEFORE);
    }
    Token t = tokens.get(k);
    if (isOfCue(tokens, k)) {
      CategoryCue cue = tokens.get(isDayWord(tokens.get(k - 1)) ? k - 2 : k - 1).info.cue;
      return new Mention(figure, cue.category(), victimsAfter(tokens, figure), false, Mention.Link.OF);
    }
    CategoryCue cue = k > 0 && tokens.get(k - 1).info.has(WordInfo.CUE_PREFIX)
        ? lexicons.categoryCues.get(tokens.get(k - 1).lower() + " " + t.lower())
        : null;
    if (cue == null) {
      cue = t.info.cue;
    }
    if (cue == null || !cue.has(CueRole.BEFORE)) {
      return null;
    }
    int phraseEnd = victimPhraseEnd(tokens, figure.last + 1);
    boolean elided = phraseEnd == figure.last + 1 && hasPerson(tokens, Math.max(0, k - 8), k);
    if (cue.has(CueRole.PERSON) && !hasPerson(tokens, figure.last + 1, phraseEnd) && !elided) {
      return null; // people must be named, or just before: "killed 100 soldiers and captured 12"
    }
    return new Mention(figure, cue.category(), victims(tokens, figure.last + 1, phraseEnd), false,
        Mention.Link.BEFORE);
  }

  /** "the deaths of", "the lives of" (after "claimed", "cost" or "took"). */
  private boolean isOfCue(List<Token> tokens, int k) {
    if (k < 1 || !tokens.get(k).is("of")) {
      return false;
    }
    Token head = tokens.get(k - 1);
    if (k >= 2 && isDayWord(head)) {
      head = tokens.get(k - 2); // "the killings yesterday of at least 10 people"
    }
    CategoryCue cue = head.info.cue;
    if (cue == null || !cue.has(CueRole.OF)) {
      return false;
    }
    if (head.is("lives")) {
      if (k < 3 || !tokens.get(k - 2).is("the")) {
        return false;
      }
      return takesLives(tokens.get(k - 3));
    }
    return true;
  }

  /** A verb of a death taking lives: "claimed", "cost", "took". */
  private static boolean takesLives(Token verb) {
    String w = verb.lower();
    return w.startsWith("claim") || w.startsWith("cost") || w.equals("took") || w.equals("taken")
        || w.equals("taking") || w.equals("take") || w.equals("takes");
  }

  /** Tallies: "the death toll rose to 24", "a toll of 43", "the number of injured is 20". */
  private void linkTallies(List<Token> tokens, List<Figure> figures, Mention[] byFigure) {
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
        byFigure[f] = new Mention(figure, category, null, earlierTally || from, Mention.Link.TALLY,
            official && !from);
        if (!from) {
          break; // the tally's current figure found
        }
      }
    }
  }

  private Category tallyAt(List<Token> tokens, int h) {
    Token t = tokens.get(h);
    if (t.is("number") && h + 2 < tokens.size() && tokens.get(h + 1).is("of")) {
      CategoryCue cue = tokens.get(h + 2).info.cue;
      return cue == null ? null : cue.category();
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

  private boolean crossesBoundary(List<Token> tokens, int from, int to) {
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

  /** Coordination and subgroups: figures with no category of their own borrow a neighbour's. */
  private void inherit(List<Token> tokens, List<Figure> figures, Mention[] byFigure) {
    Mention previous = null; // the latest figure with a category, as the loop goes
    for (int f = 0; f < figures.size(); f++) {
      if (byFigure[f] != null) {
        previous = byFigure[f];
        continue;
      }
      Figure figure = figures.get(f);
      int before = figure.qualifierStart - 1;
      if (before < 0) {
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
      } else if ((link.equals("and") || link.equals(",") || link.equals("or"))
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
      boolean words = byFigure[f] != null
          ? gap == 3 // "19 hostages and 29 captors died": the captives' noun alone between
          : onlyWords(tokens, figure.last + 1, other.qualifierStart - 1);
      if (gap >= 2 && gap <= 5 && tokens.get(other.qualifierStart - 1).is("and") && words) {
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

  private Mention inherited(List<Token> tokens, Figure figure, Category category) {
    int end = victimPhraseEnd(tokens, figure.last + 1);
    return new Mention(figure, category, victims(tokens, figure.last + 1, end), false,
        Mention.Link.INHERITED);
  }

  private boolean onlyWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || (t.info.cue != null)
          || t.info.has(WordInfo.TRAP_AFTER)) {
        return false;
      }
    }
    return true;
  }

  /** The end (exclusive) of the noun phrase right after a figure: "civilians" in "11 civilians in". */
  private int victimPhraseEnd(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && k - from < MAX_VICTIM_WORDS) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.info.has(WordInfo.PREPOSITION | WordInfo.RELATIVE | WordInfo.CLAUSE_BREAK)
          || t.is("and")
          || (t.info.cue != null) || (t.info.speech != null)
          || t.info.has(WordInfo.AUXILIARY)) {
        break;
      }
      k++;
    }
    return k;
  }

  private String victimsAfter(List<Token> tokens, Figure figure) {
    return victims(tokens, figure.last + 1, victimPhraseEnd(tokens, figure.last + 1));
  }

  /** A tidy victim phrase: "North Korean troops"; null for "more", "others" or nothing. */
  private static String victims(List<Token> tokens, int from, int to) {
    int end = Math.min(to, from + MAX_VICTIM_WORDS);
    while (from < end && (tokens.get(from).is("more") || tokens.get(from).is("other")
        || tokens.get(from).is("of") || tokens.get(from).is("the"))) {
      from++;
    }
    while (end > from && (tokens.get(end - 1).is("of") || tokens.get(end - 1).is("the")
        || tokens.get(end - 1).isPunct())) {
      end--;
    }
    if (from >= end || (end - from == 1 && tokens.get(from).is("others"))) {
      return null;
    }
    return Names.surface(tokens, from, end);
  }

  private boolean hasPerson(List<Token> tokens, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.info.has(WordInfo.PERSON_NOUN) || t.is("them")) {
        return true; // "two of them have been neutralised": the people just named
      }
      // nationalities and peoples: "Palestinians", "Ukrainians"
      if (t.isCapitalized() && t.length() > 3 && t.endsWith("s")) {
        return true;
      }
    }
    return false;
  }
}
