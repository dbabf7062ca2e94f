package org.casualtyclaims.engine.attribution;

import static org.casualtyclaims.engine.attribution.Clauses.*;
import static org.casualtyclaims.engine.attribution.Phrases.*;
import static org.casualtyclaims.engine.attribution.SubjectFinder.leftSubject;
import static org.casualtyclaims.engine.attribution.SubjectFinder.sentenceSubject;

import java.util.List;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.attribution.SubjectFinder.Subject;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * The frame of one speech verb: "X said", ", X said.", "said X, a spokesman", "X told the BBC",
 * "X, which claimed", "X quoted by Y", "were quoted as saying by TASS", with the outlet that
 * relayed the figure. Its source is resolved at once, so that later sentences can say "he".
 */
final class SpeechFrames {
  private final SourceNamer namer;
  private final SelfNamedSpeaker selfNamed;

  SpeechFrames(SourceNamer namer, SelfNamedSpeaker selfNamed) {
    this.namer = namer;
    this.selfNamed = selfNamed;
  }

  Frame speech(List<Token> tokens, int v, ConfidenceEffect effect, DocumentContext context) {
    String verb = tokens.get(v).lower();
    // a record speaks through "show"; what follows a tally verb is the tally, never a speaker
    boolean recordVerb = tokens.get(v).info.has(WordInfo.RECORD_VERB);
    boolean noInversion = recordVerb || tokens.get(v).info.has(WordInfo.TALLY_VERB);
    int k = v - 1;
    for (int before = Integer.MAX_VALUE; k < before; ) {
      before = k;
      while (k >= 0 && (tokens.get(k).info.has(WordInfo.SPEECH_ADVERB)
          || tokens.get(k).info.has(WordInfo.MODAL))) {
        if (tokens.get(k).info.has(WordInfo.NEGATION)) {
          return null; // "they could not confirm the number": no assertion
        }
        k--;
      }
      k = skipWhen(tokens, k); // "Police on Sunday said", "the ministry on Thursday also said"
    }
    k = skipSetOffAdverb(tokens, k); // "The agency, meanwhile, said"
    k = skipGoesOnTo(tokens, k); // "He went on to say"
    k = skipParentheses(tokens, k); // "Ibrahim Farinloye of the agency (NEMA) said"
    if (k >= 0 && tokens.get(k).info.has(WordInfo.BE_FORM) && verb.endsWith("ing")) {
      k--; // "news agencies are reporting": a progressive is active
    } else if (k >= 0 && tokens.get(k).info.has(WordInfo.BE_FORM)) {
      return passiveQuote(tokens, v, k, effect, context);
    }
    SourceRef source = null;
    String via = null;
    boolean relayedBy = false;
    Frame.Kind kind = Frame.Kind.SAID;
    boolean pronoun = false;
    if (k >= 0 && (tokens.get(k).is("i") || tokens.get(k).is("we"))) {
      return null; // a speaker inside a quotation; the quotation's frame names who
    }
    if (k >= 0 && tokens.get(k).info.has(WordInfo.PRONOUN)) {
      source = namer.resolve(tokens, new Span(k, k + 1), Span.EMPTY, context);
      if (source == null) {
        return null;
      }
      pronoun = true;
    } else if (!tells(verb) && !noInversion && namesAfter(tokens, k, v)) {
      // "..., killing 12 worshippers, said Abdul Wahid Sahil, a spokesman for the police"
      Span right = rightPhrase(tokens, v + 1);
      Span apposition = apposition(tokens, right.to());
      if (tokens.get(right.from()).info.has(WordInfo.DETERMINER) && isProperName(tokens, apposition)) {
        // "said a civil society leader, Ana Morel,": the name, with its role
        Span role = right;
        right = apposition;
        apposition = role;
      }
      source = invertedSource(tokens, right, apposition, context);
      kind = Frame.Kind.INVERTED;
      if (source == null) {
        return null;
      }
      if (mentionsStatement(tokens, right)) {
        context.rememberStatement(source); // ", said a statement from the committee"
      }
    } else {
      boolean afterConjunction = k >= 0 && (tokens.get(k).is("and") || tokens.get(k).is("but"));
      SelfNamedSpeaker.SelfName named = afterConjunction ? null : selfNamed.find(tokens, k);
      Subject subject = named != null ? named.subject() // "the kidnappers, who call themselves X,"
          : afterConjunction
          ? sentenceSubject(tokens, k) // "the minister visited the scene and confirmed ..."
          : leftSubject(tokens, k);
      if (subject != null && recordVerb && !namesRecord(tokens, subject.phrase())) {
        return null; // "the video shows 12 bodies": only a record speaks through "shows"
      }
      if (subject != null && reportedNobody(tokens, subject.phrase())) {
        return null; // "told reporters that the country had recorded 610 deaths": what was said
      }
      if (subject != null) {
        Span phrase = subject.phrase();
        int quoted = indexOf(tokens, phrase, "quoted", "cited");
        if (quoted > 0 && quoted + 1 < phrase.to() && tokens.get(quoted + 1).is("by")) {
          via = outletName(tokens, new Span(quoted + 2, phrase.to()), context);
          phrase = new Span(phrase.from(), quoted);
          relayedBy = via != null;
        }
        source = namer.resolve(tokens, phrase, subject.apposition(), context);
        if (named != null) {
          source = named.typed(tokens, source);
        }
        if (source != null && !source.person() && (source.type() == SourceType.OFFICIAL
            || source.type() == SourceType.GROUP)
            && namer.saysUnnamed(tokens, subject.phrase().to(), v)) {
          // "A militia leader, who asked not to be named, said": unnamed, whatever the head (an
          // unnamed witness stays a witness)
          source = SourceRef.org(source.name(), SourceType.ANONYMOUS, false);
        }
        if (source != null && (mentionsStatement(tokens, phrase) || mentionsStatement(tokens,
            new Span(v + 1, Math.min(tokens.size(), v + 5))))) {
          context.rememberStatement(source); // "X said in a statement": "the statement" is X's
        }
        if (!subject.citedBy().isEmpty()) {
          via = outletName(tokens, subject.citedBy(), context);
          relayedBy = via != null;
        }
        SourceRef outlet = subject.citing().isEmpty() ? null : outletMeant(source, context);
        SourceRef cited = outlet == null
            ? null : namer.resolve(tokens, subject.citing(), Span.EMPTY, context);
        if (cited != null && cited.type() != SourceType.MEDIA) {
          // "The Daily Nation, citing police sources, said": the outlet relays its sources
          context.remember(outlet);
          via = stripOwner(outlet.name());
          source = cited;
          relayedBy = true;
        }
      }
      if (source == null) {
        if (!opensInversion(tokens, k) || tells(verb) || noInversion) {
          return null;
        }
        Span right = rightPhrase(tokens, skipStatementWords(tokens, v + 1));
        // "..., said on Wednesday that": a day, not a speaker
        if (right.isEmpty() || !closesInversion(tokens, right.to())
            || tokens.get(right.from()).info.has(WordInfo.PRONOUN | WordInfo.PREPOSITION)) {
          return null;
        }
        source = invertedSource(tokens, right, apposition(tokens, right.to()), context);
        kind = Frame.Kind.INVERTED;
        if (source != null && mentionsStatement(tokens, right)) {
          context.rememberStatement(source); // "said a statement from the committee"
        }
        if (source == null) {
          return null;
        }
      }
    }
    if (kind == Frame.Kind.SAID && namer.placeOnlyRecords(tokens, v, source)) {
      return null; // "Guanajuato recorded 3,000 homicides, according to ...": where, not who
    }
    if ((verb.equals("quoted") || verb.equals("cited")) && kind == Frame.Kind.SAID) {
      // "the agency quoted officials as saying": the officials speak, the agency relays
      Span object = rightPhrase(tokens, v + 1);
      SourceRef quotedSource = object.isEmpty() ? null : namer.resolve(tokens, object, Span.EMPTY, context);
      if (quotedSource != null) {
        via = source.type() == SourceType.MEDIA ? source.name() : via;
        source = quotedSource;
        relayedBy = via != null;
      }
    }
    if (tells(verb)) {
      String outlet = outletName(tokens, rightPhrase(tokens, v + 1), context);
      if (outlet != null) {
        via = outlet;
      }
    }
    if (via == null) {
      via = quotedBy(tokens, v, context); // "said, as cited by Kabar": a relay, as "quoted by"
      relayedBy = via != null;
    }
    if (via == null && (pronoun || source.person())) {
      // "..., as cited by Kabar. He said 5 were wounded" (or "Starikov said"): the relay goes on
      via = context.relayBefore(source);
      relayedBy = via != null;
    }
    context.remember(source);
    Frame f = new Frame(kind, v, source, effect, verb);
    f.via = via;
    f.relayed = via != null && (tokens.get(v).is("quoted") || relayedBy);
    if (f.relayed && !source.name().equals(via)) {
      context.rememberRelay(source, via); // not ", cited by Kabar" read as Kabar's own frame
    }
    return f;
  }

  /**
   * A subject inside a reported "that" clause that names no name, body, role or person ("that the
   * country had recorded"): part of what the speaker before said, not a speaker of its own.
   */
  private static boolean reportedNobody(List<Token> tokens, Span phrase) {
    if (phrase.from() < 1 || !tokens.get(phrase.from() - 1).is("that")) {
      return false;
    }
    for (int i = phrase.from(); i < phrase.to(); i++) {
      Token t = tokens.get(i);
      if (t.isCapitalized() || t.info.head != null || t.info.known != null
          || t.info.has(WordInfo.PERSON_NOUN)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The outlet a subject names: itself, or for a bare "the agency" the latest outlet named with
   * that head ("the Saba news agency ... The agency, citing the ministry, said"); else null.
   */
  private static SourceRef outletMeant(SourceRef source, DocumentContext context) {
    if (source == null || source.type() == SourceType.MEDIA) {
      return source;
    }
    SourceRef earlier = source.isBare() ? context.institutionWith(source.head(), false, false) : null;
    return earlier != null && earlier.type() == SourceType.MEDIA ? earlier : null;
  }

  /** "emergency services were quoted as saying by TASS": a relayed statement. */
  private Frame passiveQuote(List<Token> tokens, int v, int be, ConfidenceEffect effect,
      DocumentContext context) {
    if (!tokens.get(v).is("quoted") && !tokens.get(v).is("cited")) {
      return passiveAgent(tokens, v, effect, context);
    }
    Subject subject = leftSubject(tokens, be - 1);
    if (subject == null) {
      return null;
    }
    SourceRef source = namer.resolve(tokens, subject.phrase(), subject.apposition(), context);
    if (source == null) {
      return null;
    }
    Frame f = new Frame(Frame.Kind.SAID, v, source, effect, tokens.get(v).lower());
    f.via = quotedBy(tokens, v - 1, context);
    f.relayed = f.via != null;
    context.remember(source);
    if (f.relayed) {
      context.rememberRelay(source, f.via); // "He said ..." in the next sentence goes on with it
    }
    return f;
  }

  /** How many words of when may stand between a passive verb and its "by": "late on Monday". */
  private static final int AGENT_REACH = 3;

  /**
   * "An earlier toll of 41 was reported on Monday by the interior ministry": the agent after
   * "by" speaks, or null when no "by" follows within a few words or it names no one.
   */
  private Frame passiveAgent(
      List<Token> tokens, int v, ConfidenceEffect effect, DocumentContext context) {
    for (int k = v + 1; k < tokens.size() - 1 && k <= v + 1 + AGENT_REACH; k++) {
      Token t = tokens.get(k);
      if (t.is("by")) {
        Span phrase = rightPhrase(tokens, k + 1);
        SourceRef agent =
            phrase.isEmpty() ? null : namer.resolve(tokens, phrase, Span.EMPTY, context);
        if (agent == null) {
          return null;
        }
        context.remember(agent);
        return new Frame(Frame.Kind.SAID, v, agent, effect, tokens.get(v).lower());
      }
      if (!(t.info.has(WordInfo.WEEKDAY | WordInfo.MONTH) || t.is("on") || t.is("late")
          || t.is("early") || t.is("earlier") || t.is("later"))) {
        return null; // only when it was said may come between: "reported killed by" is no agent
      }
    }
    return null;
  }

  /** "... quoted (as saying) by Y" after {@code v}: Y's name, or null. */
  private String quotedBy(List<Token> tokens, int v, DocumentContext context) {
    for (int k = v + 1; k < tokens.size() - 1 && k <= v + 5; k++) {
      if (tokens.get(k).is("by") && (tokens.get(k - 1).is("saying") || tokens.get(k - 1).is("quoted")
          || tokens.get(k - 1).is("cited"))) {
        return outletName(tokens, rightPhrase(tokens, k + 1), context);
      }
    }
    return null;
  }

  /** The outlet named by a phrase ("the BBC", "TSN news service"), or null for "reporters". */
  private String outletName(List<Token> tokens, Span phrase, DocumentContext context) {
    if (phrase.isEmpty()) {
      return null;
    }
    SourceRef s = namer.resolve(tokens, phrase, Span.EMPTY, context);
    if (s == null || s.type() != SourceType.MEDIA) {
      return null;
    }
    if (s.isBare()) {
      SourceRef last = context.lastOfType(SourceType.MEDIA);
      return last == null ? null : last.name();
    }
    context.remember(s);
    return stripOwner(s.name());
  }

  /** ", said Abdul Wahid Sahil, ..." or ", said a statement from ...": an inverted frame. */
  /**
   * The speaker after an inverted verb, under the name it gives itself in a clause that follows
   * ("said the insurgents, who call themselves the Valley Front") when it gives one.
   */
  private SourceRef invertedSource(
      List<Token> tokens, Span speaker, Span apposition, DocumentContext context) {
    SelfNamedSpeaker.SelfName named = selfNamed.after(tokens, speaker);
    if (named == null) {
      return namer.resolve(tokens, speaker, apposition, context);
    }
    Span giver = named.subject().apposition();
    return named.typed(tokens, namer.resolve(tokens, named.name(), giver, context));
  }

  private boolean namesAfter(List<Token> tokens, int k, int v) {
    if (!opensInversion(tokens, k) || v + 1 >= tokens.size()) {
      return false;
    }
    Token first = tokens.get(v + 1);
    boolean name = first.isCapitalized()
        && !first.info.has(WordInfo.WEEKDAY | WordInfo.MONTH | WordInfo.SENTENCE_ADVERB);
    boolean described = (first.is("a") || first.is("an")) && v + 2 < tokens.size();
    if (!name && !described) {
      return false;
    }
    Span right = rightPhrase(tokens, v + 1);
    return !right.isEmpty() && closesInversion(tokens, right.to())
        && (name ? namesSomeone(tokens, right) : describesSomeone(tokens, right));
  }

  /** "RFE/RL's Radio Mashaal" relays as "Radio Mashaal". */
  static String stripOwner(String name) {
    int possessive = Math.max(name.lastIndexOf("'s "), name.lastIndexOf("\u2019s "));
    return possessive > 0 ? name.substring(possessive + 3) : name;
  }
}
