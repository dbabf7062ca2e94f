package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds who speaks in a sentence: "X said", ", X said.", "said X, a spokesman", "X told the BBC",
 * "according to X", "citing X", "X, which claimed", "X quoted by Y", and a headline's closing
 * ": Afghan officials". Each frame's source is resolved at once, so that later sentences can say
 * "he" or "the ministry".
 */
final class FrameFinder {
  private static final int MAX_PHRASE = 16;

  private final Lexicons lexicons;
  private final SourceNamer namer;

  FrameFinder(Lexicons lexicons, SourceNamer namer) {
    this.lexicons = lexicons;
    this.namer = namer;
  }

  List<Frame> find(List<Token> tokens, Sentence sentence, DocumentContext context) {
    List<Frame> frames = new ArrayList<>(2);
    for (int v = 0; v < tokens.size(); v++) {
      Token t = tokens.get(v);
      if (!t.info.has(WordInfo.SPEECH_LIKE)) {
        continue;
      }
      if (t.is("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
        Span phrase = rightPhrase(tokens, v + 2);
        addAccording(frames, tokens, v, phrase, context);
      } else if (t.is("citing")) {
        addAccording(frames, tokens, v, rightPhrase(tokens, v + 1), context);
        relayCited(frames, tokens, v);
      } else if (t.info.has(WordInfo.PARTICIPLE_SPEECH)
          && !(v > 0 && tokens.get(v - 1).info.has(WordInfo.BE_FORM))) {
        Frame with = withParticiple(tokens, v, context);
        if (with != null) {
          frames.add(with);
        } else if (v > 0 && tokens.get(v - 1).is(",") && !frames.isEmpty()) {
          // "the group claimed responsibility, saying its fighters killed 30": same speaker
          Frame last = frames.get(frames.size() - 1);
          Frame f = new Frame(last.kind, v, last.source, last.effect, last.verb);
          f.via = last.via;
          f.relayed = last.relayed;
          frames.add(f);
        }
      } else {
        ConfidenceEffect effect = t.info.speech;
        if (effect == null && t.info.has(WordInfo.TALLY_VERB) && tallyFollows(tokens, v)) {
          effect = ConfidenceEffect.PLAIN; // "the agency put the death toll at 21"
        }
        if (effect == null && t.info.has(WordInfo.TALLY_VERB) && t.endsWith("ing")) {
          Frame with = withParticiple(tokens, v, context); // "with the monitor putting it at 416"
          if (with != null) {
            frames.add(with);
          }
          continue;
        }
        if (effect == null && t.info.has(WordInfo.RECORD_VERB)) {
          effect = ConfidenceEffect.PLAIN; // "figures released by the ministry show"
        }
        if (effect != null && isSpeechVerb(tokens, v)) {
          Frame f = speech(tokens, v, effect, context);
          if (f != null) {
            frames.add(f);
          }
        }
      }
    }
    if (sentence.headline()) {
      Frame f = headline(tokens, context);
      if (f != null) {
        frames.add(f);
      }
    }
    return frames;
  }

  /**
   * "..., with a Guards general claiming the toll was over 300": the participle's own subject
   * speaks, as figures are set against each other.
   */
  private Frame withParticiple(List<Token> tokens, int v, DocumentContext context) {
    Span phrase = leftPhrase(tokens, v - 1);
    int with = phrase.isEmpty() ? -1 : phrase.from() - 1;
    for (int k = phrase.from(); k < phrase.to(); k++) {
      if (tokens.get(k).is("with")) {
        with = k;
      }
    }
    if (with < 0 || with + 1 >= v || !tokens.get(with).is("with")) {
      return null;
    }
    Span subject = new Span(with + 1, v);
    if (!namesSomeone(tokens, subject)) {
      return null;
    }
    SourceRef source = namer.resolve(tokens, subject, Span.EMPTY, context);
    if (source == null) {
      return null;
    }
    context.remember(source);
    ConfidenceEffect effect = tokens.get(v).info.speech;
    return new Frame(Frame.Kind.SAID, v, source, effect == null ? ConfidenceEffect.PLAIN : effect,
        tokens.get(v).lower());
  }

  private static boolean tallyFollows(List<Token> tokens, int v) {
    for (int k = v + 1; k < tokens.size() && k <= v + 4; k++) {
      if (tokens.get(k).info.has(WordInfo.TALLY_NOUN)) {
        return true;
      }
    }
    return false;
  }

  private void addAccording(
      List<Frame> frames, List<Token> tokens, int anchor, Span phrase, DocumentContext context) {
    SourceRef source = namer.resolve(tokens, phrase, Span.EMPTY, context);
    if (source == null) {
      return;
    }
    Frame f = new Frame(Frame.Kind.ACCORDING, anchor, source, ConfidenceEffect.PLAIN, "according to");
    f.relayed = source.type() == SourceType.MEDIA;
    context.remember(source);
    frames.add(f);
  }

  /**
   * "..., Kyodo News reported on Sunday, citing the prefectural government": an outlet's frame
   * that a ", citing" clause closes speaks for whom it cites, as "The Daily Nation, citing police
   * sources, said" does. The last frame is the citing one; the one before, if it is the outlet's
   * and ends just before the clause, takes its source.
   */
  private static void relayCited(List<Frame> frames, List<Token> tokens, int citing) {
    if (frames.size() < 2 || citing < 1 || !tokens.get(citing - 1).is(",")) {
      return;
    }
    Frame cited = frames.get(frames.size() - 1);
    Frame outlet = frames.get(frames.size() - 2);
    if (cited.anchor != citing || outlet.anchor >= citing || citing - outlet.anchor > 5
        || outlet.kind == Frame.Kind.ACCORDING || outlet.via != null
        || outlet.source.type() != SourceType.MEDIA || cited.source.type() == SourceType.MEDIA) {
      return;
    }
    outlet.via = stripOwner(outlet.source.name());
    outlet.source = cited.source;
    outlet.relayed = true;
  }

  /**
   * Not a participle ("were reported killed"), a noun ("the claims"), or the "claimed" of a death
   * ("the avalanche claimed the lives of 19": nobody asserts anything).
   */
  private boolean isSpeechVerb(List<Token> tokens, int v) {
    if (claimsLives(tokens, v)) {
      return false;
    }
    if (v + 1 < tokens.size()) {
      Token next = tokens.get(v + 1);
      if (next.is("by") && !tokens.get(v).is("quoted") && !tokens.get(v).is("cited")) {
        return false; // "a report published by the agency": a participle, not a speaker's verb
      }
      CategoryCue cue = next.info.cue;
      if (cue != null && !next.is("toll")) {
        return false;
      }
      if (NumberWords.startsNumber(tokens, v + 1) || next.isNumber()) {
        String w = tokens.get(v).lower();
        if (w.startsWith("estimat")) {
          return false; // "an estimated 200" is a qualifier
        }
      }
    }
    if (v > 0) {
      Token prev = tokens.get(v - 1);
      if (isDeterminer(prev)) {
        return false;
      }
      // "an earlier report that", "the latest claim": a noun after its adjective
      boolean adjective = prev.info.has(WordInfo.EARLIER) || prev.is("new") || prev.is("latest");
      if (adjective && v > 1 && isDeterminer(tokens.get(v - 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDeterminer(Token t) {
    return t.info.has(WordInfo.DETERMINER) || t.is("'s") || t.is("his") || t.is("her")
        || t.is("their") || t.is("its");
  }

  /** "claimed the lives of", "claiming many lives", "has claimed 40 lives". */
  private static boolean claimsLives(List<Token> tokens, int v) {
    if (!tokens.get(v).startsWith("claim")) {
      return false;
    }
    for (int k = v + 1; k < tokens.size() && k <= v + 4; k++) {
      Token t = tokens.get(k);
      if (t.is("lives") || t.is("life")) {
        return true;
      }
      if (t.isPunct()) {
        return false;
      }
    }
    return false;
  }

  private Frame speech(List<Token> tokens, int v, ConfidenceEffect effect, DocumentContext context) {
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
    if (k >= 0 && (tokens.get(k).is("i") || tokens.get(k).is("we"))) {
      return null; // a speaker inside a quotation; the quotation's frame names who
    }
    if (k >= 0 && tokens.get(k).info.has(WordInfo.PRONOUN)) {
      source = namer.resolve(tokens, new Span(k, k + 1), Span.EMPTY, context);
      if (source == null) {
        return null;
      }
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
      source = namer.resolve(tokens, right, apposition, context);
      kind = Frame.Kind.INVERTED;
      if (source == null) {
        return null;
      }
    } else {
      Subject subject = k >= 0 && (tokens.get(k).is("and") || tokens.get(k).is("but"))
          ? sentenceSubject(tokens, k) // "the minister visited the scene and confirmed ..."
          : leftSubject(tokens, k);
      if (subject != null && recordVerb && !namesRecord(tokens, subject.phrase)) {
        return null; // "the video shows 12 bodies": only a record speaks through "shows"
      }
      if (subject != null) {
        Span phrase = subject.phrase;
        int quoted = indexOf(tokens, phrase, "quoted", "cited");
        if (quoted > 0 && quoted + 1 < phrase.to() && tokens.get(quoted + 1).is("by")) {
          via = outletName(tokens, new Span(quoted + 2, phrase.to()), context);
          phrase = new Span(phrase.from(), quoted);
          relayedBy = via != null;
        }
        source = namer.resolve(tokens, phrase, subject.apposition, context);
        if (source != null && (mentionsStatement(tokens, phrase) || mentionsStatement(tokens,
            new Span(v + 1, Math.min(tokens.size(), v + 5))))) {
          context.rememberStatement(source); // "X said in a statement": "the statement" is X's
        }
        if (!subject.citedBy.isEmpty()) {
          via = outletName(tokens, subject.citedBy, context);
          relayedBy = via != null;
        }
        SourceRef cited = source != null && source.type() == SourceType.MEDIA
            && !subject.citing.isEmpty()
            ? namer.resolve(tokens, subject.citing, Span.EMPTY, context) : null;
        if (cited != null && cited.type() != SourceType.MEDIA) {
          // "The Daily Nation, citing police sources, said": the outlet relays its sources
          context.remember(source);
          via = stripOwner(source.name());
          source = cited;
          relayedBy = true;
        }
      }
      if (source == null) {
        if (!opensInversion(tokens, k) || tells(verb) || noInversion) {
          return null;
        }
        Span right = rightPhrase(tokens, skipStatementWords(tokens, v + 1));
        if (right.isEmpty() || !closesInversion(tokens, right.to())
            || tokens.get(right.from()).info.has(WordInfo.PRONOUN)) {
          return null;
        }
        source = namer.resolve(tokens, right, apposition(tokens, right.to()), context);
        kind = Frame.Kind.INVERTED;
        if (source != null && mentionsStatement(tokens, right)) {
          context.rememberStatement(source); // "said a statement from the committee"
        }
        if (source == null) {
          return null;
        }
      }
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
      via = quotedBy(tokens, v, context);
    }
    context.remember(source);
    Frame f = new Frame(kind, v, source, effect, verb);
    f.via = via;
    f.relayed = via != null && (tokens.get(v).is("quoted") || relayedBy);
    return f;
  }

  /** A record or a statement heads the phrase: "figures released by the ministry". */
  private static boolean namesRecord(List<Token> tokens, Span phrase) {
    for (int i = phrase.from(); i < phrase.to(); i++) {
      Token t = tokens.get(i);
      if (t.info.has(WordInfo.STATEMENT)
          || (t.info.head != null && t.info.head.kind() == SourceHead.Kind.RECORD)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "told", "tells": what follows is who heard it ("told a news conference", "told the BBC"), so
   * such a verb never opens an inverted frame.
   */
  private static boolean tells(String verb) {
    return verb.startsWith("tell") || verb.equals("told");
  }

  /** ", said Abdul Wahid Sahil, ..." or ", said a statement from ...": an inverted frame. */
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

  /**
   * "a spokesman for the police", "a statement from the palace", "a Red Cross official": a
   * phrase opened by "a" speaks only through a word that can: a source head, a person noun, a
   * statement or a name. "said a second blast had injured seven" is what was said, not who.
   */
  private static boolean describesSomeone(List<Token> tokens, Span phrase) {
    for (int i = phrase.from() + 1; i < phrase.to(); i++) {
      Token t = tokens.get(i);
      if (t.isCapitalized() || t.info.head != null || t.info.has(WordInfo.PERSON_NOUN)
          || t.info.has(WordInfo.STATEMENT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Steps left over a time that sits between a subject and its verb, ending at {@code k}: "on
   * Thursday", "late on Sunday", "on March 3", "on 3 March", "yesterday". Returns {@code k} when
   * there is none.
   */
  private static int skipWhen(List<Token> tokens, int k) {
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
  private static int skipSetOffAdverb(List<Token> tokens, int k) {
    boolean setOff = k >= 3 && tokens.get(k).is(",") && tokens.get(k - 2).is(",")
        && tokens.get(k - 1).info.has(WordInfo.SENTENCE_ADVERB);
    return setOff ? k - 3 : k;
  }

  /** Steps left over "went on to" or "continued to" before a speech verb. */
  private static int skipGoesOnTo(List<Token> tokens, int k) {
    if (k < 1 || !tokens.get(k).is("to")) {
      return k;
    }
    if (tokens.get(k - 1).is("continued")) {
      return k - 2;
    }
    return k >= 2 && tokens.get(k - 1).is("on") ? k - 3 : k;
  }

  /** Steps left over a parenthesis ending at {@code k}: "(NEMA)", "(AFP)". */
  private static int skipParentheses(List<Token> tokens, int k) {
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

  /**
   * The subject that opens the sentence (or the clause after its last comma before {@code k}):
   * capitalised words, role and body nouns, "the", "of" and possessives, up to the first verb.
   */
  private Subject sentenceSubject(List<Token> tokens, int k) {
    int start = 0;
    for (int i = k - 1; i > 0; i--) {
      if (tokens.get(i).is(",") || tokens.get(i).isDoubleQuote()) {
        start = i + 1;
        break;
      }
    }
    int end = start;
    for (int i = start; i < k && i - start < MAX_PHRASE; i++) {
      Token t = tokens.get(i);
      String w = t.lower();
      boolean verb = !t.isCapitalized() && (w.endsWith("ed") || lexicons.speechVerbs.containsKey(w)
          || t.info.has(WordInfo.TALLY_VERB) || Grammar.AUXILIARIES.contains(w)
          || Grammar.CLAUSE_BREAKS.contains(w) || w.equals("and"));
      if (verb || t.isNumber() || (t.isPunct() && !t.is(".") && !t.is("-"))) {
        break;
      }
      if (t.isCapitalized() || lexicons.sourceHeads.containsKey(w)) {
        end = i + 1; // the subject ends at its last name or head noun
      }
    }
    return end > start ? new Subject(new Span(start, end), Span.EMPTY) : null;
  }

  /** An inverted frame follows a comma or a closing quote: ", said X" or "\u201D said X". */
  private static boolean opensInversion(List<Token> tokens, int k) {
    if (k < 0) {
      return true;
    }
    Token t = tokens.get(k);
    return t.is(",") || t.is("\u201D") || t.is("\"") || t.is("'") || t.is("\u2019");
  }

  /** The source of an inverted frame ends the clause: "said Heriyanto, head of ...". */
  private static boolean closesInversion(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(end);
    return t.isPunct() || t.info.has(WordInfo.RIGHT_STOP);
  }

  /** "emergency services were quoted as saying by TASS": a relayed statement. */
  private Frame passiveQuote(List<Token> tokens, int v, int be, ConfidenceEffect effect,
      DocumentContext context) {
    if (!tokens.get(v).is("quoted") && !tokens.get(v).is("cited")) {
      return null;
    }
    Subject subject = leftSubject(tokens, be - 1);
    if (subject == null) {
      return null;
    }
    SourceRef source = namer.resolve(tokens, subject.phrase, subject.apposition, context);
    if (source == null) {
      return null;
    }
    Frame f = new Frame(Frame.Kind.SAID, v, source, effect, tokens.get(v).lower());
    f.via = quotedBy(tokens, v - 1, context);
    f.relayed = f.via != null;
    context.remember(source);
    return f;
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

  private static int indexOf(List<Token> tokens, Span span, String a, String b) {
    for (int k = span.from(); k < span.to(); k++) {
      if (tokens.get(k).is(a) || tokens.get(k).is(b)) {
        return k;
      }
    }
    return -1;
  }

  /** "said in a statement", "said on Telegram": skip to the source of an inverted frame. */
  private static int skipStatementWords(List<Token> tokens, int j) {
    if (j < tokens.size() && (tokens.get(j).is("in") || tokens.get(j).is("on"))) {
      int k = j + 1;
      while (k < tokens.size() && k < j + 5 && !tokens.get(k).is(",")) {
        k++;
      }
      return k < tokens.size() && tokens.get(k).is(",") ? k + 1 : j;
    }
    return j;
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

  /** "RFE/RL's Radio Mashaal" relays as "Radio Mashaal". */
  private static String stripOwner(String name) {
    int possessive = Math.max(name.lastIndexOf("'s "), name.lastIndexOf("\u2019s "));
    return possessive > 0 ? name.substring(possessive + 3) : name;
  }

  /**
   * A subject phrase left of a speech verb, with an appositive if one sits between them, the
   * outlet of a ", cited by TASS," clause and the sources of a ", citing police sources," clause.
   */
  private record Subject(Span phrase, Span apposition, Span citedBy, Span citing) {
    Subject(Span phrase, Span apposition) {
      this(phrase, apposition, Span.EMPTY, Span.EMPTY);
    }
  }

  private Subject leftSubject(List<Token> tokens, int k) {
    if (k < 0) {
      return null;
    }
    // "The Civil Defence – first responders who ... – said": the name before the dashes
    int dash = k >= 2 && isDash(tokens.get(k)) ? openingDash(tokens, k - 1) : -1;
    if (dash > 0) {
      Span name = leftPhrase(tokens, dash - 1);
      return name.isEmpty() || !namesSomeone(tokens, name)
          ? null : new Subject(name, new Span(dash + 1, k));
    }
    // "South Korea's spy agency, which claimed": the antecedent before the comma
    if (tokens.get(k).info.has(WordInfo.RELATIVE) && k >= 2 && tokens.get(k - 1).is(",")) {
      Span s = afterPreposition(tokens, leftPhrase(tokens, k - 2));
      return s.isEmpty() ? null : new Subject(s, Span.EMPTY);
    }
    Span phrase = leftPhrase(tokens, k);
    Span apposition = Span.EMPTY;
    Span citedBy = Span.EMPTY;
    Span citing = Span.EMPTY;
    // skip clauses set off by commas: "Fatmawati, a spokeswoman ..., who goes by one name, said"
    for (int step = 0; step < 3; step++) {
      boolean appositive = !phrase.isEmpty() && isAppositive(tokens, phrase);
      if (!phrase.isEmpty() && !appositive) {
        break;
      }
      int comma = phrase.isEmpty() ? k : phrase.from() - 1;
      if (comma < 1 || !tokens.get(comma).is(",")) {
        break;
      }
      if (appositive) {
        apposition = phrase;
        k = comma - 1;
        phrase = leftPhrase(tokens, k);
        continue;
      }
      int previous = previousComma(tokens, comma - 1);
      if (previous < 1) {
        break;
      }
      Span clause = new Span(previous + 1, comma);
      if (isCitation(tokens, clause)) {
        citedBy = new Span(clause.from() + 2, clause.to()); // ", cited by TASS,"
      }
      if (clause.length() > 1 && tokens.get(clause.from()).is("citing")) {
        citing = new Span(clause.from() + 1, clause.to()); // ", citing police sources,"
      }
      if (startsWithRelative(tokens, clause) || isCitation(tokens, clause)
          || tokens.get(clause.from()).endsWith("ing") || tokens.get(clause.from()).isNumber()
          || isAgentClause(tokens, clause) || isCircumstance(tokens, clause)) {
        // ", which relies on ...,", ", cited by TASS,", ", speaking on condition of anonymity,"
        if (apposition.isEmpty() && startsWithRelative(tokens, clause)) {
          apposition = clause; // ", who heads the Solidarity trade union," tells the role
        }
        k = skipParentheses(tokens, previous - 1); // "Medecins Sans Frontieres (MSF), which ..."
        phrase = leftPhrase(tokens, k);
        continue;
      }
      int beforeParenthesis = skipParentheses(tokens, comma - 1);
      if (beforeParenthesis < comma - 1 && beforeParenthesis > previous) {
        clause = new Span(previous + 1, beforeParenthesis + 1); // "the Centre for ... (CDD),"
      }
      if (isProperName(tokens, clause)) {
        // "A resident, Abu Khaled, told Reuters": the name between commas, its role before
        Span role = leftPhrase(tokens, previous - 1);
        if (role.from() > 0 && startsWithRelative(tokens, new Span(role.from() - 1, role.to()))) {
          role = leftPhrase(tokens, role.from() - 2); // "A passenger who escaped, Wilner Joseph,"
        }
        return new Subject(clause, role);
      }
      if (isAppositive(tokens, clause)) {
        apposition = clause;
        k = previous - 1;
        if (k >= 2 && tokens.get(k).isNumber() && tokens.get(k - 1).is(",")) {
          k -= 2; // skip the age: "Wisdom John, 28, a bricklayer,"
        }
        phrase = leftPhrase(tokens, k);
        continue;
      }
      break;
    }
    if (phrase.isEmpty()) {
      return null;
    }
    if (apposition.isEmpty() && isProperName(tokens, phrase) && phrase.from() >= 2
        && tokens.get(phrase.from() - 1).is(",")) {
      // "A local NGO, the League for Civic Rights, said", "The state news agency, KNA, said":
      // the description before names the kind
      Span role = leftPhrase(tokens, phrase.from() - 2);
      if (!role.isEmpty() && role.from() == 0 && tokens.get(0).info.has(WordInfo.DETERMINER)) {
        apposition = role;
      }
    }
    // "Western sources who declined to be named told the BBC": the subject before "who"
    int relative = relativeBefore(tokens, phrase.from());
    if (relative > 0 && !namesSomeone(tokens, phrase)) {
      Span antecedent = leftPhrase(tokens, relative - 1);
      if (!antecedent.isEmpty()) {
        apposition = apposition.isEmpty() ? new Span(relative, phrase.to()) : apposition;
        phrase = antecedent;
      }
    }
    if (!namesSomeone(tokens, phrase)) {
      return null; // "dozens more feared trapped", "The claim could not be independently verified"
    }
    return new Subject(phrase, apposition, citedBy, citing);
  }

  /** A dash that sets a clause off: "–", "—", or a spaced "-". */
  private static boolean isDash(Token t) {
    return t.is("–") || t.is("—") || (t.is("-") && t.spaceBefore);
  }

  /** "ranked 175th on the monitor's index": the phrase after its last lower-case preposition. */
  private static Span afterPreposition(List<Token> tokens, Span phrase) {
    for (int i = phrase.to() - 2; i >= phrase.from(); i--) {
      Token t = tokens.get(i);
      if (t.info.has(WordInfo.PREPOSITION) && !t.isCapitalized() && !t.is("of") && !t.is("for")) {
        return new Span(i + 1, phrase.to());
      }
    }
    return phrase;
  }

  /** The dash that opens the clause ending at {@code k}, or -1. */
  private static int openingDash(List<Token> tokens, int k) {
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

  private static boolean mentionsStatement(List<Token> tokens, Span span) {
    for (int i = span.from(); i < span.to(); i++) {
      if (tokens.get(i).info.has(WordInfo.STATEMENT) && i > span.from()
          && tokens.get(i - 1).isWord()) { // "a statement", "the army's statement"
        return true;
      }
    }
    return false;
  }

  /** The index of "who", "that" or "which" opening the clause that a phrase ends, or -1. */
  private static int relativeBefore(List<Token> tokens, int from) {
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

  /** A speaker's phrase holds a name, a body or a role: not just "more" or an adverb. */
  private boolean namesSomeone(List<Token> tokens, Span phrase) {
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
   * A clause that says where, not who: ", in the mountains outside Jeremie,", ", about 50 km
   * north of the capital,", ", a town that lies on the border,".
   */
  private static boolean isCircumstance(List<Token> tokens, Span clause) {
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

  /** ", released by the ministry in February,": a participle with its agent. */
  private static boolean isAgentClause(List<Token> tokens, Span clause) {
    return clause.length() > 2 && tokens.get(clause.from()).endsWith("ed")
        && tokens.get(clause.from() + 1).is("by");
  }

  private static boolean isCitation(List<Token> tokens, Span clause) {
    return clause.length() > 2
        && (tokens.get(clause.from()).is("cited") || tokens.get(clause.from()).is("quoted"))
        && tokens.get(clause.from() + 1).is("by");
  }

  private static boolean isProperName(List<Token> tokens, Span span) {
    if (span.isEmpty() || span.length() > 10) {
      return false;
    }
    if (tokens.get(span.from()).is("the") && span.length() > 1) {
      span = new Span(span.from() + 1, span.to()); // "An armed group, the Dawn Covenant, said"
    }
    for (int i = span.from(); i < span.to(); i++) {
      Token t = tokens.get(i);
      boolean joining = i > span.from() && i + 1 < span.to()
          && (t.is("of") || t.is("for") || t.is("and"));
      if (!(t.isCapitalized() || t.is(".") || (t.is("-") && !t.spaceBefore)
          || t.info.has(WordInfo.NAME_PARTICLE) || joining)) {
        return false;
      }
      if (!joining && t.info.has(WordInfo.WEEKDAY | WordInfo.MONTH | WordInfo.SENTENCE_ADVERB)) {
        return false;
      }
    }
    return tokens.get(span.from()).isCapitalized();
  }

  /** A name that opens its clause: at the start, or after a quotation or a colon. */
  private static boolean startsClause(List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    Token t = tokens.get(i - 1);
    return t.is("\u201D") || t.is("\"") || t.is(":") || t.is("\u2019") || t.is("'")
        || t.is("(") || t.is("-") || t.is("\u2014");
  }

  /** The comma opening the clause that ends at {@code k}, or -1 when a quote or the start comes first. */
  private static int previousComma(List<Token> tokens, int k) {
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

  /** A clause after a comma that describes the name before it: ", a spokeswoman for ...,". */
  private boolean isAppositive(List<Token> tokens, Span phrase) {
    int comma = phrase.from() - 1;
    if (comma < 1 || !tokens.get(comma).is(",")) {
      return false;
    }
    int nameEnd = comma - 1;
    if (nameEnd >= 2 && tokens.get(nameEnd).isNumber() && tokens.get(nameEnd - 1).is(",")) {
      nameEnd -= 2; // an age between the name and the appositive
    }
    Span before = leftPhrase(tokens, nameEnd);
    if (!isProperName(tokens, before) || !startsClause(tokens, before.from())) {
      return false; // "..., the army said" after "on Sunday" is not "Name, a spokesman, said"
    }
    Token first = tokens.get(phrase.from());
    if (first.info.has(WordInfo.DETERMINER)) {
      return true;
    }
    for (int i = phrase.from(); i < phrase.to(); i++) {
      SourceHead head = tokens.get(i).info.head;
      if (head != null && head.kind() == SourceHead.Kind.ROLE) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithRelative(List<Token> tokens, Span phrase) {
    String w = tokens.get(phrase.from()).lower();
    return w.equals("who") || w.equals("which") || w.equals("where") || w.equals("whose");
  }

  /** The noun phrase ending at token {@code k}, read leftwards. */
  private Span leftPhrase(List<Token> tokens, int k) {
    int end = k + 1;
    int i = k;
    while (i >= 0 && end - i <= MAX_PHRASE && inPhrase(tokens, i, true)) {
      i--;
    }
    return i + 1 < end ? new Span(i + 1, end) : Span.EMPTY;
  }

  /** The noun phrase starting at token {@code j}, read rightwards. */
  private Span rightPhrase(List<Token> tokens, int j) {
    int i = j;
    while (i < tokens.size() && i - j < MAX_PHRASE) {
      Token t = tokens.get(i);
      if (i > j && (t.info.has(WordInfo.RIGHT_STOP) || t.info.has(WordInfo.PRONOUN))
          && !(t.is("of") || t.is("for") || isAgentBy(tokens, i))) {
        break;
      }
      if (!inPhrase(tokens, i, false)) {
        break;
      }
      i++;
    }
    return i > j ? new Span(j, i) : Span.EMPTY;
  }

  /** The "by" of a record's agent: "a casualty list provided by the hospital". */
  private static boolean isAgentBy(List<Token> tokens, int i) {
    return tokens.get(i).is("by") && i > 0 && tokens.get(i - 1).endsWith("ed")
        && !tokens.get(i - 1).is("quoted") && !tokens.get(i - 1).is("cited");
  }

  /** ", head of the Search and Rescue Office" after a name, up to the next comma or stop. */
  private Span apposition(List<Token> tokens, int after) {
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

  private static final long NOT_IN_PHRASE =
      WordInfo.CLAUSE_BREAK | WordInfo.BE_FORM | WordInfo.MODAL;

  private boolean inPhrase(List<Token> tokens, int i, boolean leftwards) {
    Token t = tokens.get(i);
    if (t.isNumber() && i + 2 < tokens.size() && tokens.get(i + 1).is("-")
        && tokens.get(i + 2).is("year")) {
      return true; // an age: "a 52-year-old shopkeeper"
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
    if (leftwards && t.info.speech != null && t.info.head != null && i + 1 < tokens.size()
        && tokens.get(i + 1).info.speech != null) {
      return true; // "Reports say": a noun that is also a verb, before its own verb
    }
    if (t.info.speech != null || t.info.has(NOT_IN_PHRASE)
        || (t.info.has(WordInfo.PHRASE_STOP) && !t.textIs("WHO"))) {
      return false; // the World Health Organization may speak
    }
    if (t.info.cue != null && !t.is("toll")) {
      return false;
    }
    return !leftwards || !t.is("to");
  }

  /** "...Kills 11 Civilians: Afghan Officials", "... -hospital", "... - police". */
  private Frame headline(List<Token> tokens, DocumentContext context) {
    for (int k = tokens.size() - 2; k >= 1 && k >= tokens.size() - 7; k--) {
      Token t = tokens.get(k);
      boolean separator = t.is(":") || ((t.is("-") || t.is("\u2013") || t.is("\u2014"))
          && t.spaceBefore);
      if (!separator) {
        continue;
      }
      for (int j = k + 1; j < tokens.size(); j++) {
        Token w = tokens.get(j);
        if (!w.isWord() || (w.info.cue != null)
            || (w.info.speech != null)) {
          return null;
        }
      }
      SourceRef source = namer.resolve(tokens, new Span(k + 1, tokens.size()), Span.EMPTY, context);
      if (source == null) {
        return null;
      }
      return new Frame(Frame.Kind.HEADLINE, k, source, ConfidenceEffect.PLAIN, "headline");
    }
    return null;
  }
}
