package org.casualtyclaims.engine.figures;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Constructions of news English that carry a figure's noun phrase on to its category, or stop
 * it, read by {@link CategoryLinker}: possessives and "a" inside the phrase, verbs joined by
 * "and", "along with", a day between a noun and its "of", figures whose verb is left out,
 * captives who died, mixed categories ("killed or wounded"), inserted ", ... ," clauses, the
 * object after an active verb, and verbs that take lives. Each looks at a few tokens around one
 * position.
 */
final class CategoryConstructions {
  private CategoryConstructions() {}

  /** A possessive "'s": the word before it modifies a later noun ("last month's coup"). */
  static boolean possessive(List<Token> tokens, int j) {
    return j < tokens.size() && (tokens.get(j).is("'s") || tokens.get(j).is("\u2019s"));
  }

  /**
   * A participle, or the "and", joining it to a category word after it: "were stabbed and
   * wounded", "were shot and killed".
   */
  static boolean andThenCategory(List<Token> tokens, int j) {
    int and = tokens.get(j).is("and") ? j : j + 1;
    if (and + 1 >= tokens.size() || !tokens.get(and).is("and") || !tokens.get(j).isWord()) {
      return false;
    }
    WordInfo next = tokens.get(and + 1).info;
    return next.passive != null || (next.cue != null && next.cue.has(CueRole.AFTER));
  }

  /** "a" or "an" right before the word: it belongs to a noun of its own, not to a figure. */
  static boolean singularBefore(List<Token> tokens, int j) {
    return j > 0 && (tokens.get(j - 1).is("a") || tokens.get(j - 1).is("an"));
  }

  /**
   * The category of a participle that "along with" follows, the "with" (or a possessive after
   * it) at {@code k}: "was killed along with two colleagues", "died along with his three sons".
   */
  static Category alongWith(List<Token> tokens, int k) {
    if (k >= 1 && (tokens.get(k).is("his") || tokens.get(k).is("her")
        || tokens.get(k).is("their"))) {
      k--;
    }
    if (k < 2 || !tokens.get(k).is("with") || !tokens.get(k - 1).is("along")) {
      return null;
    }
    WordInfo verb = tokens.get(k - 2).info;
    if (verb.passive != null) {
      return verb.passive;
    }
    return verb.cue != null && verb.cue.has(CueRole.AFTER) ? verb.cue.category() : null;
  }

  /** A day that may stand between a noun and its "of": "the killings yesterday of 10". */
  static boolean isDayWord(Token t) {
    return t.info.has(WordInfo.WEEKDAY) || t.is("yesterday") || t.is("today")
        || t.is("overnight");
  }

  /**
   * A figure whose verb is left out, with a place or an incident of its own: "35 were killed in
   * Amatrice, 11 in Accumoli and 17 in the province of Ascoli", "19 of them in an attack on a
   * church", "and three more in a separate attack", "and 19 on the ground".
   */
  static boolean elidedWithPlace(List<Token> tokens, Figure figure, Mention previous) {
    int in = figure.last + 1;
    if (in + 1 < tokens.size() && tokens.get(in).is("of") && tokens.get(in + 1).is("them")) {
      in += 2;
    } else if (in < tokens.size() && (tokens.get(in).is("more") || tokens.get(in).is("others"))) {
      in++;
    }
    if (previous.link() == Mention.Link.TALLY || in + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(in + 1);
    return (tokens.get(in).is("in") || tokens.get(in).is("at") || tokens.get(in).is("on"))
        && (next.isCapitalized() || next.is("the") || next.is("a") || next.is("an"));
  }

  /** Captives counted by their noun ("19 hostages") beside a figure whose people died. */
  static boolean captivesWhoDied(Mention captives, Mention next) {
    return captives.category() == Category.CAPTURED && captives.link() == Mention.Link.NOUN
        && next.category() == Category.KILLED;
  }

  /**
   * A death right after, across auxiliaries: "hostages died", "hostages were killed", "hostages
   * killed in the raid". A bare "killed" that takes an object after "hostages" may be their own
   * act ("hostages killed a guard") and is left to the captives' word.
   */
  static boolean diesAfter(List<Token> tokens, int j) {
    boolean aux = false;
    for (int k = j; k < tokens.size() && k < j + 4; k++) {
      Token t = tokens.get(k);
      CategoryCue cue = t.info.cue;
      if (cue != null) {
        boolean intransitive = !cue.has(CueRole.BEFORE);
        // "26 hostages killed in the hijacking": a headline's participle, not their own act
        boolean participle = k + 1 >= tokens.size() || tokens.get(k + 1).isPunct()
            || tokens.get(k + 1).info.has(WordInfo.PREPOSITION);
        return cue.category() == Category.KILLED && cue.has(CueRole.AFTER)
            && (intransitive || aux || participle);
      }
      if (!t.info.has(WordInfo.AUXILIARY) && !t.info.has(WordInfo.FILLER)) {
        return false;
      }
      aux |= t.info.has(WordInfo.AUXILIARY);
    }
    return false;
  }

  /**
   * "killed or wounded", "dead or missing", "killed and wounded", "died or gone missing": a figure
   * that mixes categories counts casualties.
   */
  static Category mixed(List<Token> tokens, int j, Category category) {
    if (j + 2 < tokens.size() && (tokens.get(j + 1).is("or") || tokens.get(j + 1).is("and"))) {
      int c = j + 2;
      if (c + 1 < tokens.size() && LINKING_VERBS.contains(tokens.get(c).lower())) {
        c++; // "have died or gone missing", "were killed or are missing"
      }
      CategoryCue other = tokens.get(c).info.cue;
      if (other != null && presumedAgain(tokens, c + 1, category)) {
        return category; // "died or went missing and are presumed dead": all counted dead
      }
      if (other != null && other.category() != category
          && (other.has(CueRole.AFTER) || other.has(CueRole.NOUN))
          && !(tokens.get(j + 1).is("and") && startsObject(tokens, c + 1)
              && figureWithin(tokens, c + 1))) {
        return Category.CASUALTIES; // "killed or wounded", "lost 1,230 men killed and wounded"
      }
    }
    return category;
  }

  /** Verbs that may open the second category of a mixed figure: "died or gone missing". */
  private static final Set<String> LINKING_VERBS =
      Set.of("gone", "went", "are", "were", "is", "was", "been", "have", "has", "had");

  /** How far after the second category a "presumed dead" may stand: "and are presumed dead". */
  private static final int PRESUMED_REACH = 4;

  /** "... and are presumed dead": the first category named again after "and", within reach. */
  private static boolean presumedAgain(List<Token> tokens, int from, Category category) {
    if (from >= tokens.size() || !tokens.get(from).is("and")) {
      return false;
    }
    for (int k = from + 1; k < tokens.size() && k <= from + PRESUMED_REACH; k++) {
      CategoryCue cue = tokens.get(k).info.cue;
      if (cue != null) {
        return cue.category() == category && k > from + 1;
      }
    }
    return false;
  }

  /** How far into an object its figure may stand: "wounded at least 30". */
  private static final int OBJECT_FIGURE_REACH = 3;

  /**
   * Whether a figure stands within the object that starts at {@code from}: "killed 12 and wounded
   * over 30" gives the wounded a figure of their own; "killed and wounded over the past day" not.
   */
  private static boolean figureWithin(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + OBJECT_FIGURE_REACH; k++) {
      if (tokens.get(k).isNumber() || tokens.get(k).info.vague != null
          || NumberWords.startsNumber(tokens, k)) {
        return true; // "took nine prisoner and killed dozens more": each verb its own figure
      }
    }
    return false;
  }

  /** After an inserted ", ... ,": an auxiliary or a category word carries the clause on. */
  static boolean continuesClause(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    CategoryCue cue = t.info.cue;
    return (t.info.has(WordInfo.AUXILIARY) && !t.is("said") && !t.is("reported"))
        || (cue != null && cue.has(CueRole.AFTER));
  }

  /** Index of the comma closing an inserted ", including ... ," or -1 when none is near. */
  static int skipParenthetical(List<Token> tokens, int from) {
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

  static boolean startsObject(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    return t.isNumber() || t.info.has(WordInfo.OBJECT_START)
        || (t.info.vague != null) || NumberWords.startsNumber(tokens, j);
  }

  /** A verb of a death taking lives: "claimed", "cost", "took". */
  static boolean takesLives(Token verb) {
    String w = verb.lower();
    return w.startsWith("claim") || w.startsWith("cost") || w.equals("took") || w.equals("taken")
        || w.equals("taking") || w.equals("take") || w.equals("takes");
  }

  /** How many words may describe the wounds after "with": "with serious gunshot wounds". */
  private static final int MAX_WOUND_MODIFIERS = 2;

  /**
   * Whether {@code j} starts "with" and the injuries a passive verb's subject came with: "were
   * admitted with gunshot wounds", "were brought in with severe burns". Only an injury word ends
   * it: "were armed with rifles" says nothing of harm.
   */
  static boolean woundsAfterWith(List<Token> tokens, int j) {
    if (!tokens.get(j).is("with")) {
      return false;
    }
    for (int k = j + 1; k < tokens.size() && k <= j + 1 + MAX_WOUND_MODIFIERS; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.isNumber()) {
        return false;
      }
      Category c = t.info.passive != null ? t.info.passive
          : t.info.cue != null ? t.info.cue.category() : null;
      if (c != null) {
        return c == Category.INJURED;
      }
    }
    return false;
  }

  /** How many capitalised words may name a hospital: "Lady Reading hospital". */
  private static final int MAX_NAME_WORDS = 3;

  /**
   * The end of a name between "to" and the word of care it names ("were admitted to Tumaini
   * hospital with injuries", "taken to Jinnah hospital"), or -1: the index of that word.
   */
  static int namedCareWord(List<Token> tokens, int j) {
    if (j < 1 || !tokens.get(j - 1).is("to")) {
      return -1;
    }
    for (int k = j; k < tokens.size() && k < j + MAX_NAME_WORDS; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || !t.isCapitalized()) {
        return -1;
      }
      if (k + 1 < tokens.size() && tokens.get(k + 1).info.passive == Category.INJURED) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Words that say how badly the hurt are: "in a critical condition", "in serious condition". */
  private static final Set<String> CONDITIONS =
      Set.of("critical", "serious", "stable", "grave", "severe");

  /**
   * Whether {@code j} starts "in (a) critical condition": those in it are hurt, as those
   * "admitted with gunshot wounds" are.
   */
  static boolean conditionAfterIn(List<Token> tokens, int j) {
    int k = j + 1;
    if (!tokens.get(j).is("in") || k >= tokens.size()) {
      return false;
    }
    if (tokens.get(k).is("a")) {
      k++;
    }
    return k + 1 < tokens.size() && CONDITIONS.contains(tokens.get(k).lower())
        && tokens.get(k + 1).is("condition");
  }

  /**
   * Whether the category verb at {@code j} follows "and" and takes a plain noun of its own:
   * "killed 20 soldiers and captured weapons" says nothing more of the 20.
   */
  static boolean newVerbWithObject(List<Token> tokens, int j) {
    if (j < 1 || !tokens.get(j - 1).is("and") || j + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(j + 1);
    return next.isWord() && !next.isCapitalized() && next.info.cue == null
        && !next.info.has(WordInfo.PREPOSITION) && !next.info.has(WordInfo.CLAUSE_BREAK)
        && !next.info.has(WordInfo.AUXILIARY) && !next.is("and") && !next.is("or");
  }

  /** A lower-case "-ly" word of no lexicon between an auxiliary and its participle: "briefly". */
  static boolean isMannerAdverb(Token t) {
    return t.isWord() && !t.isCapitalized() && t.length() > 4 && t.endsWith("ly")
        && t.info.cue == null && t.info.passive == null;
  }

  /** A single quotation mark glued to the figure before it, which it closes. */
  static boolean closesSingleQuote(Token t) {
    return t.isPunct() && !t.spaceBefore && (t.is("'") || t.is("\u2019"));
  }

  /** "had killed or wounded 50": two verbs of different categories before one figure. */
  static Category mixedBefore(List<Token> tokens, int k, Category category) {
    if (k < 2 || !(tokens.get(k - 1).is("or") || tokens.get(k - 1).is("and"))) {
      return category;
    }
    CategoryCue other = tokens.get(k - 2).info.cue;
    return other != null && other.has(CueRole.BEFORE) && other.category() != category
        ? Category.CASUALTIES : category;
  }

  /** Pronouns that open a reduced relative clause after a noun: "the 18 crew they seized". */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "it", "he", "she", "we");

  /**
   * The category of an active verb of harm after a subject pronoun at {@code j}, "had" allowed
   * between: "the 18 crew members they seized", "the 40 people it had abducted"; or null.
   */
  static Category objectOfPronounVerb(List<Token> tokens, int j) {
    if (!SUBJECT_PRONOUNS.contains(tokens.get(j).lower())) {
      return null;
    }
    int v = j + 1;
    if (v < tokens.size() && (tokens.get(v).is("had") || tokens.get(v).is("have"))) {
      v++;
    }
    CategoryCue cue = v < tokens.size() ? tokens.get(v).info.cue : null;
    return cue != null && cue.has(CueRole.BEFORE) && !startsObject(tokens, v + 1)
        ? cue.category() : null;
  }
}
