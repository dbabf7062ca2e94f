package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Bodies and unnamed people as sources: a known source at the end of a phrase, a head noun and
 * its name ("State broadcaster TRT"), a body named by what it is in charge of ("the Ministry of
 * Transport"), descriptions ("the ministry"), outlets, records, and people joined to a body.
 */
final class InstitutionNames {
  private final SourceNamer namer;
  private final SourceKinds kinds;
  private final Lexicons lexicons;
  private final BodyHeads bodyHeads;
  private final SourceCountries countries;

  InstitutionNames(
      SourceNamer namer, SourceKinds kinds, SourceCountries countries, Lexicons lexicons) {
    this.namer = namer;
    this.kinds = kinds;
    this.lexicons = lexicons;
    this.bodyHeads = new BodyHeads(kinds, lexicons);
    this.countries = countries;
  }

  SourceRef institutionOrPeople(
      List<Token> tokens,
      int from,
      int to,
      int headEnd,
      int pp,
      boolean definiteArticle,
      DocumentContext context) {
    // "the Ministry of Transport", "the Meridian Institute for Conflict Research": one name
    SourceHead twoWords = kinds.twoWordHeadBefore(tokens, from, headEnd);
    // "the Directorate General of Health Services": a head of two words names the body
    SourceHead bodyHead = twoWords != null ? twoWords : tokens.get(headEnd - 1).info.head;
    // an owner before the name: "the country's Directorate General of ...", "Kenya's Ministry of"
    int nameFrom = from + 2 < headEnd && tokens.get(from + 1).is("'s") ? from + 2 : from;
    // "the rebel Union of Forces for ...": lower-case words before the name describe the body
    int nameStart = pp > 0 ? CapitalRuns.runStart(tokens, nameFrom, pp) : nameFrom;
    boolean properBefore = pp == nameFrom + 1 || nameStart < pp;
    boolean described = nameStart > nameFrom && nameStart < pp;
    if (pp > 0 && properBefore && bodyHead != null && bodyHead.kind() == SourceHead.Kind.ORG
        && tokens.get(headEnd - 1).isCapitalized()
        && CapitalRuns.isRun(tokens, pp + 1, to, described)
        && (tokens.get(pp).is("of") || tokens.get(pp).is("for"))) {
      SourceType type = kinds.roleType(tokens, from, headEnd);
      int nameFromWord = described ? nameStart : from;
      return SourceRef.org(Names.surface(tokens, nameFromWord, to),
          type == null ? bodyHead.type() : type, true);
    }
    // "the Kenya National Commission on Human Rights": a body named by its field, joined by "on"
    int on = pp < 0 ? bodyOn(tokens, from, to) : -1;
    if (on > 0) {
      SourceType type = kinds.roleType(tokens, from, on);
      return SourceRef.org(Names.surface(tokens, from, to),
          type == null ? tokens.get(on - 1).info.head.type() : type, true);
    }
    // a known source at the end of the phrase: "Pakistan's private Aaj television"
    for (int k = from + 1; k < headEnd; k++) {
      if (!tokens.get(k).isCapitalized()) {
        continue;
      }
      KnownSource known = kinds.known(tokens, k, headEnd);
      if (known != null && (countries.ownedElsewhere(tokens, from, k, known)
          || countries.foreignToStory(headEnd - k, known, context))) {
        // "Vietnam's National Disaster Management Agency" is not Indonesia's, though so named;
        // nor is "the country's" in a story of Vietnam
        return SourceRef.org(Names.surface(tokens, from, headEnd), known.type(), true);
      }
      if (known != null) {
        KnownSource section = BodyReferences.nationalSection(kinds, tokens, from, k, known);
        return section != null
            ? SourceRef.org(Names.surface(tokens, from, headEnd), section.type(), true)
            : SourceRef.org(known.canonical(), known.type(), true);
      }
    }
    // "State broadcaster TRT", "the disaster management agency AFAD": a head, then its name
    int named = headBeforeName(tokens, from, headEnd);
    if (named > 0) {
      SourceType type = kinds.roleType(tokens, from, named);
      return SourceRef.org(Names.surface(tokens, named, headEnd), type, true);
    }
    Token last = tokens.get(headEnd - 1);
    SourceHead head = kinds.twoWordHeadBefore(tokens, from, headEnd);
    if (head == null) {
      head = last.info.head;
    }
    String surface = Names.surface(tokens, from, to);
    if (head == null && pp > 0 && !hasProperWord(tokens, from, headEnd)) {
      // "an earlier one from South Korea's spy agency": the words before say nothing of who
      SourceRef object = namer.resolve(tokens, new Span(pp + 1, to), Span.EMPTY, context);
      if (object != null) {
        return object;
      }
    }
    if (head == null) {
      return bodyHeads.unknownHead(tokens, from, headEnd, surface, definiteArticle);
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
      SourceType type = BodyReferences.membersType(
          kinds, tokens, pp, to, kinds.roleType(tokens, from, headEnd));
      return SourceRef.definite(descriptionName(tokens, from, headEnd),
          type == null ? head.type() : type, last.lower());
    }
    if (head.type() == SourceType.MEDIA && head.kind() == SourceHead.Kind.ORG
        && (!hasProperWord(tokens, from, headEnd) || OutletNames.national(tokens, from, headEnd))) {
      // "local media", "other outlets", "US media" are nobody in particular; "government
      // television" and "Syrian state media" are
      return SourceRef.org(surface, SourceType.MEDIA, runByTheState(tokens, from, headEnd));
    }
    switch (head.kind()) {
      case PEOPLE -> {
        if (head.type() == SourceType.ANONYMOUS && tokens.get(from).is("group")
            && tokens.get(from + 1).is("of")
            && !last.startsWith("source") && !last.startsWith("official")) {
          return SourceRef.org(surface, SourceType.INTERNATIONAL, true); // "a group of activists"
        }
        if (head.type() == SourceType.ANONYMOUS && !last.startsWith("source") && pp > 0
            && last.endsWith("s")) {
          // "officials at the city's main Nasser Hospital": the named institution speaks; "an
          // official from the centre" is one unnamed person
          Span org = CapitalRuns.ending(tokens, pp + 1, to);
          if (org != null) {
            SourceRef inner = namer.resolve(tokens, org, Span.EMPTY, context);
            if (inner != null && !inner.person() && inner.type() != SourceType.ANONYMOUS) {
              return inner;
            }
          }
        }
        // "police and hospital officials" speak for their bodies; "police and hospital sources"
        // stay unnamed people, as "sources" always do
        SourceType joined =
            last.startsWith("source") ? null : joinedInstitution(tokens, from, headEnd);
        if (joined != null) {
          return SourceRef.org(surface, joined, true);
        }
        if (head.type() == SourceType.WITNESS) {
          // "residents said": a later "resident Silas Adamu told AFP" may name them
          return SourceRef.definite(surface, SourceType.WITNESS, SourceKinds.singular(last.lower()), false);
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
        SourceRef body = lexicons.attribution.isBodyVoice(last.lower())
            ? BodyReferences.bodyNamedBefore(tokens, pp, to, context) : null;
        if (body != null) {
          return body; // "A spokeswoman for the office said": the office named before speaks
        }
        SourceType type = kinds.roleType(tokens, from, to);
        SourceType t = type == null ? head.type() : type;
        if (definiteArticle && t != SourceType.WITNESS) {
          // "the regional governor said": the office-holder named elsewhere
          return SourceRef.definite(surface, t, last.lower());
        }
        if (t == SourceType.OFFICIAL && oneOfMany(tokens, from, headEnd)
            && !lexicons.attribution.isBodyVoice(last.lower())) {
          // "a local hospital director said", "a senior police commander said": one unnamed
          // office-holder among many, not the body on the record ("a local police spokesman");
          // still the person a later sentence names in that role
          return SourceRef.org(surface, SourceType.ANONYMOUS, true);
        }
        return SourceRef.org(surface, t, t != SourceType.WITNESS);
      }
      case RECORD -> {
        KnownSource keeper = kinds.recordKeeper(tokens, from, headEnd - 1);
        if (keeper != null) {
          // "a Reuters tally", "an Associated Press tally"
          return SourceRef.org(keeper.canonical(), keeper.type(), true);
        }
        for (int k = from; k < headEnd - 1; k++) {
          if (!lexicons.attribution.isGenericRecordWord(tokens.get(k).lower())) {
            return SourceRef.org(surface, head.type(), true); // "Israeli tallies"
          }
        }
        return null; // "the latest data" says when, not who
      }
      default -> {
        SourceType type = kinds.roleType(tokens, from, headEnd);
        type = BodyReferences.membersType(kinds, tokens, pp, to, type);
        if (type == null || type == SourceType.WITNESS) {
          type = head.type(); // "Harbour Doctors Network": the doctors only name the body
        }
        Span proper = CapitalRuns.ending(tokens, from, headEnd);
        String name = proper != null && proper.length() > 1
            ? Names.surface(tokens, proper.from(), proper.to())
            : Names.surface(tokens, from, headEnd);
        return SourceRef.org(name, type, true);
      }
    }
  }

  /** "a local hospital director", "a senior army commander": "a" and a word of rank or reach. */
  private boolean oneOfMany(List<Token> tokens, int from, int headEnd) {
    boolean indefinite = from > 0 && (tokens.get(from - 1).is("a") || tokens.get(from - 1).is("an"));
    return indefinite && from < headEnd - 1
        && lexicons.attribution.isOneOfMany(tokens.get(from).lower());
  }

  /**
   * The start of a proper name that follows a head noun at the end of the phrase ("TRT" in
   * "State broadcaster TRT"), or -1.
   */
  private int headBeforeName(List<Token> tokens, int from, int to) {
    int start = to;
    while (start > from && (tokens.get(start - 1).isCapitalized()
        || (tokens.get(start - 1).is("-") && !tokens.get(start - 1).spaceBefore)
        || (tokens.get(start - 1).info.has(WordInfo.NAME_PARTICLE) && start - 2 > from
            && tokens.get(start - 2).isCapitalized()))) { // "El Sol de Irapuato"
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

  /**
   * The "on" inside a capitalised body's name ("Commission on Human Rights", "Council on Foreign
   * Relations"): capitalised words before it ending in a body's head noun, capitalised words
   * after. -1 when there is none.
   */
  private static int bodyOn(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      if (!tokens.get(k).is("on")) {
        continue;
      }
      boolean body = Phrases.isBodyHead(tokens.get(k - 1)) && tokens.get(k - 1).isCapitalized();
      return body && CapitalRuns.isRun(tokens, from, k) && CapitalRuns.isRun(tokens, k + 1, to)
          ? k : -1;
    }
    return -1;
  }

  /** Words that make an outlet the state's own ("government television"); attribution-words.tsv. */
  private boolean runByTheState(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord() && lexicons.attribution.isStateOutletWord(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
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
  static boolean hasProperWord(List<Token> tokens, int from, int to) {
    for (int k = Math.max(from, 1); k < to; k++) {
      if (tokens.get(k).isCapitalized() && !isQuote(tokens.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuote(Token t) {
    return t.isPunct() && (t.is("\"") || t.is("\u201C") || t.is("\u2018"));
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
}
