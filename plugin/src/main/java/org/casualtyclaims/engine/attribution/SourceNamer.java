package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Turns the words of a source phrase into a {@link SourceRef}: a canonical name (from the alias
 * lexicon, a person's name, or the cleaned phrase), a source type (from the lexicon, the phrase's
 * head noun and its modifiers) and whether the source is named. It reads what the phrase is
 * (a pronoun, an acronym, a known source, a record and its keeper) and hands persons to {@link
 * PersonNames}, bodies and unnamed people to {@link InstitutionNames}.
 */
public final class SourceNamer {
  /**
   * How many sentences back the lazy look-ups (a surname's full name, a body named outside any
   * frame) read: a reference points to something recent, and the bound keeps the work per
   * reference constant however long the document.
   */
  static final int LOOKBACK = 40;

  private final Lexicons lexicons;
  private final SourceKinds kinds;
  private final PersonNames persons;
  private final InstitutionNames institutions;
  private final Acronyms acronyms;
  private final BackReferences references;
  private final SourceCountries countries;

  public SourceNamer(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.kinds = new SourceKinds(lexicons);
    this.persons = new PersonNames(this, kinds);
    this.countries = new SourceCountries(lexicons);
    this.institutions = new InstitutionNames(this, kinds, countries, lexicons);
    this.acronyms = new Acronyms(this);
    this.references = new BackReferences(lexicons, persons);
  }

  /**
   * Resolves the phrase {@code phrase}, helped by the appositive {@code apposition} (", head of
   * the Search and Rescue Office") when there is one. Returns null for an empty phrase or a
   * pronoun nobody earlier explains.
   */
  SourceRef resolve(List<Token> tokens, Span phrase, Span apposition, DocumentContext context) {
    if (BackReferences.oneOfThem(tokens, phrase)) {
      return context.speakerWithin(1); // "The sources ... said. One of them said"
    }
    SourceRef owner = references.ownPeople(tokens, phrase, context);
    if (owner != null) {
      return owner; // "Islamic Relief said its staff ... had counted"
    }
    SourceRef source = resolvePhrase(tokens, phrase, apposition, context);
    return references.recordFor(tokens, phrase, source, context);
  }

  /**
   * Where a participle that describes the people, person or body before it starts ("a group of
   * local activists monitoring the war", "a parent representing the families", "a union
   * representing prison guards"), or {@code to} when none does.
   */
  private static int participleAfterPeople(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      Token before = tokens.get(k - 1);
      SourceHead head = before.info.head;
      // "a union representing prison guards": a body described by what it does, as people are
      boolean people = before.info.has(WordInfo.PERSON_NOUN) || (head != null
          && head.kind() != SourceHead.Kind.RECORD && !namesItself(tokens, k));
      if (people && t.isWord() && !t.isCapitalized() && t.endsWith("ing") && t.info.head == null
          && !t.info.has(WordInfo.PREPOSITION) && t.info.speech == null) {
        return k;
      }
    }
    return to;
  }

  /** "a militant group calling itself the Black Meadow Brigade": its name follows the participle. */
  private static boolean namesItself(List<Token> tokens, int participle) {
    return participle + 1 < tokens.size()
        && (tokens.get(participle + 1).is("itself") || tokens.get(participle + 1).is("themselves"));
  }

  private SourceRef resolvePhrase(
      List<Token> tokens, Span phrase, Span apposition, DocumentContext context) {
    int from = phrase.from();
    int to = participleAfterPeople(tokens, from, phrase.to());
    if (from + 1 < to && tokens.get(from).info.has(WordInfo.SENTENCE_ADVERB)
        && !tokens.get(from).info.has(WordInfo.PREPOSITION)) {
      from++; // "Later a humanitarian worker said", "but later the police said": no name
    }
    boolean definiteArticle = from < to && tokens.get(from).is("the");
    while (from < to && (tokens.get(from).info.has(WordInfo.DETERMINER)
        || tokens.get(from).is("and") || tokens.get(from).is("by") || tokens.get(from).isPunct())) {
      from++;
    }
    while (from + 3 < to && isLowerCompound(tokens, from) && tokens.get(from + 3).isCapitalized()) {
      from += 3; // "the state-funded Kenya National Commission ...": how it is run, not its name
    }
    while (to > from && (tokens.get(to - 1).isPunct()
        || (to - 1 > from && (tokens.get(to - 1).is("there") || tokens.get(to - 1).is("here"))))) {
      to--; // "a nurse there said": the nurse
    }
    if (from >= to) {
      return null;
    }
    // "the director of the hospital and the Hamas government said", "residents and an official of
    // the opposition said": two sources, the first named speaks first
    for (int k = from + 1; k + 2 < to; k++) {
      if (tokens.get(k).is("and") && (tokens.get(k + 1).info.has(WordInfo.DETERMINER)
          || (NumberWords.startsNumber(tokens, k + 1) && !tokens.get(k + 1).isNumber()))) {
        SourceRef first = resolve(tokens, new Span(from, k), Span.EMPTY, context);
        if (first != null && first.type() != SourceType.ANONYMOUS) {
          return first;
        }
        break;
      }
    }
    // "a Reuters tally of figures from state governments": the keeper named before the record
    // speaks, not the bodies its figures came from
    for (int k = from + 1; k < to - 1 && k < from + 4; k++) {
      SourceHead head = tokens.get(k).info.head;
      if (head != null && head.kind() == SourceHead.Kind.RECORD) {
        KnownSource keeper = kinds.recordKeeper(tokens, from, k);
        if (keeper != null) {
          return SourceRef.org(keeper.canonical(), keeper.type(), true);
        }
        break;
      }
    }
    // "a statement from the presidential palace" -> "the presidential palace"; "preliminary
    // figures from the police" -> "the police"
    for (int k = from; k < to - 1 && k < from + 4; k++) {
      boolean keeper = tokens.get(k).info.has(WordInfo.STATEMENT)
          && (tokens.get(k + 1).is("from") || tokens.get(k + 1).is("by")
              || tokens.get(k + 1).is("of"));
      if (keeper || Phrases.isKeeperFrom(tokens, k + 1)) {
        return resolve(tokens, new Span(k + 2, to), apposition, context);
      }
    }
    // "a casualty list provided by Nasser Hospital", "figures released by the ministry", "a
    // tally by the monitor"
    for (int k = from + 1; k < to - 1 && k < from + 6; k++) {
      boolean byParticiple = Phrases.isParticiple(tokens.get(k - 1))
          && isStatementOrRecord(tokens.get(k - 2 < from ? from : k - 2));
      if (tokens.get(k).is("by") && (byParticiple || isStatementOrRecord(tokens.get(k - 1)))) {
        SourceRef agent = resolve(tokens, new Span(k + 1, to), apposition, context);
        if (agent != null) {
          return agent;
        }
      }
    }
    if (to - from == 1 && tokens.get(from).info.has(WordInfo.PRONOUN)) {
      return references.pronoun(tokens.get(from).lower(), context);
    }
    if (to - from == 1 && Acronyms.isAcronym(tokens.get(from))) {
      String acronym = tokens.get(from).text();
      SourceRef defined = context.acronym(acronym);
      if (defined == null && kinds.known(tokens, from, to) == null) {
        defined = acronyms.spelledOut(acronym, context);
      }
      if (defined != null) {
        return defined; // "the Kestrel Liberation Front (KLF)" or its words earlier: "KLF said"
      }
    }
    KnownSource known = kinds.known(tokens, from, to);
    if (known != null && !countries.foreignToStory(to - from, known, context)) {
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
        && lastHead.type() == SourceType.ANONYMOUS && !isStatementOrRecord(tokens.get(pp - 1))) {
      // "Ministry of Health officials": unnamed people of a body, not the body ("a tally of
      // figures from county officials" is still the tally's)
      pp = -1;
    }
    int headEnd = pp < 0 ? to : pp;
    Span outlet = OutletNames.named(tokens, from, headEnd);
    if (outlet != null) {
      return SourceRef.org(Names.surface(tokens, outlet.from(), outlet.to()), SourceType.MEDIA, true);
    }
    // "Luz de Esperanza, a group of mothers searching for ...": a body, whatever its words
    Span name = kinds.describesBody(tokens, apposition)
        ? null : persons.personName(tokens, from, headEnd);
    if (name != null) {
      return persons.person(tokens, new Span(from, to), name, apposition, context);
    }
    SourceRef institution =
        institutions.institutionOrPeople(tokens, from, to, headEnd, pp, definiteArticle, context);
    // "The Syrian Civil Defence, a rescue group": the apposition says what the body is
    SourceType described = apposition.isEmpty()
        ? null : kinds.describedType(tokens, apposition.from(), apposition.to());
    // "a Meridian group" makes no armed group of a body whose own head says what it is
    boolean plainGroup = described == SourceType.GROUP && institution != null
        && institution.type() != SourceType.OFFICIAL;
    // an unknown proper name is what its apposition says: "Deir ez-Zor 24, a local news network"
    boolean unnamedType = institution != null && institution.type() == SourceType.ANONYMOUS
        && !Clauses.isProperName(tokens, new Span(from, to));
    if (institution != null && described != null && !institution.isBare()
        && !unnamedType && !plainGroup) {
      return SourceRef.org(institution.name(), described, institution.named());
    }
    return institution;
  }

  /** Two lower-case words joined by a hyphen with no space: "state-funded", "government-run". */
  private static boolean isLowerCompound(List<Token> tokens, int k) {
    Token a = tokens.get(k);
    Token hyphen = tokens.get(k + 1);
    Token b = tokens.get(k + 2);
    return a.isWord() && !a.isCapitalized() && hyphen.is("-") && !hyphen.spaceBefore
        && b.isWord() && !b.isCapitalized() && !b.spaceBefore;
  }

  /**
   * Whether a frame of verb {@code v} whose subject resolved to {@code source} only says where:
   * a place as the subject of a place verb, with "according to" or a trailing speaker later in
   * the sentence ("Mexico recorded 30,000 homicides, according to government data").
   */
  boolean placeOnlyRecords(List<Token> tokens, int v, SourceRef source) {
    if (!lexicons.attribution.isPlaceVerb(tokens.get(v).lower()) || !countries.isPlace(source)) {
      return false;
    }
    for (int k = v + 1; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).is("according") && tokens.get(k + 1).is("to")) {
        return true;
      }
      if (tokens.get(k).is(",") && tokens.get(k + 1).info.has(WordInfo.DETERMINER)
          && saidAfter(tokens, k + 1)) {
        return true; // "Mexico recorded 29,000 homicides, the statistics institute said"
      }
    }
    return false;
  }

  /** A speech verb within a short phrase after {@code from} (", the institute said"). */
  private static boolean saidAfter(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + 8; k++) {
      Token t = tokens.get(k);
      if (t.info.speech != null && !t.info.has(WordInfo.PARTICIPLE_SPEECH)) {
        return true;
      }
      if (t.isPunct()) {
        return false;
      }
    }
    return false;
  }

  /** How far before a negated anonymity word its negation may stand: "not to be named". */
  private static final int MAX_NEGATION_REACH = 4;

  /**
   * Whether the words from {@code from} to {@code to} (a clause between a speaker and the verb)
   * say the speaker is not named: "who spoke on condition of anonymity", "who asked not to be
   * named", "who declined to be identified".
   */
  boolean saysUnnamed(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).lower();
      if (lexicons.attribution.isAnonymityWord(w)) {
        return true;
      }
      if (!lexicons.attribution.isNegatedAnonymityWord(w)) {
        continue;
      }
      for (int j = k - 1; j >= from && j >= k - MAX_NEGATION_REACH; j--) {
        Token t = tokens.get(j);
        if (t.info.has(WordInfo.NEGATION) || lexicons.attribution.isAnonymityRefusal(t.lower())) {
          return true;
        }
      }
    }
    return false;
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
   * Looks back through the document for a named body with this head noun ("the Gaza health
   * ministry gave an update" before "the ministry said"), reading only sentences that hold it.
   */
  public SourceRef institutionNamed(String head, DocumentContext context) {
    // a head noun has its own entry in the word table: its tokens are those sharing the entry
    WordInfo headWord = lexicons.words().get(head);
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
  public SourceRef knownOfType(SourceType type, DocumentContext context) {
    return context.lookBack("type:" + type.label(), LOOKBACK, (s, tokens) -> {
      for (int k = tokens.size() - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        if (!t.isCapitalized() || (!t.is("the") && !SourceKinds.mayBe(t, WordInfo.ALIAS_FIRST))) {
          continue; // no alias starts here
        }
        for (int len = Math.min(lexicons.longestAlias(), tokens.size() - k); len >= 1; len--) {
          KnownSource known = kinds.known(tokens, k, k + len);
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

  private static boolean hasCapital(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  /** Notes the acronyms a sentence defines ("the Kestrel Liberation Front (KLF)"). */
  public void defineAcronyms(List<Token> tokens, DocumentContext context) {
    acronyms.define(tokens, context);
  }
}
