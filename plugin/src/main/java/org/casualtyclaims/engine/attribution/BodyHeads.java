package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Source phrases whose head noun no lexicon knows. A proper name is a body or a person on the
 * record. A singular head that "the" or an owner's possessive makes one identifiable thing, and
 * that a word before it describes ("the national crisis cell", "the army's press cell"), is a
 * body speaking: official, or of its owner's type ("the rebels' information cell" is the
 * group's). People ("the young man", "the victim's father"), events ("the suicide attack") and
 * anything else stay anonymous.
 */
final class BodyHeads {
  /** Grammar words that neither end a noun phrase nor stand inside one. */
  private static final long NOT_A_NOUN = WordInfo.PREPOSITION | WordInfo.PHRASE_PREPOSITION
      | WordInfo.DETERMINER | WordInfo.PRONOUN | WordInfo.RELATIVE | WordInfo.AUXILIARY
      | WordInfo.BE_FORM | WordInfo.MODAL | WordInfo.NEGATION;

  private final SourceKinds kinds;
  private final Lexicons lexicons;

  BodyHeads(SourceKinds kinds, Lexicons lexicons) {
    this.kinds = kinds;
    this.lexicons = lexicons;
  }

  /** The source of {@code [from, to)}, a phrase whose last word is no known head. */
  SourceRef unknownHead(
      List<Token> tokens, int from, int to, String surface, boolean definiteArticle) {
    if (isProperName(tokens, from, to)) {
      // a name that puts its head first ("Association Africaine de ...", "Hospital Escuela")
      // is what that head says; a name with no head at all is a body on the record
      SourceType inside = kinds.roleType(tokens, from, to);
      boolean body = inside != null && inside != SourceType.WITNESS
          && inside != SourceType.ANONYMOUS;
      return SourceRef.org(surface, body ? inside : SourceType.OFFICIAL, true);
    }
    int owned = ownerEnd(tokens, from, to);
    // a phrase may be read again without its article ("the Ukrainian crisis cell" as a name)
    boolean definite = definiteArticle || (from > 0 && tokens.get(from - 1).is("the"));
    if (namesOneBody(tokens, from, to, owned >= 0 || definite)) {
      // the owner's words give the type ("the rebels'"), else the words before the head
      SourceType owner = kinds.roleType(tokens, from, owned >= 0 ? owned : to - 1);
      boolean person = owner == null || owner == SourceType.WITNESS
          || owner == SourceType.ANONYMOUS;
      return SourceRef.definite(surface, person ? SourceType.OFFICIAL : owner,
          tokens.get(to - 1).lower());
    }
    return SourceRef.org(surface, SourceType.ANONYMOUS, false);
  }

  /**
   * Every word capitalised, but for "of", "and", a possessive, and particles ("de", "des") and
   * "to" inside ("Committee to Protect Journalists").
   */
  private static boolean isProperName(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      boolean inside = k > from && k + 1 < to;
      if (t.isWord() && !t.isCapitalized() && !t.is("of") && !t.is("'s") && !t.is("and")
          && !((t.info.has(WordInfo.NAME_PARTICLE) || t.is("to")) && inside)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A singular common noun, made one identifiable thing by "the" or an owner's possessive and
   * described by a word before it, that is neither a person nor an event, nor owned by one.
   */
  private boolean namesOneBody(List<Token> tokens, int from, int to, boolean definite) {
    Token head = tokens.get(to - 1);
    if (to - from < 2 || !head.isWord() || head.info.has(NOT_A_NOUN)
        || head.isCapitalized() || !isSingular(head.lower())
        || isPerson(head.lower()) || lexicons.isEventNoun(head.lower())) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      Token t = tokens.get(k);
      if (t.is("'s") || t.is("'")) {
        if (k > from && isPersonOwner(tokens.get(k - 1))) {
          return false; // "the victim's father", "the boy's uncle": a person's kin
        }
      } else if (lexicons.isEventNoun(t.lower()) || (k > from && t.info.has(NOT_A_NOUN))) {
        return false; // "the attack's survivor", "the charity they work for": no body's name
      }
    }
    return definite;
  }

  /**
   * Where the owner of a phrase ends: its possessive ("the army's"), or the first word for "its"
   * and "their"; -1 when no owner is named.
   */
  private static int ownerEnd(List<Token> tokens, int from, int to) {
    if (tokens.get(from).is("its") || tokens.get(from).is("their")) {
      return from;
    }
    for (int k = to - 2; k > from; k--) {
      if (tokens.get(k).is("'s") || tokens.get(k).is("'")) {
        return k;
      }
    }
    return -1;
  }

  /** A person owning what follows; armed people own bodies ("the rebels' information cell"). */
  private boolean isPersonOwner(Token owner) {
    SourceHead head = owner.info.head;
    boolean armed = head != null && head.kind() == SourceHead.Kind.PEOPLE
        && head.type() == SourceType.GROUP;
    return !armed && isPerson(owner.lower());
  }

  /**
   * A noun for people: listed in person-nouns.txt in either number ("soldier", "men" for
   * "man"), or the head of people or of a role in source-heads.tsv.
   */
  private boolean isPerson(String lower) {
    SourceHead head = lexicons.sourceHead(lower);
    if (head != null && head.kind() != SourceHead.Kind.ORG
        && head.kind() != SourceHead.Kind.RECORD) {
      return true;
    }
    return lexicons.personNouns.contains(lower) || lexicons.personNouns.contains(plural(lower));
  }

  /** The regular plural of a singular noun, "man" giving "men". */
  private static String plural(String lower) {
    if (lower.endsWith("man")) {
      return lower.substring(0, lower.length() - 3) + "men";
    }
    int n = lower.length();
    if (lower.endsWith("y") && n > 2 && "aeiou".indexOf(lower.charAt(n - 2)) < 0) {
      return lower.substring(0, n - 1) + "ies"; // "deputy", "deputies"
    }
    boolean sibilant = lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch")
        || lower.endsWith("sh");
    return sibilant ? lower + "es" : lower + "s";
  }

  /** Not a plural in "s" ("officials", "sources"); "press" and "status" keep theirs. */
  private static boolean isSingular(String lower) {
    return !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us");
  }
}
