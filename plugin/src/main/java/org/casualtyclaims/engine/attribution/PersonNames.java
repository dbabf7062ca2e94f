package org.casualtyclaims.engine.attribution;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * People as sources: the run of capitalised words that names a person, their role and type (from
 * the words around the name, an apposition, or "its spokesman" and the body before), and the
 * fuller mention a bare surname points back to.
 */
public final class PersonNames {
  private final SourceNamer namer;
  private final SourceKinds kinds;

  PersonNames(SourceNamer namer, SourceKinds kinds) {
    this.namer = namer;
    this.kinds = kinds;
  }

  /** Titles before a name, never part of it. */
  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "maj", "sgt",
          "cpl", "pvt", "adm", "cmdr", "brig", "gov", "sen", "rep", "rev", "sir", "dame", "lord",
          "lady", "gen.", "army", "navy", "police", "pope", "king", "queen", "prince", "sheikh");
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we",
          "i", "his", "her", "their", "its", "our", "and", "but", "so", "then", "also", "some",
          "many", "several", "both", "all", "most", "other", "others", "western", "local",
          "anonymous", "senior", "unnamed", "former", "deputy", "acting", "regional", "national",
          "state", "federal", "provincial", "district", "city", "county", "town", "village");

  /** Titles before a name ("mr", "dr", "gen"), lower case. */
  public static Set<String> titles() {
    return TITLES;
  }

  /** Words never part of a person's name: titles and common words. */
  public static Set<String> notNames() {
    Set<String> words = new java.util.HashSet<>(NOT_NAMES);
    words.addAll(TITLES);
    return words;
  }

  /**
   * The run of capitalised words that names a person in {@code [from, to)}: the last such run
   * holding no head noun, title or known source. Initials ("B.") belong to the run.
   */
  Span personName(List<Token> tokens, int from, int to) {
    int end = to;
    while (end > from) {
      Token t = tokens.get(end - 1);
      if (t.is("'s") || (t.isPunct() && !t.is("."))) {
        end--;
        continue;
      }
      break;
    }
    int start = end;
    while (start > from) {
      Token t = tokens.get(start - 1);
      if (t.is(".") && start - 2 >= from && isInitial(tokens.get(start - 2))) {
        start -= 2;
        continue;
      }
      if (t.is("-") && !t.spaceBefore && start - 2 >= from
          && (tokens.get(start - 2).isCapitalized()
              || tokens.get(start - 2).info.has(WordInfo.NAME_PARTICLE)
              || CapitalRuns.gluedBetweenHyphens(tokens, start - 2, from))) {
        start -= 2;
        continue;
      }
      if (!isNameWord(t)) {
        break;
      }
      start--;
    }
    while (start < end && !tokens.get(start).isCapitalized()) {
      start++; // a leading particle belongs to no name here
    }
    if (start >= end) {
      return null;
    }
    if (namesABody(tokens, from, start, end)) {
      return null;
    }
    SourceHead kind = start - 1 >= from ? tokens.get(start - 1).info.head : null;
    if (kind != null && kind.kind() == SourceHead.Kind.ORG && kind.type() != SourceType.OFFICIAL
        && !tokens.get(start - 1).isCapitalized()) {
      // "the aid group Islamic Relief", "the charity Save the Children": a body named after its
      // kind, no person ("the state oil company Ecopetrol" is still found as "the company")
      return null;
    }
    if (end - start >= 2 && kinds.twoWordHead(tokens.get(end - 2), tokens.get(end - 1)) != null) {
      return null; // "the Emergency Response Room": a body's head of two words ends the name
    }
    // a name is not a known place or body ("Peruvian Red Cross" ends in one), nor all initials
    for (int k = start; k < end; k++) {
      if (tokens.get(k).isCapitalized()
          && kinds.known(tokens, k, end) != null) {
        return null;
      }
    }
    for (int k = start; k < end; k++) {
      if (tokens.get(k).isWord() && tokens.get(k).length() > 1) {
        return new Span(start, end);
      }
    }
    return null;
  }

  /**
   * Whether the capitalised run {@code [start, end)} ends a body's name rather than naming a
   * person: it goes on a country's name or a body's head before it ("Iran Human Rights", a known
   * source; "Ligue Togolaise"), or follows a capitalised body's "on", "for" or name particle
   * ("Commission on Human Rights", "Defense des Droits").
   */
  private boolean namesABody(List<Token> tokens, int from, int start, int end) {
    if (start - 1 < from) {
      return false;
    }
    Token before = tokens.get(start - 1);
    if (before.isCapitalized()) {
      // "Ligue Togolaise des Droits de l'Homme": a body's head that opens the name, not one
      // capitalised for opening the sentence ("Broadcaster Canal Norte reported")
      SourceHead head = before.info.head;
      return kinds.known(tokens, start - 1, end) != null
          || (head != null && head.kind() == SourceHead.Kind.ORG && start - 1 > 0
              && !InstitutionNames.isQuote(tokens.get(start - 2)));
    }
    // "Defense des Droits de l'Homme": a particle after a body's head goes on the body's name
    boolean particle = before.info.has(WordInfo.NAME_PARTICLE);
    if ((before.is("on") || before.is("for") || particle) && start - 2 >= from) {
      Token body = tokens.get(start - 2);
      return body.isCapitalized() && Phrases.isBodyHead(body);
    }
    return false;
  }

  private static boolean isInitial(Token t) {
    return t.isWord() && t.length() == 1 && t.isCapitalized();
  }

  boolean isNameWord(Token t) {
    if (t.info.has(WordInfo.NAME_PARTICLE) && !t.isCapitalized()) {
      return true; // "Abdullah al-Mahdi"; a name must still start with a capital
    }
    if (!t.isCapitalized() || t.length() < 2 && !isInitial(t)) {
      return false;
    }
    if (t.info.head != null || t.info.cue != null || t.info.speech != null
        || t.info.has(WordInfo.PERSON_NOUN | WordInfo.MONTH | WordInfo.WEEKDAY | WordInfo.NOT_NAME
            | WordInfo.SENTENCE_ADVERB)) {
      return false;
    }
    if (Acronyms.isAcronym(t)) {
      return false; // "SBU", "HQ"
    }
    KnownSource known = t.dotted ? null : t.info.known;
    return known == null || known.type() != SourceType.OFFICIAL;
  }

  SourceRef person(
      List<Token> tokens, Span phrase, Span name, Span apposition, DocumentContext context) {
    String full = Names.surface(tokens, name.from(), name.to());
    String surname = tokens.get(name.to() - 1).text();
    SourceRef known = null;
    if (name.length() == 1) {
      known = context.personBySurname(surname);
      if (known == null) {
        known = fullerMention(surname, context);
      }
    } else {
      SourceRef same = context.personBySurname(surname); // named again in full: the same role
      known = same != null && same.name().equals(full) ? same : null;
    }
    SourceType roleType = kinds.roleType(tokens, phrase.from(), name.from());
    if (roleType == null) {
      roleType = kinds.roleType(tokens, name.to(), phrase.to());
    }
    if (roleType == null && !apposition.isEmpty()) {
      roleType = kinds.roleType(tokens, apposition.from(), apposition.to());
    }
    SourceType owner = possessorType(tokens, phrase, apposition, context);
    if (owner == null && roleType == SourceType.OFFICIAL
        && onlyBodyVoice(tokens, phrase, name, apposition)) {
      owner = lastBodyType(context); // "the UN office said ... spokesperson Ana Lind told"
    }
    if (owner != null && (roleType == null || roleType == SourceType.OFFICIAL)) {
      roleType = owner; // "Its spokesman, Tomas Reyl": the rebels' spokesman speaks for them
    }
    StringBuilder words = new StringBuilder();
    appendLowerWords(words, tokens, phrase.from(), name.from());
    words.append(' ');
    appendLowerWords(words, tokens, name.to(), phrase.to());
    words.append(' ');
    appendLowerWords(words, tokens, apposition.from(), apposition.to());
    String affiliation = words.toString();
    if (known != null) {
      return roleType == null || roleType == known.type()
          ? known
          : SourceRef.person(known.name(), roleType, known.surname(), known.affiliation());
    }
    // a named person whose role the text never gives is usually an office-holder quoted again
    return SourceRef.person(full, roleType == null ? SourceType.OFFICIAL : roleType, surname,
        affiliation.strip());
  }

  /**
   * The type of the body a role belongs to when the text says so with "its" or "their" ("its
   * spokesman"): the latest body named, or null.
   */
  private SourceType possessorType(
      List<Token> tokens, Span phrase, Span apposition, DocumentContext context) {
    if (!saysItsOrTheir(tokens, phrase) && !saysItsOrTheir(tokens, apposition)) {
      return null;
    }
    SourceRef body = previousSubject(context);
    return body == null || body.person() ? null : body.type();
  }

  /**
   * Whether the words around a name say only that the person speaks for some body ("spokesperson
   * Ana Lind", "Ana Lind, a spokeswoman,"), not for which one.
   */
  private boolean onlyBodyVoice(List<Token> tokens, Span phrase, Span name, Span apposition) {
    boolean voice = false;
    for (Span span : List.of(new Span(phrase.from(), name.from()),
        new Span(name.to(), phrase.to()), apposition)) {
      for (int k = span.from(); k < span.to(); k++) {
        Token t = tokens.get(k);
        if (kinds.isBodyVoice(t)) {
          voice = true;
        } else if (t.isWord() && !t.info.has(WordInfo.DETERMINER)) {
          return false;
        }
      }
    }
    return voice;
  }

  /**
   * The type of the body last named, when it is one a spokesperson speaks for though not the
   * state's (an international body, an armed group); else null.
   */
  private static SourceType lastBodyType(DocumentContext context) {
    SourceRef last = context.lastSource();
    if (last == null || last.person()) {
      return null;
    }
    return last.type() == SourceType.INTERNATIONAL || last.type() == SourceType.GROUP
        ? last.type() : null;
  }

  private static boolean saysItsOrTheir(List<Token> tokens, Span span) {
    for (int k = span.from(); k < span.to(); k++) {
      if (tokens.get(k).is("its") || tokens.get(k).is("their")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What "it" or "its" most likely stands for: the body that opens the sentence before ("The KLF
   * gave a very different account. Its spokesman ...").
   */
  private SourceRef previousSubject(DocumentContext context) {
    int previous = context.sentence() - 1;
    if (previous < 0) {
      return null;
    }
    List<Token> tokens = context.tokensOf(previous);
    int start = afterDateline(tokens);
    int end = start;
    for (int k = start; k < tokens.size() && k < start + 12; k++) {
      Token t = tokens.get(k);
      boolean part = t.isCapitalized() || t.info.head != null || t.is("'s") || t.is("the")
          || t.is("of") || (t.is("-") && !t.spaceBefore);
      if (!part) {
        break;
      }
      if (t.isCapitalized() || t.info.head != null) {
        end = k + 1;
      }
    }
    return end == start ? null : namer.resolve(tokens, new Span(start, end), Span.EMPTY, context);
  }

  /**
   * Who "he" or "she" stands for when the sentence before opens with a person who spoke through
   * no speech verb ("Colonel Ana Ruiz, the army's spokeswoman, appeared on television. She went on
   * to say that ..."): that person, or null.
   */
  SourceRef openingPerson(DocumentContext context) {
    if (context.sentence() < 1 || countsVictims(context.tokensOf(context.sentence() - 1))) {
      return null; // "Ana Ruiz, a nurse, was among the wounded": a victim, not a speaker
    }
    SourceRef subject = previousSubject(context);
    return subject != null && subject.person() ? subject : null;
  }

  private static boolean countsVictims(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).info.cue != null && !describesANoun(tokens, k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} is a noun that a category word before it describes: "visited
   * wounded soldiers" speaks of others, where "was among the wounded" counts the subject.
   */
  private static boolean describesANoun(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    return t.isWord() && !t.isCapitalized() && t.info.cue == null
        && !t.info.has(WordInfo.PREPOSITION) && !t.info.has(WordInfo.CLAUSE_BREAK)
        && !t.info.has(WordInfo.AUXILIARY) && !t.is("and") && !t.is("or");
  }

  /** The first token after a dateline ("BAMAKO -", "LIMA (Reuters) -"), or 0. */
  private static int afterDateline(List<Token> tokens) {
    for (int k = 1; k < tokens.size() && k < 8; k++) {
      Token t = tokens.get(k);
      if ((t.is("-") || t.is("\u2013") || t.is("\u2014")) && t.spaceBefore) {
        return k + 1;
      }
      if (!(t.isCapitalized() || t.is("(") || t.is(")") || t.is(","))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Looks back through the document for a mention of a surname with its first names and role
   * ("British Armed Forces Minister Adam Ingram"), reading only the sentences that hold it.
   */
  private SourceRef fullerMention(String surname, DocumentContext context) {
    return context.lookBack("name:" + surname, SourceNamer.LOOKBACK, (s, tokens) -> {
      for (int k = 1; k < tokens.size(); k++) {
        if (!tokens.get(k).textIs(surname)) {
          continue;
        }
        int start = k;
        while (start > 0 && isNameWord(tokens.get(start - 1))) {
          start--;
        }
        if (start == k) {
          continue;
        }
        int roleFrom = Math.max(0, start - 5);
        SourceType type = kinds.roleType(tokens, roleFrom, start);
        return SourceRef.person(Names.surface(tokens, start, k + 1),
            type == null ? SourceType.OFFICIAL : type, surname, lowerWords(tokens, roleFrom, start));
      }
      return null;
    });
  }

  private static String lowerWords(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    appendLowerWords(sb, tokens, from, to);
    return sb.toString();
  }

  /** Appends the lower-case words of {@code [from, to)}, one space between each. */
  private static void appendLowerWords(StringBuilder sb, List<Token> tokens, int from, int to) {
    boolean first = true;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord()) {
        if (!first) {
          sb.append(' ');
        }
        sb.append(tokens.get(k).lower());
        first = false;
      }
    }
  }
}
