package org.casualtyclaims.engine;

import java.util.List;
import java.util.Set;

/**
 * Turns the words of a source phrase into a {@link SourceRef}: a canonical name (from the alias
 * lexicon, a person's name, or the cleaned phrase), a source type (from the lexicon, the phrase's
 * head noun and its modifiers) and whether the source is named.
 */
final class SourceNamer {
  /**
   * How many sentences back the lazy look-ups (a surname's full name, a body named outside any
   * frame) read: a reference points to something recent, and the bound keeps the work per
   * reference constant however long the document.
   */
  private static final int LOOKBACK = 40;

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

  private final Lexicons lexicons;

  SourceNamer(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /**
   * Resolves the phrase {@code phrase}, helped by the appositive {@code apposition} (", head of
   * the Search and Rescue Office") when there is one. Returns null for an empty phrase or a
   * pronoun nobody earlier explains.
   */
  SourceRef resolve(List<Token> tokens, Span phrase, Span apposition, DocumentContext context) {
    int from = phrase.from();
    int to = phrase.to();
    boolean definiteArticle = from < to && tokens.get(from).is("the");
    while (from < to && (tokens.get(from).info.has(WordInfo.DETERMINER)
        || tokens.get(from).is("and") || tokens.get(from).is("by") || tokens.get(from).isPunct())) {
      from++;
    }
    while (to > from && tokens.get(to - 1).isPunct()) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    // "a statement from the presidential palace" -> "the presidential palace"
    for (int k = from; k < to - 1 && k < from + 4; k++) {
      if (tokens.get(k).info.has(WordInfo.STATEMENT)
          && (tokens.get(k + 1).is("from") || tokens.get(k + 1).is("by")
              || tokens.get(k + 1).is("of"))) {
        return resolve(tokens, new Span(k + 2, to), apposition, context);
      }
    }
    // "a casualty list provided by Nasser Hospital", "figures released by the ministry"
    for (int k = from + 1; k < to - 1 && k < from + 6; k++) {
      if (tokens.get(k).is("by") && tokens.get(k - 1).endsWith("ed")
          && isStatementOrRecord(tokens.get(k - 2 < from ? from : k - 2))) {
        SourceRef agent = resolve(tokens, new Span(k + 1, to), apposition, context);
        if (agent != null) {
          return agent;
        }
      }
    }
    if (to - from == 1 && tokens.get(from).info.has(WordInfo.PRONOUN)) {
      return pronoun(tokens.get(from).lower(), context);
    }
    if (to - from == 1 && isAcronym(tokens.get(from))) {
      String acronym = tokens.get(from).text();
      SourceRef defined = context.acronym(acronym);
      if (defined == null && known(tokens, from, to) == null) {
        defined = spelledOut(acronym, context);
      }
      if (defined != null) {
        return defined; // "the Kestrel Liberation Front (KLF)" or its words earlier: "KLF said"
      }
    }
    KnownSource known = known(tokens, from, to);
    if (known != null) {
      return SourceRef.org(known.canonical(), known.type(), true);
    }
    // "Ingram's statement", "Israel's figures": the owner speaks
    int owner = possessiveBefore(tokens, from, to);
    if (owner > from && isStatementOrRecord(tokens.get(to - 1))) {
      SourceRef o = resolve(tokens, new Span(from, owner), Span.EMPTY, context);
      if (o != null) {
        return o;
      }
    }
    int pp = prepositionIn(tokens, from, to);
    SourceHead lastHead = tokens.get(to - 1).info.head;
    if (pp > 0 && lastHead != null && lastHead.kind() == SourceHead.Kind.PEOPLE
        && lastHead.type() == SourceType.ANONYMOUS) {
      pp = -1; // "Ministry of Health officials": unnamed people of a body, not the body
    }
    int headEnd = pp < 0 ? to : pp;
    Span outlet = outletName(tokens, from, headEnd);
    if (outlet != null) {
      return SourceRef.org(Names.surface(tokens, outlet.from(), outlet.to()), SourceType.MEDIA, true);
    }
    Span name = personName(tokens, from, headEnd);
    if (name != null) {
      return person(tokens, new Span(from, to), name, apposition, context);
    }
    SourceRef institution =
        institutionOrPeople(tokens, from, to, headEnd, pp, definiteArticle, context);
    // "The Syrian Civil Defence, a rescue group": the apposition says what the body is
    SourceType described = apposition.isEmpty()
        ? null : describedType(tokens, apposition.from(), apposition.to());
    // "a Meridian group" makes no armed group of a body whose own head says what it is
    boolean plainGroup = described == SourceType.GROUP && institution != null
        && institution.type() != SourceType.OFFICIAL;
    if (institution != null && described != null && !institution.isBare()
        && institution.type() != SourceType.ANONYMOUS && !plainGroup) {
      return SourceRef.org(institution.name(), described, institution.named());
    }
    return institution;
  }

  /** The type an apposition's head noun gives ("a rescue group" is international), or null. */
  private SourceType describedType(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is("group") && k + 1 < to && tokens.get(k + 1).is("of")) {
        continue; // "a group of medical professionals": the members say what it is
      }
      SourceHead two = k + 1 < to
          ? twoWordHead(tokens.get(k), tokens.get(k + 1)) : null;
      if (two != null && two.kind() == SourceHead.Kind.ORG) {
        return two.type();
      }
      SourceHead one = tokens.get(k).info.head;
      if (one != null && one.kind() == SourceHead.Kind.ORG && one.type() != SourceType.OFFICIAL) {
        return one.type();
      }
    }
    return null;
  }

  private static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The known source the words {@code [from, to)} name, or null. The key is only built when every
   * word occurs in some alias, which most phrases fail at once.
   */
  private KnownSource known(List<Token> tokens, int from, int to) {
    if (to - from == 1 && tokens.get(from).isWord() && !tokens.get(from).dotted) {
      return tokens.get(from).info.known; // one word is its own key
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      // "U.N." is keyed as "un"
      if (t.isWord() && !t.info.has(WordInfo.ALIAS_WORD) && !t.is("the") && !t.dotted) {
        return null;
      }
    }
    // a key starts and ends with words some key starts and ends with
    int first = Names.firstKeyed(tokens, from, to);
    int last = Names.lastKeyed(tokens, from, to);
    if (first < 0 || !mayBe(tokens.get(first), WordInfo.ALIAS_FIRST)
        || !mayBe(tokens.get(last), WordInfo.ALIAS_LAST)) {
      return null;
    }
    return lexicons.knownSources.get(Names.key(tokens, from, to));
  }

  /**
   * Whether a token may hold its place in a key: it carries the flag, or it is not a plain word
   * (a dotted initialism, a possessive glued to its word, a joining mark) and is let through.
   */
  private static boolean mayBe(Token t, long flag) {
    return t.info.has(flag) || !t.isWord() || t.is("'s") || t.dotted;
  }

  /** The head of two words ("news agency"), or null; only builds the key when one may exist. */
  private SourceHead twoWordHead(Token first, Token second) {
    return first.info.has(WordInfo.HEAD_PREFIX) && second.info.has(WordInfo.HEAD_SUFFIX)
        ? lexicons.sourceHeads.get(first.lower() + " " + second.lower())
        : null;
  }

  /** Words never part of a person's name: titles and common words. */
  static Set<String> notNames() {
    Set<String> words = new java.util.HashSet<>(NOT_NAMES);
    words.addAll(TITLES);
    return words;
  }

  private SourceRef pronoun(String pronoun, DocumentContext context) {
    return switch (pronoun) {
      case "he", "she", "i" -> context.lastPerson();
      case "it" -> {
        SourceRef last = context.lastSource();
        yield last != null && !last.person() ? last : null;
      }
      default -> context.lastSource();
    };
  }

  /** The possessive "'s", or the "'" after a plural ("Reporters Without Borders' index"), or -1. */
  private static int possessiveBefore(List<Token> tokens, int from, int to) {
    for (int k = to - 1; k > from; k--) {
      Token t = tokens.get(k);
      boolean plural = (t.is("'") || t.is("\u2019")) && !t.spaceBefore
          && tokens.get(k - 1).endsWith("s") && tokens.get(k - 1).isCapitalized();
      if (t.is("'s") || plural) {
        return k;
      }
    }
    return -1;
  }

  private boolean isStatementOrRecord(Token head) {
    SourceHead h = head.info.head;
    return head.info.has(WordInfo.STATEMENT) || (h != null && h.kind() == SourceHead.Kind.RECORD);
  }

  /** The first "of", "at", "from", "for" or "in" that opens a prepositional phrase, or -1. */
  private static int prepositionIn(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      if (tokens.get(k).info.has(WordInfo.PHRASE_PREPOSITION)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The run of capitalised words that names a person in {@code [from, to)}: the last such run
   * holding no head noun, title or known source. Initials ("B.") belong to the run.
   */
  private Span personName(List<Token> tokens, int from, int to) {
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
              || tokens.get(start - 2).info.has(WordInfo.NAME_PARTICLE))) {
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
    // a name is not a known place or body ("Peruvian Red Cross" ends in one), nor all initials
    for (int k = start; k < end; k++) {
      if (tokens.get(k).isCapitalized()
          && known(tokens, k, end) != null) {
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

  static boolean isAcronym(Token t) {
    if (!t.isWord() || t.length() < 2 || t.length() > 8) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A body named earlier in words whose initials spell the acronym ("the Kestrel Liberation Front
   * stormed Tolvany" before "The KLF claimed"); "of", "for", "and" and "the" inside the name are
   * not spelled.
   */
  private SourceRef spelledOut(String acronym, DocumentContext context) {
    return context.lookBack("acronym:" + acronym, LOOKBACK, (s, tokens) -> {
      for (int start = 0; start < tokens.size(); start++) {
        if (!tokens.get(start).isCapitalized()
            || Character.toUpperCase(tokens.get(start).charAt(0)) != acronym.charAt(0)) {
          continue;
        }
        int k = start;
        int letter = 0;
        while (k < tokens.size() && letter < acronym.length()) {
          Token t = tokens.get(k);
          if (t.is("of") || t.is("for") || t.is("and") || t.is("the")) {
            k++;
            continue;
          }
          if (!t.isCapitalized() || t.charAt(0) != acronym.charAt(letter)) {
            break;
          }
          letter++;
          k++;
        }
        boolean complete = letter == acronym.length()
            && (k >= tokens.size() || !tokens.get(k).isCapitalized());
        if (complete && k - start >= 2) {
          SourceRef named = resolve(tokens, new Span(start, k), Span.EMPTY, context);
          if (named != null && !named.person() && named.type() != SourceType.ANONYMOUS) {
            return named;
          }
        }
      }
      return null;
    });
  }

  /**
   * Notes the acronyms a sentence defines, "the Kestrel Liberation Front (KLF)", with the source
   * the words before the parenthesis name.
   */
  void defineAcronyms(List<Token> tokens, DocumentContext context) {
    for (int k = 2; k + 2 < tokens.size(); k++) {
      if (!tokens.get(k).is("(") || !tokens.get(k + 2).is(")") || !isAcronym(tokens.get(k + 1))) {
        continue;
      }
      int start = k;
      while (start > 0 && k - start < 8 && (tokens.get(start - 1).isCapitalized()
          || tokens.get(start - 1).is("of") || tokens.get(start - 1).is("for")
          || tokens.get(start - 1).is("and") || tokens.get(start - 1).is("'s"))) {
        start--;
      }
      while (start < k && !tokens.get(start).isCapitalized()) {
        start++;
      }
      if (k - start >= 2) {
        SourceRef named = resolve(tokens, new Span(start, k), Span.EMPTY, context);
        if (named != null && !named.person() && named.type() != SourceType.ANONYMOUS) {
          context.defineAcronym(tokens.get(k + 1).text(), named);
        }
      }
    }
  }

  private static boolean isInitial(Token t) {
    return t.isWord() && t.length() == 1 && t.isCapitalized();
  }

  private boolean isNameWord(Token t) {
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
    if (isAcronym(t)) {
      return false; // "SBU", "HQ"
    }
    KnownSource known = t.dotted ? null : t.info.known;
    return known == null || known.type() != SourceType.OFFICIAL;
  }

  private SourceRef person(
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
    SourceType roleType = roleType(tokens, phrase.from(), name.from());
    if (roleType == null) {
      roleType = roleType(tokens, name.to(), phrase.to());
    }
    if (roleType == null && !apposition.isEmpty()) {
      roleType = roleType(tokens, apposition.from(), apposition.to());
    }
    SourceType owner = possessorType(tokens, phrase, apposition, context);
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
    int end = 0;
    for (int k = 0; k < tokens.size() && k < 12; k++) {
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
    return end == 0 ? null : resolve(tokens, new Span(0, end), Span.EMPTY, context);
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

  /**
   * Looks back through the document for a named body with this head noun ("the Gaza health
   * ministry gave an update" before "the ministry said"), reading only sentences that hold it.
   */
  SourceRef institutionNamed(String head, DocumentContext context) {
    // a head noun has its own entry in the word table: its tokens are those sharing the entry
    WordInfo headWord = lexicons.words.get(head);
    return context.lookBack("body:" + head, LOOKBACK, (s, tokens) -> {
      for (int k = tokens.size() - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        if (headWord != WordInfo.NONE ? t.info != headWord : !t.is(head)) {
          continue;
        }
        int from = k;
        while (from > 0 && from > k - 5 && isModifier(tokens.get(from - 1))) {
          from--;
        }
        if (from == k) {
          continue;
        }
        SourceRef found = resolve(tokens, new Span(from, k + 1), Span.EMPTY, context);
        if (found != null && !found.isBare() && !found.person()
            && hasCapital(tokens, from, k + 1)) {
          return found;
        }
      }
      return null;
    });
  }

  /**
   * The latest known source of a type mentioned anywhere before ("the BBC" in any sentence before
   * "the broadcaster said"), found by looking the sentence's words up in the alias lexicon.
   */
  SourceRef knownOfType(SourceType type, DocumentContext context) {
    return context.lookBack("type:" + type.label(), LOOKBACK, (s, tokens) -> {
      for (int k = tokens.size() - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        if (!t.isCapitalized() || (!t.is("the") && !mayBe(t, WordInfo.ALIAS_FIRST))) {
          continue; // no alias starts here
        }
        for (int len = Math.min(lexicons.longestAlias, tokens.size() - k); len >= 1; len--) {
          KnownSource known = known(tokens, k, k + len);
          if (known != null && known.type() == type) {
            return SourceRef.org(known.canonical(), known.type(), true);
          }
        }
      }
      return null;
    });
  }

  /** A word that may modify a body's head noun: "Gaza", "health", "Russia's". */
  private boolean isModifier(Token t) {
    return (t.isWord() && !t.info.has(WordInfo.DETERMINER)
            && !t.info.has(WordInfo.PREPOSITION) && !t.endsWith("ed")
            && !(t.info.speech != null) && !t.info.has(WordInfo.CLAUSE_BREAK)
            && !t.is("and"))
        || (t.is("-") && !t.spaceBefore);
  }

  /**
   * Looks back through the document for a mention of a surname with its first names and role
   * ("British Armed Forces Minister Adam Ingram"), reading only the sentences that hold it.
   */
  private SourceRef fullerMention(String surname, DocumentContext context) {
    return context.lookBack("name:" + surname, LOOKBACK, (s, tokens) -> {
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
        SourceType type = roleType(tokens, roleFrom, start);
        return SourceRef.person(Names.surface(tokens, start, k + 1),
            type == null ? SourceType.OFFICIAL : type, surname, lowerWords(tokens, roleFrom, start));
      }
      return null;
    });
  }

  /**
   * The type the role words in {@code [from, to)} give a person or an unnamed role: an
   * organisation among them wins ("Taliban spokesman" is group), then the last role noun.
   */
  private SourceType roleType(List<Token> tokens, int from, int to) {
    SourceType org = null;
    SourceType role = null;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        continue;
      }
      KnownSource known = known(tokens, k, k + 1);
      if (known != null && t.isCapitalized() && known.type() != SourceType.OFFICIAL) {
        org = known.type();
      }
      SourceHead two = k + 1 < to ? twoWordHead(t, tokens.get(k + 1)) : null;
      SourceHead head = two != null ? two : t.info.head;
      if (head == null) {
        continue;
      }
      if (two != null) {
        k++; // "fire brigade" is one head: its "brigade" is not an armed group's
      }
      // an armed group owns its roles as a body does: "the rebels' spokesman" speaks for them
      boolean armedPeople =
          head.kind() == SourceHead.Kind.PEOPLE && head.type() == SourceType.GROUP;
      if (head.kind() == SourceHead.Kind.ORG || armedPeople) {
        org = org == null || org == SourceType.OFFICIAL ? head.type() : org;
      } else if (head.kind() == SourceHead.Kind.ROLE) {
        role = head.type();
      } else if (head.kind() == SourceHead.Kind.PEOPLE && head.type() != SourceType.ANONYMOUS) {
        role = head.type();
      }
    }
    if (org != null && (role == null || role == SourceType.OFFICIAL)) {
      return org;
    }
    return role;
  }

  private SourceRef institutionOrPeople(
      List<Token> tokens,
      int from,
      int to,
      int headEnd,
      int pp,
      boolean definiteArticle,
      DocumentContext context) {
    // "the Ministry of Transport", "the Meridian Institute for Conflict Research": one name
    SourceHead bodyHead = tokens.get(headEnd - 1).info.head;
    boolean properBefore = pp == from + 1 || isCapitalizedRun(tokens, from, headEnd);
    if (pp > 0 && properBefore && bodyHead != null && bodyHead.kind() == SourceHead.Kind.ORG
        && tokens.get(headEnd - 1).isCapitalized() && isCapitalizedRun(tokens, pp + 1, to)
        && (tokens.get(pp).is("of") || tokens.get(pp).is("for"))) {
      SourceType type = roleType(tokens, from, headEnd);
      return SourceRef.org(Names.surface(tokens, from, to), type == null ? bodyHead.type() : type,
          true);
    }
    // a known source at the end of the phrase: "Pakistan's private Aaj television"
    for (int k = from + 1; k < headEnd; k++) {
      if (!tokens.get(k).isCapitalized()) {
        continue;
      }
      KnownSource known = known(tokens, k, headEnd);
      if (known != null) {
        return SourceRef.org(known.canonical(), known.type(), true);
      }
    }
    // "State broadcaster TRT", "the disaster management agency AFAD": a head, then its name
    int named = headBeforeName(tokens, from, headEnd);
    if (named > 0) {
      SourceType type = roleType(tokens, from, named);
      return SourceRef.org(Names.surface(tokens, named, headEnd), type, true);
    }
    Token last = tokens.get(headEnd - 1);
    SourceHead head = headEnd - 2 >= from
        ? twoWordHead(tokens.get(headEnd - 2), last)
        : null;
    if (head == null) {
      head = last.info.head;
    }
    String surface = Names.surface(tokens, from, to);
    if (head == null && pp > 0 && !hasProperWord(tokens, from, headEnd)) {
      // "an earlier one from South Korea's spy agency": the words before say nothing of who
      SourceRef object = resolve(tokens, new Span(pp + 1, to), Span.EMPTY, context);
      if (object != null) {
        return object;
      }
    }
    if (head == null) {
      return unknownPhrase(tokens, from, headEnd, surface);
    }
    if (joinsUnnamedOfficial(tokens, from, headEnd)) {
      return SourceRef.org(surface, SourceType.ANONYMOUS, false);
    }
    if (head.type() == SourceType.MEDIA && head.kind() == SourceHead.Kind.ORG
        && last.endsWith("s") && !hasProperWord(tokens, from, headEnd)) {
      return SourceRef.org(surface, SourceType.MEDIA, false); // "reports say": no outlet named
    }
    boolean description = (definiteArticle || headEnd - from == 1)
        && (head.kind() == SourceHead.Kind.ORG || head.kind() == SourceHead.Kind.ROLE)
        && !hasProperWord(tokens, from, headEnd);
    if (description && head.kind() == SourceHead.Kind.ORG) {
      SourceType type = roleType(tokens, from, headEnd);
      return SourceRef.definite(descriptionName(tokens, from, headEnd),
          type == null ? head.type() : type, last.lower());
    }
    if (head.type() == SourceType.MEDIA && head.kind() == SourceHead.Kind.ORG
        && !hasProperWord(tokens, from, headEnd)) {
      // "local media", "other outlets" are nobody in particular; "government television" is
      return SourceRef.org(surface, SourceType.MEDIA, runByTheState(tokens, from, headEnd));
    }
    switch (head.kind()) {
      case PEOPLE -> {
        if (head.type() == SourceType.ANONYMOUS && !last.startsWith("source") && pp > 0
            && last.endsWith("s")) {
          // "officials at the city's main Nasser Hospital": the named institution speaks; "an
          // official from the centre" is one unnamed person
          Span org = properRunEnding(tokens, pp + 1, to);
          if (org != null) {
            SourceRef inner = resolve(tokens, org, Span.EMPTY, context);
            if (inner != null && !inner.person() && inner.type() != SourceType.ANONYMOUS) {
              return inner;
            }
          }
        }
        SourceType joined = joinedInstitution(tokens, from, headEnd);
        if (joined != null) {
          return SourceRef.org(surface, joined, true);
        }
        if (head.type() == SourceType.WITNESS) {
          // "residents said": a later "resident Silas Adamu told AFP" may name them
          return SourceRef.definite(surface, SourceType.WITNESS, singular(last.lower()), false);
        }
        if (definiteArticle && head.type() == SourceType.ANONYMOUS && headEnd - from == 1) {
          // "the official said": the unnamed official already met
          return SourceRef.definite(surface, SourceType.ANONYMOUS, last.lower(), false);
        }
        if (definiteArticle && isSingularOffice(tokens, from, headEnd, last)) {
          // "the city's chief fire officer": one identifiable office-holder, on the record
          return SourceRef.definite(surface, SourceType.OFFICIAL, last.lower());
        }
        return SourceRef.org(surface, head.type(), false);
      }
      case ROLE -> {
        SourceType type = roleType(tokens, from, to);
        SourceType t = type == null ? head.type() : type;
        if (definiteArticle && t != SourceType.WITNESS) {
          // "the regional governor said": the office-holder named elsewhere
          return SourceRef.definite(surface, t, last.lower());
        }
        return SourceRef.org(surface, t, t != SourceType.WITNESS);
      }
      case RECORD -> {
        for (int k = from; k < headEnd - 1; k++) {
          KnownSource keeper = known(tokens, k, k + 1);
          if (keeper != null && tokens.get(k).isCapitalized()
              && keeper.type() != SourceType.OFFICIAL) {
            return SourceRef.org(keeper.canonical(), keeper.type(), true); // "a Reuters tally"
          }
        }
        for (int k = from; k < headEnd - 1; k++) {
          if (!lexicons.genericRecordWords.contains(tokens.get(k).lower())) {
            return SourceRef.org(surface, head.type(), true); // "Israeli tallies"
          }
        }
        return null; // "the latest data" says when, not who
      }
      default -> {
        SourceType type = roleType(tokens, from, headEnd);
        if (type == null || type == SourceType.WITNESS) {
          type = head.type(); // "Harbour Doctors Network": the doctors only name the body
        }
        Span proper = properRunEnding(tokens, from, headEnd);
        String name = proper != null && proper.length() > 1
            ? Names.surface(tokens, proper.from(), proper.to())
            : Names.surface(tokens, from, headEnd);
        return SourceRef.org(name, type, true);
      }
    }
  }

  /**
   * The start of a proper name that follows a head noun at the end of the phrase ("TRT" in
   * "State broadcaster TRT"), or -1.
   */
  private int headBeforeName(List<Token> tokens, int from, int to) {
    int start = to;
    while (start > from && (tokens.get(start - 1).isCapitalized()
        || (tokens.get(start - 1).is("-") && !tokens.get(start - 1).spaceBefore))) {
      if ((tokens.get(start - 1).info.head != null)) {
        return -1; // "Phoenix Police Department": the head is part of the name
      }
      start--;
    }
    if (start == to || start == from) {
      return -1;
    }
    SourceHead head = tokens.get(start - 1).info.head;
    return head != null && head.kind() != SourceHead.Kind.PEOPLE ? start : -1;
  }

  /** Words that make an outlet the state's own ("government television"); attribution-words.tsv. */
  private boolean runByTheState(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord() && lexicons.stateOutletWords.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An outlet named after its medium, "Radio Ostrava", "Television Kraj": the capitalised run
   * ending the phrase opens with a media head. Null when there is none.
   */
  private static Span outletName(List<Token> tokens, int from, int to) {
    int start = to;
    while (start > from && tokens.get(start - 1).isCapitalized()) {
      start--;
    }
    if (to - start < 2 || start == 0 || isQuote(tokens.get(start - 1))) {
      return null; // "Broadcaster Canal Norte" opening a sentence: the head is no part of the name
    }
    SourceHead first = tokens.get(start).info.head;
    boolean media = first != null && first.type() == SourceType.MEDIA
        && first.kind() == SourceHead.Kind.ORG && tokens.get(to - 1).info.head == null;
    return media ? new Span(start, to) : null;
  }

  /** Every word of {@code [from, to)} is capitalised, or a "the" or "of" inside. */
  private static boolean isCapitalizedRun(List<Token> tokens, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isCapitalized() && !((t.is("the") || t.is("of") || t.is("and")) && k + 1 < to)) {
        return false;
      }
    }
    return true;
  }

  /** "Police" at the start of a sentence is "police": a description keeps its common case. */
  private String descriptionName(List<Token> tokens, int from, int to) {
    String surface = Names.surface(tokens, from, to);
    boolean opening = from == 0 || isQuote(tokens.get(from - 1));
    if (opening && tokens.get(from).isCapitalized()
        && (tokens.get(from).info.head != null)) {
      return surface.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + surface.substring(1);
    }
    return surface;
  }

  /** A capitalised word that is not capitalised merely for opening the sentence. */
  private static boolean hasProperWord(List<Token> tokens, int from, int to) {
    for (int k = Math.max(from, 1); k < to; k++) {
      if (tokens.get(k).isCapitalized() && !isQuote(tokens.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(Token t) {
    return t.isPunct() && (t.is("\"") || t.is("\u201C") || t.is("\u2018"));
  }

  private static boolean hasCapital(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the city's chief fire officer": a singular office with a possessive or a rank before it, as
   * opposed to "a senior official" or "officials".
   */
  private boolean isSingularOffice(List<Token> tokens, int from, int to, Token head) {
    if (!(head.is("officer") || head.is("official"))) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      SourceHead h = tokens.get(k).info.head;
      if (tokens.get(k).is("'s") || (h != null && h.kind() == SourceHead.Kind.ROLE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "police and railway officials": an institution joined to unnamed people speaks for them; an
   * institution that only modifies the people ("aid workers and hospital officials") does not.
   */
  private SourceType joinedInstitution(List<Token> tokens, int from, int to) {
    SourceType type = null;
    for (int k = from; k + 1 < to; k++) {
      SourceHead h = tokens.get(k).info.head;
      if (h != null && h.kind() == SourceHead.Kind.ORG && tokens.get(k + 1).is("and")) {
        type = h.type();
      }
    }
    return type;
  }

  /**
   * "a local official and a humanitarian worker": people joined to an unnamed official are
   * unnamed people, whatever the other conjunct.
   */
  private static boolean joinsUnnamedOfficial(List<Token> tokens, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      SourceHead h = tokens.get(k).info.head;
      if (h != null && h.kind() == SourceHead.Kind.PEOPLE && h.type() == SourceType.ANONYMOUS
          && tokens.get(k + 1).is("and")) {
        return true;
      }
    }
    return false;
  }

  /** The capitalised run that ends at {@code to} ("Nasser Hospital"), or null. */
  private static Span properRunEnding(List<Token> tokens, int from, int to) {
    int end = to;
    while (end > from && tokens.get(end - 1).isPunct()) {
      end--;
    }
    int start = end;
    while (start > from && (tokens.get(start - 1).isCapitalized()
        || (tokens.get(start - 1).is("of") && start - 2 >= from
            && tokens.get(start - 2).isCapitalized()))) {
      start--;
    }
    return start < end && tokens.get(start).isCapitalized() ? new Span(start, end) : null;
  }

  /** A phrase with no known head: a proper name is taken as a person or a body, else anonymous. */
  private SourceRef unknownPhrase(List<Token> tokens, int from, int to, String surface) {
    boolean proper = true;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.isWord() && !t.isCapitalized() && !t.is("of") && !t.is("'s") && !t.is("and")) {
        proper = false;
      }
    }
    if (proper) {
      return SourceRef.org(surface, SourceType.OFFICIAL, true);
    }
    return SourceRef.org(surface, SourceType.ANONYMOUS, false);
  }
}
