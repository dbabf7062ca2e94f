package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * What kind of source words name: a known source of the alias lexicon, a head noun of one or two
 * words, and the type that role and body words give a person or a description ("Taliban
 * spokesman" is group, "a rescue group" is international).
 */
final class SourceKinds {
  private final Lexicons lexicons;

  SourceKinds(Lexicons lexicons) {
    this.lexicons = lexicons;
  }
  /** A role that speaks for its body ("spokesman"), of attribution-words.tsv's body-voice. */
  boolean isBodyVoice(Token t) {
    return lexicons.attribution.isBodyVoice(t.lower());
  }


  /**
   * The known source the words {@code [from, to)} name, or null. The key is only built when every
   * word occurs in some alias, which most phrases fail at once.
   */
  KnownSource known(List<Token> tokens, int from, int to) {
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
    return lexicons.knownSource(Names.key(tokens, from, to));
  }

  /**
   * The known source, not the state's, that the capitalised words before a record name as its
   * keeper ("a Reuters tally", "an Associated Press tally"), or null: a run of capitalised words
   * as one name, else any of its words alone ("a UN OCHA tally").
   */
  KnownSource recordKeeper(List<Token> tokens, int from, int record) {
    for (int k = from; k < record; k++) {
      if (!tokens.get(k).isCapitalized()) {
        continue;
      }
      int end = k + 1;
      while (end < record && tokens.get(end).isCapitalized()) {
        end++;
      }
      KnownSource keeper = end - k > 1 ? known(tokens, k, end) : null;
      for (int j = k; keeper == null && j < end; j++) {
        keeper = known(tokens, j, j + 1);
        keeper = keeper != null && keeper.type() != SourceType.OFFICIAL ? keeper : null;
      }
      if (keeper != null && keeper.type() != SourceType.OFFICIAL) {
        return keeper;
      }
      k = end - 1;
    }
    return null;
  }

  /**
   * Whether a token may hold its place in a key: it carries the flag, or it is not a plain word
   * (a dotted initialism, a possessive glued to its word, a joining mark) and is let through.
   */
  static boolean mayBe(Token t, long flag) {
    return t.info.has(flag) || !t.isWord() || t.is("'s") || t.dotted;
  }

  /** The head of two words ("news agency"), or null; only builds the key when one may exist. */
  SourceHead twoWordHead(Token first, Token second) {
    return first.info.has(WordInfo.HEAD_PREFIX) && second.info.has(WordInfo.HEAD_SUFFIX)
        ? lexicons.sourceHead(first.lower() + " " + second.lower())
        : null;
  }

  /**
   * The head of two words ending at {@code end} ("news agency"), or null; a plural possessive's
   * apostrophe or a hyphen between them is let through ("a doctors' group" is the head "doctors
   * group", "a think-tank" the head "think tank").
   */
  SourceHead twoWordHeadBefore(List<Token> tokens, int from, int end) {
    int first = end - 2;
    if (first > from && (isPluralApostrophe(tokens.get(first)) || isJoiningHyphen(tokens, first))) {
      first--; // "a doctors' group", "a think-tank"
    }
    return first >= from ? twoWordHead(tokens.get(first), tokens.get(end - 1)) : null;
  }

  private static boolean isJoiningHyphen(List<Token> tokens, int k) {
    return tokens.get(k).is("-") && !tokens.get(k).spaceBefore
        && !tokens.get(k + 1).spaceBefore;
  }

  private static boolean isPluralApostrophe(Token t) {
    return (t.is("'") || t.is("\u2019")) && !t.spaceBefore;
  }

  /**
   * The type the role words in {@code [from, to)} give a person or an unnamed role: an
   * organisation among them wins ("Taliban spokesman" is group), then the last role noun.
   */
  SourceType roleType(List<Token> tokens, int from, int to) {
    SourceType org = null;
    SourceType role = null;
    boolean stateOwned = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        continue;
      }
      stateOwned |= ownedByTheState(tokens, k, to);
      KnownSource known = known(tokens, k, k + 1);
      if (known == null && k + 2 < to && t.isCapitalized()) {
        known = known(tokens, k, k + 2); // "the United Nations human rights office"
      }
      if (known != null && t.isCapitalized() && known.type() != SourceType.OFFICIAL
          && !ownsAdministration(tokens, k, to)) {
        org = known.type();
      }
      SourceHead two = k + 1 < to ? twoWordHead(t, tokens.get(k + 1)) : null;
      SourceHead head = two != null ? two : t.info.head;
      if (head == null) {
        continue;
      }
      if (two == null && head.kind() == SourceHead.Kind.ORG) {
        SourceHead named = nameOpeningHead(tokens, from, k);
        head = named != null ? named : head;
      }
      if (two != null) {
        k++; // "fire brigade" is one head: its "brigade" is not an armed group's
      }
      // an armed group owns its roles as a body does: "the rebels' spokesman" speaks for them
      boolean armedPeople =
          head.kind() == SourceHead.Kind.PEOPLE && head.type() == SourceType.GROUP;
      if (head.type() == SourceType.GROUP && two == null && ownsAdministration(tokens, k, to)) {
        continue; // "the group's civil defence", "the rebels' health ministry": what it runs
      }
      if (head.kind() == SourceHead.Kind.ORG || armedPeople) {
        org = org == null || org == SourceType.OFFICIAL ? head.type() : org;
      } else if (head.kind() == SourceHead.Kind.ROLE) {
        role = head.type();
      } else if (head.kind() == SourceHead.Kind.PEOPLE && head.type() != SourceType.ANONYMOUS) {
        role = head.type();
      }
    }
    if (stateOwned && org != null && role == null) {
      return SourceType.OFFICIAL; // "a government-appointed fact-finding committee"
    }
    if (org != null && (role == null || role == SourceType.OFFICIAL)) {
      return org;
    }
    return role;
  }

  /**
   * The head of two words that the first word of a capitalised name makes with the name's head
   * at {@code k}, with words between: "National Migration Institute" is a "national institute",
   * a state body. Null when there is none.
   */
  private SourceHead nameOpeningHead(List<Token> tokens, int from, int k) {
    int first = k;
    while (first > from && tokens.get(first - 1).isCapitalized()) {
      first--;
    }
    return first < k - 1 && tokens.get(k).isCapitalized()
        ? twoWordHead(tokens.get(first), tokens.get(k)) : null;
  }

  /**
   * "government-appointed", "state-run": a state body's head joined to an owner-link word makes
   * the body after it the state's, whatever its own head says.
   */
  private boolean ownedByTheState(List<Token> tokens, int k, int to) {
    SourceHead head = tokens.get(k).info.head;
    if (head == null || head.kind() != SourceHead.Kind.ORG || head.type() != SourceType.OFFICIAL
        || k + 2 >= to || !tokens.get(k + 1).is("-") || tokens.get(k + 1).spaceBefore) {
      return false;
    }
    return lexicons.attribution.isOwnerLink(tokens.get(k + 2).lower());
  }

  /**
   * A group named as the owner of an administrative body or an outlet ("the Houthi-run health
   * ministry", "the Taliban administration's disaster ministry", "the rebel-controlled news
   * agency"): the body is what its head says, official or media, whoever runs it; so is the
   * administration a group runs ("the Taliban administration's spokesman") and the body it is
   * said to own ("the Taliban's interior ministry"). "Houthi forces" and
   * "the Taliban spokesman" stay the group's.
   */
  private boolean ownsAdministration(List<Token> tokens, int k, int to) {
    int link = k + 1;
    if (link + 1 < to && tokens.get(link).is("-") && !tokens.get(link).spaceBefore) {
      link++;
    }
    if (link < to && tokens.get(link).is("'s")) {
      return ownedBody(tokens, to); // "the Taliban's interior ministry"
    }
    if (link >= to || !lexicons.attribution.isOwnerLink(tokens.get(link).lower())) {
      return false;
    }
    SourceHead linkHead = tokens.get(link).info.head;
    if (linkHead != null && linkHead.kind() == SourceHead.Kind.ORG
        && linkHead.type() == SourceType.OFFICIAL) {
      return true; // "the Taliban administration", "its spokesman": the body the group runs
    }
    if (link >= to - 1) {
      return false;
    }
    return ownedBody(tokens, to);
  }

  /** Whether the phrase ends in a state body or an outlet, whose type its head gives. */
  private boolean ownedBody(List<Token> tokens, int to) {
    SourceHead last = to - 2 >= 0 ? twoWordHead(tokens.get(to - 2), tokens.get(to - 1)) : null;
    SourceHead head = last != null ? last : tokens.get(to - 1).info.head;
    return head != null && head.kind() == SourceHead.Kind.ORG
        && (head.type() == SourceType.OFFICIAL || head.type() == SourceType.MEDIA);
  }

  /**
   * Whether an apposition says the name before it is a body: its first noun, after an article,
   * is a body's head ("a group of mothers searching for their children", "an association of
   * miners"), where a person's would be a role ("a spokeswoman for the group").
   */
  boolean describesBody(List<Token> tokens, Span apposition) {
    if (apposition.length() < 2 || !tokens.get(apposition.from()).info.has(WordInfo.DETERMINER)) {
      return false;
    }
    SourceHead head = tokens.get(apposition.from() + 1).info.head;
    int after = apposition.from() + 2;
    // the noun is the apposition's head, not an owner ("the ministry's spokesman")
    boolean ends = after >= apposition.to() || tokens.get(after).is("of")
        || tokens.get(after).is("that") || tokens.get(after).is("which");
    return ends && head != null && head.kind() == SourceHead.Kind.ORG;
  }

  /** The type an apposition's head noun gives ("a rescue group" is international), or null. */
  SourceType describedType(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is("group") && k + 1 < to && tokens.get(k + 1).is("of")) {
        // "a group of medical professionals": the members say what it is; a group of people who
        // are neither armed nor officials is a civil body ("a group of mothers")
        SourceType members = roleType(tokens, k + 2, to);
        if (members == null || members == SourceType.WITNESS) {
          return SourceType.INTERNATIONAL;
        }
        continue;
      }
      if (tokens.get(k).is("group") && k == from + 1 && k + 1 < to
          && (tokens.get(k + 1).is("that") || tokens.get(k + 1).is("which"))) {
        // "a group that documents abuses": a body said to be "a group" by what it does, not an
        // armed group, which reporting names as one ("an armed group that ...")
        return SourceType.INTERNATIONAL;
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

  static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }
}
