package org.casualtyclaims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * The noun phrases a speaker is read from: left of a verb ("the regional health office said"),
 * right of it ("said Ana Ruiz"), and the apposition after a name (", head of the rescue office").
 */
final class Phrases {
  private Phrases() {}

  static final int MAX_PHRASE = 16;

  private static final long NOT_IN_PHRASE =
      WordInfo.CLAUSE_BREAK | WordInfo.BE_FORM | WordInfo.MODAL;

  /** The noun phrase ending at token {@code k}, read leftwards. */
  static Span leftPhrase(List<Token> tokens, int k) {
    int end = k + 1;
    int i = k;
    while (i >= 0 && end - i <= MAX_PHRASE && !dayBeforeSpeaker(tokens, i, end)
        && (inPhrase(tokens, i, true) || andInName(tokens, i, end))) {
      i--;
    }
    return i + 1 < end ? new Span(i + 1, end) : Span.EMPTY;
  }

  /**
   * "On Wednesday the ministry said", "By Friday police said": a weekday before a lower-case word
   * says when, and the speaker starts after it ("Monday Kassah" is a name, "Friday's statement"
   * the day's).
   */
  private static boolean dayBeforeSpeaker(List<Token> tokens, int i, int end) {
    if (!tokens.get(i).info.has(WordInfo.WEEKDAY) || i + 1 >= end) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isWord() && !next.isCapitalized() && !next.is("'s");
  }

  /** How far from an "and" a body's head may stand in the name that holds it. */
  private static final int AND_NAME_REACH = 6;

  /**
   * The "and" inside a body's name ("the Justice and Equality Movement", "the Front for Change
   * and Concord in Chad"): capitalised words either side, the one before neither a head nor a
   * known source (as "Reuters and AFP" are), and a body's head among the name's words.
   */
  private static boolean andInName(List<Token> tokens, int i, int end) {
    if (!tokens.get(i).is("and") || i == 0 || i + 1 >= end) {
      return false;
    }
    Token before = tokens.get(i - 1);
    if (!before.isCapitalized() || !before.isWord() || before.info.head != null
        || before.info.known != null || !tokens.get(i + 1).isCapitalized()) {
      return false;
    }
    for (int k = Math.max(0, i - AND_NAME_REACH); k < Math.min(end, i + AND_NAME_REACH); k++) {
      Token t = tokens.get(k);
      // the head may close the name in lower case: "the Armed Conflict Location and Event Data
      // project"
      boolean closesName = k > i + 1 && tokens.get(k - 1).isCapitalized();
      if ((t.isCapitalized() || closesName) && isBodyHead(t)) {
        return true;
      }
    }
    return false;
  }

  /** The noun phrase starting at token {@code j}, read rightwards. */
  static Span rightPhrase(List<Token> tokens, int j) {
    int i = j;
    while (i < tokens.size() && i - j < MAX_PHRASE) {
      Token t = tokens.get(i);
      if (i > j && (t.info.has(WordInfo.RIGHT_STOP) || t.info.has(WordInfo.PRONOUN))
          && !(t.is("of") || t.is("for") || isAgentBy(tokens, i) || isKeeperFrom(tokens, i)
              || bodyAndItsPeople(tokens, i) || andInName(tokens, i, tokens.size()))) {
        break;
      }
      if (!inPhrase(tokens, i, false)) {
        break;
      }
      i++;
    }
    return i > j ? new Span(j, i) : Span.EMPTY;
  }

  /**
   * The "by" of a record's agent: "a casualty list provided by the hospital", or straight after
   * the record: "a tally by the monitor", "a statement by the ministry".
   */
  static boolean isAgentBy(List<Token> tokens, int i) {
    if (!tokens.get(i).is("by") || i == 0) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return (isParticiple(before) && !before.is("quoted") && !before.is("cited"))
        || namesRecord(before);
  }

  /** A past participle: "released", or one listed without "-ed" ("kept", "drawn"). */
  static boolean isParticiple(Token t) {
    return t.endsWith("ed") || t.info.has(WordInfo.RECORD_PARTICIPLE);
  }

  /**
   * The "and" of "police and hospital officials": a body joined to the unnamed people the phrase
   * ends in, one source, where "police and the army" are two.
   */
  private static boolean bodyAndItsPeople(List<Token> tokens, int i) {
    if (!tokens.get(i).is("and") || i + 2 >= tokens.size()) {
      return false;
    }
    SourceHead body = tokens.get(i - 1).info.head;
    if (body == null || body.kind() != SourceHead.Kind.ORG) {
      return false;
    }
    for (int k = i + 1; k <= i + 2; k++) {
      SourceHead h = tokens.get(k).info.head;
      if (h != null && h.kind() == SourceHead.Kind.PEOPLE) {
        return true;
      }
      if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  /** The "from" of a record's keeper: "figures from the police". */
  static boolean isKeeperFrom(List<Token> tokens, int i) {
    return tokens.get(i).is("from") && i > 0 && namesRecord(tokens.get(i - 1));
  }

  /** A statement, or a record head noun ("tally", "figures"): what a keeper speaks through. */
  static boolean namesRecord(Token t) {
    return t.info.has(WordInfo.STATEMENT)
        || (t.info.head != null && t.info.head.kind() == SourceHead.Kind.RECORD);
  }

  /** ", head of the Search and Rescue Office" after a name, up to the next comma or stop. */
  static Span apposition(List<Token> tokens, int after) {
    if (after >= tokens.size() || !tokens.get(after).is(",")) {
      return Span.EMPTY;
    }
    int i = after + 1;
    while (i < tokens.size() && i - after <= MAX_PHRASE && tokens.get(i).isWord()
        && !(tokens.get(i).info.speech != null)
        && !tokens.get(i).is("adding") && !tokens.get(i).is("who")) {
      i++;
    }
    return i > after + 1 ? new Span(after + 1, i) : Span.EMPTY;
  }

  /** Words after which a count stays inside a speaker's phrase read leftwards. */
  private static final Set<String> COUNT_BEFORE = Set.of("of", "and", "at", "from", "in");

  static boolean inPhrase(List<Token> tokens, int i, boolean leftwards) {
    Token t = tokens.get(i);
    if (t.isNumber() && i + 2 < tokens.size() && tokens.get(i + 1).is("-")
        && tokens.get(i + 2).is("year")) {
      return true; // an age: "a 52-year-old shopkeeper"
    }
    if (leftwards && t.isWord() && !t.isCapitalized() && i > 0
        && COUNT_BEFORE.contains(tokens.get(i - 1).lower())
        && (NumberWords.startsNumber(tokens, i) || t.info.vague != null)) {
      // "Residents of two villages near the town said", "a local official and two residents
      // told Reuters", "officials at several hospitals said": a count within the phrase
      return true;
    }
    if (numberInName(tokens, i)) {
      return true; // "The Six Federations of the Tropics", "Deir ez-Zor 24": part of the name
    }
    if (t.isNumber() || t.info.vague != null
        || (t.isWord() && NumberWords.startsNumber(tokens, i) && !t.is("one"))) {
      return false;
    }
    if (t.isPunct()) {
      boolean glued = !t.spaceBefore && i + 1 < tokens.size() && !tokens.get(i + 1).spaceBefore;
      if ((t.is("-") || t.is("/") || t.is("&")) && glued) {
        return true;
      }
      // a plural possessive: "a local activists' committee"
      if ((t.is("'") || t.is("\u2019")) && !t.spaceBefore && i > 0
          && tokens.get(i - 1).endsWith("s")) {
        return true;
      }
      // the dot after an initial or a title: "William B. Caldwell", "Maj. Gen."
      return t.is(".") && i > 0 && tokens.get(i - 1).isCapitalized()
          && tokens.get(i - 1).length() <= 4;
    }
    if (t.info == WordInfo.NONE) {
      return true; // no word of the lexicons or the grammar: a name or a plain noun
    }
    if (t.is("'s")) {
      return true;
    }
    if (leftwards && t.info.speech != null
        && (t.info.head != null || t.info.has(WordInfo.STATEMENT)) && i + 1 < tokens.size()
        && tokens.get(i + 1).info.speech != null) {
      return true; // "Reports say", "The report said": a noun that is also a verb, before its own
    }
    if (leftwards && t.info.speech != null && i + 1 < tokens.size()
        && tokens.get(i + 1).info.has(WordInfo.TALLY_VERB)) {
      return true; // "Unofficial estimates put the toll at 30": the verb's subject, a noun
    }
    if (!leftwards && t.info.has(WordInfo.STATEMENT) && i + 1 < tokens.size()
        && (tokens.get(i + 1).is("from") || tokens.get(i + 1).is("by"))) {
      return true; // "a preliminary report by the police": the record, then its keeper
    }
    if (t.is("do") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isCapitalized()
        && tokens.get(i + 1).isCapitalized()) {
      return true; // "Rio Grande do Sul": the Portuguese particle, not the auxiliary
    }
    if (t.info.speech != null || t.info.has(NOT_IN_PHRASE)
        || (t.info.has(WordInfo.PHRASE_STOP) && !t.textIs("WHO"))) {
      return false; // the World Health Organization may speak
    }
    if (t.info.cue != null && !t.is("toll") && !insideName(tokens, i)) {
      return false;
    }
    return !leftwards || !t.is("to") || toInName(tokens, i);
  }

  /**
   * The "to" inside a body's name: "the Committee to Protect Journalists", after a capitalised
   * body's head and before a capitalised word.
   */
  private static boolean toInName(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.isCapitalized() && isBodyHead(before);
  }

  /** Whether a word is a body's head noun in source-heads.tsv ("Committee", "agency"). */
  static boolean isBodyHead(Token t) {
    return t.info.head != null && t.info.head.kind() == SourceHead.Kind.ORG;
  }

  /**
   * A capitalised word between a name's words: "the IOM's Missing Migrants Project" holds a
   * category word that is no category here.
   */
  private static boolean insideName(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).isCapitalized()
        || !tokens.get(i + 1).isCapitalized() || !tokens.get(i + 1).isWord()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.isCapitalized() || before.is("'s") || before.is("the");
  }

  /**
   * A number that is part of a name: a capitalised number word between "The" or a capitalised
   * word and a capitalised word ("The Six Federations"), or digits right after a capitalised word
   * that end a name set off by a comma ("Deir ez-Zor 24, a local news network,").
   */
  private static boolean numberInName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    if (t.isWord() && t.isCapitalized() && t.info.has(WordInfo.NUMBER_WORD)) {
      return (before.is("the") || before.isCapitalized()) && after.isWord()
          && after.isCapitalized() && after.info.cue == null;
    }
    return t.isNumber() && before.isCapitalized() && before.isWord() && after.is(",");
  }

  /** "ranked 175th on the monitor's index": the phrase after its last lower-case preposition. */
  static Span afterPreposition(List<Token> tokens, Span phrase) {
    for (int i = phrase.to() - 2; i >= phrase.from(); i--) {
      Token t = tokens.get(i);
      if (t.info.has(WordInfo.PREPOSITION) && !t.isCapitalized() && !t.is("of") && !t.is("for")) {
        return new Span(i + 1, phrase.to());
      }
    }
    return phrase;
  }
}
