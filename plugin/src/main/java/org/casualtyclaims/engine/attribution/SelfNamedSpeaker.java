package org.casualtyclaims.engine.attribution;

import static org.casualtyclaims.engine.attribution.Clauses.isDash;
import static org.casualtyclaims.engine.attribution.Clauses.isProperName;
import static org.casualtyclaims.engine.attribution.Phrases.leftPhrase;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.AttributionWords;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.attribution.SubjectFinder.Subject;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * A speaker that gives itself a name between it and its verb: "the kidnappers – who call
 * themselves the Veiled Brigade or “The Signers of the Dunes” – told", "militants who identified
 * themselves as the Sand Lions Battalion said", "the attackers, calling themselves X, said". The
 * guidelines name such a speaker by the name it gives itself, typed by that name's head; a second
 * name after "or" is an alias. The verbs are attribution-words.tsv's self-naming.
 */
final class SelfNamedSpeaker {
  /** How far left of the verb a reflexive may stand: the name and a second name after "or". */
  private static final int REACH = 20;
  /** The objects by which a speaker names itself (closed-class grammar, not vocabulary). */
  private static final Set<String> COLLECTIVE = Set.of("themselves", "itself");
  private static final Set<String> PERSONAL = Set.of("himself", "herself");

  /**
   * The name a speaker gives itself, and who gives it; {@code collective} when a group or body
   * gives it ("themselves", "itself"), not one person ("himself").
   */
  record SelfName(Span name, Span giver, boolean collective) {
    /**
     * The name as the subject; one person's giver tells their role ("a commander of the rebel
     * group, who identified himself as X,"), while a group's ("the kidnappers") is only what the
     * story calls it.
     */
    Subject subject() {
      return new Subject(name, collective ? Span.EMPTY : giver);
    }

    /**
     * The source the name resolves to, as a party speaking for itself. A state body is never
     * introduced by a name it gives itself, and a collective is no person: a name read as either
     * ("militants who identified themselves as the Sand Lions Battalion", "the Sons of the
     * Oasis") is a non-state armed group's, named as written.
     */
    SourceRef typed(List<Token> tokens, SourceRef source) {
      if (source == null || !collective
          || (!source.person() && source.type() != SourceType.OFFICIAL)) {
        return source;
      }
      int from = tokens.get(name.from()).is("the") ? name.from() + 1 : name.from();
      return SourceRef.org(Names.surface(tokens, from, name.to()), SourceType.GROUP, true);
    }
  }

  private final AttributionWords words;

  SelfNamedSpeaker(AttributionWords words) {
    this.words = words;
  }

  /**
   * The name a speaker gives itself in the words that end at {@code k} (the word before the
   * verb, or the comma or dash closing the naming clause), or null when they hold no such clause.
   */
  SelfName find(List<Token> tokens, int k) {
    if (k < 3) {
      return null;
    }
    Token last = tokens.get(k);
    boolean dash = isDash(last);
    boolean comma = last.is(",");
    int end = dash || comma ? k : k + 1; // where the name ends, exclusive
    for (int r = end - 1; r >= 2 && r > end - REACH; r--) {
      Token t = tokens.get(r);
      if (endsClause(t)) {
        return null; // the clause ends before any reflexive: no name given here
      }
      boolean collective = COLLECTIVE.contains(t.lower());
      if ((collective || PERSONAL.contains(t.lower()))
          && words.isSelfNamingVerb(tokens.get(r - 1).lower())) {
        return selfName(tokens, r - 1, end, dash, comma, collective);
      }
    }
    return null;
  }

  private static SelfName selfName(List<Token> tokens, int verb, int end, boolean dash,
      boolean comma, boolean collective) {
    Span name = name(tokens, verb, end, collective);
    if (name == null) {
      return null;
    }
    boolean relative = tokens.get(verb - 1).info.has(WordInfo.RELATIVE);
    if (!relative && !tokens.get(verb).endsWith("ing")) {
      return null; // "they call themselves X and said": a clause of its own
    }
    int before = relative ? verb - 2 : verb - 1;
    if (dash || comma) {
      // the naming clause is set off on both sides by the same mark
      if (before < 1 || !(dash ? isDash(tokens.get(before)) : tokens.get(before).is(","))) {
        return null;
      }
      before--;
    }
    if (before < 0) {
      return null; // "Who call themselves X" opens the sentence: nobody to name
    }
    Span antecedent = leftPhrase(tokens, before);
    // any noun phrase may give itself a name ("the hostage-takers", "the men")
    return antecedent.isEmpty() ? null : new SelfName(name, antecedent, collective);
  }

  /**
   * The name the speaker {@code speaker} after an inverted verb gives itself in the clause that
   * follows it ("said the insurgents, who call themselves the Valley Front."), or null.
   */
  SelfName after(List<Token> tokens, Span speaker) {
    int mark = speaker.to();
    if (speaker.isEmpty() || mark + 3 >= tokens.size()
        || !(tokens.get(mark).is(",") || isDash(tokens.get(mark)))) {
      return null;
    }
    boolean relative = tokens.get(mark + 1).info.has(WordInfo.RELATIVE);
    int verb = relative ? mark + 2 : mark + 1;
    String reflexive = tokens.get(verb + 1).lower();
    boolean collective = COLLECTIVE.contains(reflexive);
    if (!words.isSelfNamingVerb(tokens.get(verb).lower())
        || !(collective || PERSONAL.contains(reflexive))
        || !(relative || tokens.get(verb).endsWith("ing"))) {
      return null;
    }
    int end = verb + 2;
    while (end < tokens.size() && end < mark + REACH && !endsClause(tokens.get(end))) {
      end++;
    }
    Span name = name(tokens, verb, end, collective);
    return name == null ? null : new SelfName(name, speaker, collective);
  }

  /**
   * The name after the self-naming verb at {@code verb} and its reflexive, up to {@code end} or
   * an "or" before it, without quotation marks; null when it is no name.
   */
  private static Span name(List<Token> tokens, int verb, int end, boolean collective) {
    int nameFrom = verb + 2;
    if (nameFrom < end && tokens.get(nameFrom).is("as")) {
      nameFrom++; // "identified themselves as"
    }
    int nameTo = nameFrom;
    while (nameTo < end && !tokens.get(nameTo).is("or")) {
      nameTo++; // "the Veiled Brigade or “The Signers of the Dunes”": the first name speaks
    }
    Span name = unquoted(tokens, nameFrom, nameTo);
    if (!isProperName(tokens, name)) {
      return null; // "who call themselves volunteers": a description, not a name
    }
    if (collective && !marksAName(tokens, name, nameFrom)) {
      return null; // "who identified themselves as Kurds": who they are, not a name
    }
    return name;
  }

  private static boolean endsClause(Token t) {
    return t.is(",") || t.is(".") || t.is(";") || t.is(":") || isDash(t);
  }

  /**
   * Whether a group's self-given name is marked as one: by quotation marks, by two words or more
   * ("the Veiled Brigade", "Ansar al-Wadi"), or by being a known source. A bare capitalised word ("Kurds",
   * "Syrian") is a people or a faith the speakers belong to.
   */
  private static boolean marksAName(List<Token> tokens, Span name, int written) {
    return written < name.from() // an opening quotation mark
        || name.length() > 1 || tokens.get(name.from()).info.known != null;
  }

  /** The words from {@code from} to {@code to} without the quotation marks around them. */
  private static Span unquoted(List<Token> tokens, int from, int to) {
    if (from < to && tokens.get(from).isDoubleQuote()) {
      from++;
    }
    if (from < to && tokens.get(to - 1).isDoubleQuote()) {
      to--;
    }
    return new Span(from, Math.max(from, to));
  }
}
