package org.casualtyclaims.engine.figures;

import static org.casualtyclaims.engine.figures.CategoryConstructions.*;
import static org.casualtyclaims.engine.figures.VictimPhrases.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Mention;
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
 *
 * <p>This class reads the words right and left of each figure; tallies are {@link TallyLinks}'s,
 * coordination and subgroups {@link CoordinatedFigures}'s, and the victim phrase a mention
 * records {@link VictimPhrases}'s.
 */
public final class CategoryLinker {
  private static final int MAX_PHRASE = 8;
  private static final int MAX_PHRASE_WITH_RELATIVE = 18;

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
    TallyLinks.linkTallies(tokens, figures, byFigure);
    CoordinatedFigures.inherit(tokens, figures, byFigure);
    TallyLinks.linkBareTallies(tokens, figures, byFigure, null);
    return mentions(extra, byFigure);
  }

  /**
   * The figures of a sentence with no category word that complete a tally noun pointing back
   * ("Another charity puts the figure at more than 10,000"): they count {@code before}, what
   * the sentence before counted last.
   */
  public List<Mention> linkBareTallies(List<Token> tokens, List<Figure> figures, Category before) {
    if (figures.isEmpty()) {
      return List.of();
    }
    Mention[] byFigure = new Mention[figures.size()];
    TallyLinks.linkBareTallies(tokens, figures, byFigure, before);
    return mentions(List.of(), byFigure);
  }

  private static List<Mention> mentions(List<Mention> extra, Mention[] byFigure) {
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
    if (found.isEmpty() && partitive[0] != null && figure.count > 1
        && !(partitive[0] == Category.CAPTURED && Captivity.releasedIn(tokens, figure.last + 1))) {
      // "at least four of the dead had been shot": the dead are counted ("one of the dead" is
      // a person, not a figure; "11 of the captives had escaped" are held no longer)
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
      if (passive != null
          && !(passive == Category.CAPTURED && Captivity.notCaptivePassive(tokens, j))) {
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
        if (!aux && cue.has(CueRole.BEFORE)
            && (startsObject(tokens, j + 1) || newVerbWithObject(tokens, j))) {
          // "the 2004 tsunami killed 230,000", "killed 20 soldiers and captured weapons": the
          // figure is not the victim
          return found;
        }
        if (cue.has(CueRole.PERSON) && phraseWords > 0 && !hasPerson(tokens, start, phraseEnd)) {
          return found;
        }
        Mention.Link link = aux || !cue.has(CueRole.NOUN) ? Mention.Link.AFTER : Mention.Link.NOUN;
        if (link == Mention.Link.NOUN && cue.category() == Category.CAPTURED
            && Captivity.freedAfter(tokens, j + 1)) {
          return found; // "354 hostages (had been) freed": captives no longer held
        }
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
      Category object = aux || relative ? null : objectOfPronounVerb(tokens, j);
      if (object != null) { // "the 18 crew members they seized": the figure is the verb's object
        found.add(new Mention(figure, object, victims(tokens, start, phraseEnd), false,
            Mention.Link.AFTER));
        return found;
      }
      if (t.isDoubleQuote() || (j == start && closesSingleQuote(t))) {
        j++; // "suffered "over 2.5 thousand" casualties", "'more than 40' militants were killed"
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
        if (woundsAfterWith(tokens, j) || conditionAfterIn(tokens, j)) {
          // "were admitted with gunshot wounds", "were in a critical condition"
          found.add(new Mention(figure, Category.INJURED, victims(tokens, start, phraseEnd), false,
              Mention.Link.AFTER));
          return found;
        }
        if (t.info.has(WordInfo.FILLER) || andThenCategory(tokens, j) || isMannerAdverb(t)) {
          j++; // "were shot and killed", "had been briefly taken hostage"
          continue;
        }
        int named = namedCareWord(tokens, j);
        if (named > 0) {
          j = named; // "were admitted to Tumaini hospital"
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

  /** Participles that "to death" follows without anyone dying yet: a court's sentence. */
  private static final Set<String> SENTENCES = Set.of("sentenced", "condemned");

  /**
   * The category of a two-word verb form read after an auxiliary: "were gunned down"; and of a
   * participle that "to death" follows, whatever the manner ("were crushed to death", "were
   * burned to death"), but a court's ("were sentenced to death").
   */
  private Category twoWordPassive(List<Token> tokens, int j) {
    if (j + 2 < tokens.size() && tokens.get(j + 1).is("to") && tokens.get(j + 2).is("death")
        && tokens.get(j).isWord() && !tokens.get(j).isCapitalized()
        && !SENTENCES.contains(tokens.get(j).lower())) {
      return Category.KILLED;
    }
    if (!tokens.get(j).info.has(WordInfo.CUE_PREFIX) || j + 1 >= tokens.size()) {
      return null;
    }
    CategoryCue cue =
        lexicons.categoryCues.get(tokens.get(j).lower() + " " + tokens.get(j + 1).lower());
    return cue == null ? null : cue.category();
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
    if (t.is(":") && k > 0 && tokens.get(k - 1).info.cue != null) {
      // a list's label: "Killed: 132. Injured: 140."
      return new Mention(figure, tokens.get(k - 1).info.cue.category(), null, false,
          Mention.Link.BEFORE);
    }
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
    if (cue == null || !cue.has(CueRole.BEFORE)
        || (cue.category() == Category.CAPTURED && Captivity.heldByPlace(tokens, k))) {
      return null;
    }
    int phraseEnd = victimPhraseEnd(tokens, figure.last + 1);
    if (cue.category() == Category.CAPTURED && Captivity.placedAfter(tokens, phraseEnd)) {
      return null; // "took 12 people to hospital", "took 51 people to the port"
    }
    boolean elided = phraseEnd == figure.last + 1 && hasPerson(tokens, Math.max(0, k - 8), k);
    if (cue.has(CueRole.PERSON) && !hasPerson(tokens, figure.last + 1, phraseEnd) && !elided) {
      return null; // people must be named, or just before: "killed 100 soldiers and captured 12"
    }
    return new Mention(figure, mixedBefore(tokens, k, cue.category()),
        victims(tokens, figure.last + 1, phraseEnd), false, Mention.Link.BEFORE);
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

}
