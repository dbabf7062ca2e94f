package org.casualtyclaims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * What the words around a speech verb are: times, adverbs and parentheses to step over, clauses
 * set off by commas or dashes, proper names, and whether a phrase can name a speaker at all.
 */
final class Clauses {
  private Clauses() {}

  /**
   * Steps left over a time that sits between a subject and its verb, ending at {@code k}: "on
   * Thursday", "late on Sunday", "on March 3", "on 3 March", "yesterday". Returns {@code k} when
   * there is none.
   */
  static int skipWhen(List<Token> tokens, int k) {
    if (k < 0) {
      return k;
    }
    Token t = tokens.get(k);
    if (t.is("yesterday") || t.is("today") || t.is("tonight")) {
      return k - 1;
    }
    int on = -1;
    if (t.info.has(WordInfo.WEEKDAY) || t.info.has(WordInfo.MONTH)) {
      on = k - 1; // "on Thursday", "on 3 March"
    } else if (t.isNumber() && k >= 1 && tokens.get(k - 1).info.has(WordInfo.MONTH)) {
      on = k - 2; // "on March 3"
    }
    if (on >= 1 && tokens.get(on).isNumber() && tokens.get(on - 1).is("on")) {
      on--; // the day of "on 3 March"
    }
    if (on < 1 || !tokens.get(on).is("on")) {
      return k; // a subject comes first: "on" must not open the sentence
    }
    int start = on;
    if (start >= 2 && (tokens.get(start - 1).is("late") || tokens.get(start - 1).is("early"))) {
      start--;
    }
    return start - 1;
  }

  /** Steps left over an adverb set off by commas: "The agency, meanwhile, said". */
  static int skipSetOffAdverb(List<Token> tokens, int k) {
    boolean setOff = k >= 3 && tokens.get(k).is(",") && tokens.get(k - 2).is(",")
        && tokens.get(k - 1).info.has(WordInfo.SENTENCE_ADVERB);
    return setOff ? k - 3 : k;
  }

  /** Steps left over "went on to" or "continued to" before a speech verb. */
  static int skipGoesOnTo(List<Token> tokens, int k) {
    if (k < 1 || !tokens.get(k).is("to")) {
      return k;
    }
    if (tokens.get(k - 1).is("continued")) {
      return k - 2;
    }
    return k >= 2 && tokens.get(k - 1).is("on") ? k - 3 : k;
  }

  /** Steps left over a parenthesis ending at {@code k}: "(NEMA)", "(AFP)". */
  static int skipParentheses(List<Token> tokens, int k) {
    if (k < 0 || !tokens.get(k).is(")")) {
      return k;
    }
    for (int i = k - 1; i >= 0 && i >= k - 8; i--) {
      if (tokens.get(i).is("(")) {
        return i - 1;
      }
    }
    return k;
  }

  /** "said in a statement", "said on Telegram": skip to the source of an inverted frame. */
  static int skipStatementWords(List<Token> tokens, int j) {
    if (j < tokens.size() && (tokens.get(j).is("in") || tokens.get(j).is("on"))) {
      int k = j + 1;
      while (k < tokens.size() && k < j + 5 && !tokens.get(k).is(",")) {
        k++;
      }
      return k < tokens.size() && tokens.get(k).is(",") ? k + 1 : j;
    }
    return j;
  }

  /** A dash that sets a clause off: "–", "—", or a spaced "-". */
  static boolean isDash(Token t) {
    return t.is("–") || t.is("—") || (t.is("-") && t.spaceBefore);
  }

  /** The dash that opens the clause ending at {@code k}, or -1. */
  static int openingDash(List<Token> tokens, int k) {
    for (int i = k; i > 0 && i > k - 24; i--) {
      Token t = tokens.get(i);
      if (isDash(t)) {
        return i;
      }
      if (t.isDoubleQuote() || t.is(";") || t.is(":")) {
        return -1;
      }
    }
    return -1;
  }

  /** The comma opening the clause that ends at {@code k}, or -1 when a quote or the start comes first. */
  static int previousComma(List<Token> tokens, int k) {
    for (int i = k; i >= 0 && i > k - 24; i--) {
      Token t = tokens.get(i);
      if (t.is(",")) {
        return i;
      }
      if (t.is("\u201C") || t.is("\u201D") || t.is("\"") || t.is(";") || t.is(":")) {
        return -1;
      }
    }
    return -1;
  }

  /** An inverted frame follows a comma or a closing quote: ", said X" or "\u201D said X". */
  static boolean opensInversion(List<Token> tokens, int k) {
    if (k < 0) {
      return true;
    }
    Token t = tokens.get(k);
    return t.is(",") || t.is("\u201D") || t.is("\"") || t.is("'") || t.is("\u2019");
  }

  /** The source of an inverted frame ends the clause: "said Heriyanto, head of ...". */
  static boolean closesInversion(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(end);
    return t.isPunct() || t.info.has(WordInfo.RIGHT_STOP);
  }

  static int indexOf(List<Token> tokens, Span span, String a, String b) {
    for (int k = span.from(); k < span.to(); k++) {
      if (tokens.get(k).is(a) || tokens.get(k).is(b)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A name that opens its clause: at the start, after a sentence's opening "But" or "However,",
   * or after a quotation or a colon.
   */
  static boolean startsClause(List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    Token t = tokens.get(i - 1);
    if (i == 1 || (i == 2 && t.is(","))) {
      Token opening = tokens.get(0);
      if (opening.info.has(WordInfo.SENTENCE_ADVERB) && opening.isCapitalized()) {
        return true; // "But Amiri, a council member, said", "However, Amiri, ..., said"
      }
    }
    return t.is("\u201D") || t.is("\"") || t.is(":") || t.is("\u2019") || t.is("'")
        || t.is("(") || t.is("-") || t.is("\u2014") || OPENS_CONTRAST.contains(t.lower());
  }

  /** Words after which a clause of its own, with its own subject, begins: "..., while Hassan". */
  private static final Set<String> OPENS_CONTRAST =
      Set.of("while", "whereas", "although", "though", "but");

  static boolean startsWithRelative(List<Token> tokens, Span phrase) {
    String w = tokens.get(phrase.from()).lower();
    return w.equals("who") || w.equals("which") || w.equals("where") || w.equals("whose");
  }

  /** How far back from a speech verb the "who" of a relative clause that it closes may stand. */
  private static final int MAX_RELATIVE_CLAUSE = 20;

  /**
   * The "who" or "which" of a relative clause that ends at token {@code k}, just before a speech
   * verb, when the clause opens with its own verb: "A resident who helped bury the dead said", "an
   * officer who spoke on condition of anonymity because he was not authorised to brief the media
   * said". The clause's last words are not the speaker; the relative's antecedent is. -1 when
   * there is none, or when the clause opens with its own subject ("a gunman who police said
   * killed 12": the police speak).
   */
  static int verbRelativeBefore(List<Token> tokens, int k) {
    for (int i = k; i >= 1 && i >= k - MAX_RELATIVE_CLAUSE; i--) {
      Token t = tokens.get(i);
      if (isWordHyphen(tokens, i, k)) {
        continue; // "a resident who escaped to Saint-Marc said": one word
      }
      if (t.isPunct() || t.isDoubleQuote() || t.info.speech != null) {
        return -1;
      }
      if (t.is("who") || t.is("which")) {
        return i < k && opensWithVerb(tokens.get(i + 1)) ? i : -1;
      }
    }
    return -1;
  }

  /** A hyphen that joins two words with no space either side ("Saint-Marc", "four-year"). */
  private static boolean isWordHyphen(List<Token> tokens, int i, int last) {
    return i + 1 <= last && tokens.get(i).is("-") && !tokens.get(i).spaceBefore
        && !tokens.get(i + 1).spaceBefore && tokens.get(i + 1).isWord();
  }

  /** A lower-case word that is no determiner, pronoun, number, body or person: a verb. */
  private static boolean opensWithVerb(Token t) {
    return t.isWord() && !t.isCapitalized() && !t.isNumber() && t.info.head == null
        && t.info.known == null
        && !t.info.has(WordInfo.DETERMINER | WordInfo.PRONOUN | WordInfo.PERSON_NOUN);
  }

  /** The index of "who", "that" or "which" opening the clause that a phrase ends, or -1. */
  static int relativeBefore(List<Token> tokens, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 8; i--) {
      Token t = tokens.get(i);
      if (t.is("who") || t.is("that") || t.is("which")) {
        return i;
      }
      if (t.isPunct() || t.info.has(WordInfo.CLAUSE_BREAK)) {
        return -1;
      }
    }
    return -1;
  }

  static boolean isProperName(List<Token> tokens, Span span) {
    if (span.isEmpty() || span.length() > 10) {
      return false;
    }
    if (tokens.get(span.from()).is("the") && span.length() > 1) {
      span = new Span(span.from() + 1, span.to()); // "An armed group, the Dawn Covenant, said"
    }
    for (int i = span.from(); i < span.to(); i++) {
      Token t = tokens.get(i);
      boolean joining = i > span.from() && i + 1 < span.to()
          && (t.is("of") || t.is("for") || t.is("and")
              || (t.is("the") && (tokens.get(i - 1).is("of") || tokens.get(i - 1).is("for"))));
      // "Rescue 1122", "Channel 4": a number that ends a name after its capitalised word
      boolean numbered = t.isNumber() && i == span.to() - 1 && i > span.from()
          && tokens.get(i - 1).isCapitalized();
      // "Tehreek-e-Insaf", "Lashkar-e-Taiba": a short word glued between hyphens
      boolean hyphenated = i > span.from() && i + 1 < span.to() && tokens.get(i - 1).is("-")
          && tokens.get(i + 1).is("-") && !t.spaceBefore && !tokens.get(i + 1).spaceBefore;
      if (!(t.isCapitalized() || t.is(".") || (t.is("-") && !t.spaceBefore)
          || t.info.has(WordInfo.NAME_PARTICLE) || joining || numbered || hyphenated)) {
        return false;
      }
      // "Monday Kassah": a weekday that opens a name of two or more words is a first name
      boolean firstName = i == span.from() && i + 1 < span.to()
          && tokens.get(i).info.has(WordInfo.WEEKDAY) && tokens.get(i + 1).isCapitalized()
          && !tokens.get(i + 1).info.has(WordInfo.WEEKDAY | WordInfo.MONTH);
      if (!joining && !firstName
          && t.info.has(WordInfo.WEEKDAY | WordInfo.MONTH | WordInfo.SENTENCE_ADVERB)) {
        return false;
      }
    }
    return tokens.get(span.from()).isCapitalized();
  }

  /** A speaker's phrase holds a name, a body or a role: not just "more" or an adverb. */
  static boolean namesSomeone(List<Token> tokens, Span phrase) {
    if (phrase.length() >= 2 && tokens.get(phrase.from()).info.has(WordInfo.DETERMINER)) {
      return true; // "the fire brigade"
    }
    for (int i = phrase.from(); i < phrase.to(); i++) {
      Token t = tokens.get(i);
      if ((t.isCapitalized() && !(i == 0 && t.info.has(WordInfo.SENTENCE_ADVERB)))
          || (t.info.head != null) || t.info.has(WordInfo.PERSON_NOUN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a spokesman for the police", "a statement from the palace", "a Red Cross official": a
   * phrase opened by "a" speaks only through a word that can: a source head, a person noun, a
   * statement or a name. "said a second blast had injured seven" is what was said, not who.
   */
  static boolean describesSomeone(List<Token> tokens, Span phrase) {
    for (int i = phrase.from() + 1; i < phrase.to(); i++) {
      Token t = tokens.get(i);
      if (t.isCapitalized() || t.info.head != null || t.info.has(WordInfo.PERSON_NOUN)
          || t.info.has(WordInfo.STATEMENT)) {
        return true;
      }
    }
    return false;
  }

  /** A record or a statement heads the phrase: "figures released by the ministry". */
  static boolean namesRecord(List<Token> tokens, Span phrase) {
    for (int i = phrase.from(); i < phrase.to(); i++) {
      Token t = tokens.get(i);
      if (t.info.has(WordInfo.STATEMENT)
          || (t.info.head != null && t.info.head.kind() == SourceHead.Kind.RECORD)) {
        return true;
      }
    }
    return false;
  }

  static boolean mentionsStatement(List<Token> tokens, Span span) {
    for (int i = span.from(); i < span.to(); i++) {
      if (tokens.get(i).info.has(WordInfo.STATEMENT) && i > span.from()
          && tokens.get(i - 1).isWord()) { // "a statement", "the army's statement"
        return true;
      }
    }
    return false;
  }

  /**
   * A clause that says where, not who: ", in the mountains outside Jeremie,", ", about 50 km
   * north of the capital,", ", a town that lies on the border,".
   */
  static boolean isCircumstance(List<Token> tokens, Span clause) {
    Token first = tokens.get(clause.from());
    if (first.info.has(WordInfo.PREPOSITION) || first.is("about") || first.is("some")) {
      return true;
    }
    for (int i = clause.from() + 1; i < clause.to(); i++) {
      Token t = tokens.get(i);
      boolean thing = t.is("which")
          || (t.is("that") && i + 1 < clause.to() && !tokens.get(i + 1).info.has(WordInfo.PRONOUN));
      if (thing && i > clause.from() + 1) {
        return true; // "a municipality that oversees La Pintada": a place, where "who" is a person
      }
    }
    return false;
  }

  /** ", released by the ministry in February,", ", run by a charity,": a participle, its agent. */
  static boolean isAgentClause(List<Token> tokens, Span clause) {
    if (clause.length() <= 2 || !tokens.get(clause.from() + 1).is("by")) {
      return false;
    }
    Token participle = tokens.get(clause.from());
    // ", run by an Italian charity,", ", led by ...,": participles without "-ed" too
    return participle.endsWith("ed") || (participle.isWord() && !participle.isCapitalized()
        && participle.info.head == null && !participle.info.has(WordInfo.DETERMINER));
  }

  /**
   * ", based in Port Sudan,", ", headquartered in Geneva,", ", also known as the White Helmets,":
   * a participle that says where a body sits or what else it is called, not who speaks.
   */
  static boolean isParticipleOfPlaceOrName(List<Token> tokens, Span clause) {
    int k = clause.from();
    if (k + 1 < clause.to() && (tokens.get(k).is("also") || tokens.get(k).is("better")
        || tokens.get(k).is("formerly"))) {
      k++;
    }
    if (k + 2 >= clause.to() + 1 || k + 1 >= clause.to()) {
      return false;
    }
    Token participle = tokens.get(k);
    Token next = tokens.get(k + 1);
    if (participle.is("known") && next.is("as")) {
      return true;
    }
    return k == clause.from() && participle.endsWith("ed") && !participle.isCapitalized()
        && next.info.has(WordInfo.PREPOSITION) && !next.is("by");
  }

  static boolean isCitation(List<Token> tokens, Span clause) {
    return clause.length() > 2
        && (tokens.get(clause.from()).is("cited") || tokens.get(clause.from()).is("quoted"))
        && tokens.get(clause.from() + 1).is("by");
  }

  /**
   * "told", "tells": what follows is who heard it ("told a news conference", "told the BBC"), so
   * such a verb never opens an inverted frame.
   */
  static boolean tells(String verb) {
    return verb.startsWith("tell") || verb.equals("told");
  }
}
