package org.casualtyclaims.engine.attribution;

import static org.casualtyclaims.engine.attribution.Clauses.namesSomeone;
import static org.casualtyclaims.engine.attribution.Phrases.apposition;
import static org.casualtyclaims.engine.attribution.Phrases.leftPhrase;
import static org.casualtyclaims.engine.attribution.Phrases.rightPhrase;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.figures.CategoryCue;
import org.casualtyclaims.engine.figures.NumberWords;
import org.casualtyclaims.engine.text.Sentence;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Finds who speaks in a sentence: each word that may open an attribution is read as what it is,
 * "according to X", "citing X", a participle that continues the speaker (", saying") or has its
 * own ("with X claiming"), a speech or tally verb ({@link SpeechFrames}), and a headline's closing
 * ": Afghan officials". Each frame's source is resolved at once, so that later sentences can say
 * "he" or "the ministry".
 */
public final class FrameFinder {
  private final SourceNamer namer;
  private final SpeechFrames speeches;
  private final Lexicons lexicons;

  public FrameFinder(SourceNamer namer, Lexicons lexicons) {
    this.namer = namer;
    this.lexicons = lexicons;
    this.speeches = new SpeechFrames(namer, new SelfNamedSpeaker(lexicons.attribution));
  }

  public List<Frame> find(List<Token> tokens, Sentence sentence, DocumentContext context) {
    List<Frame> frames = new ArrayList<>(2);
    for (int v = 0; v < tokens.size(); v++) {
      Token t = tokens.get(v);
      if (!t.info.has(WordInfo.SPEECH_LIKE)) {
        continue;
      }
      if (t.info.head != null && t.info.head.kind() == SourceHead.Kind.RECORD) {
        Frame owned = ownedRecord(tokens, v, context);
        if (owned != null) {
          frames.add(owned);
        }
        continue;
      }
      if (t.is("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
        Span phrase = rightPhrase(tokens, v + 2);
        // "according to Fatal Encounters, a nonprofit that ...": the description says what it is
        Span described = phrase.isEmpty() ? Span.EMPTY : apposition(tokens, phrase.to());
        if (!described.isEmpty() && !tokens.get(described.from()).info.has(WordInfo.DETERMINER)) {
          described = Span.EMPTY;
        }
        addAccording(frames, tokens, v, phrase, described, context);
        RelayedFrames.relayedSpeaker(frames, tokens, v);
      } else if (t.is("citing") || t.is("quoting")) {
        addAccording(frames, tokens, v, rightPhrase(tokens, v + 1), Span.EMPTY, context);
        RelayedFrames.relayCited(frames, tokens, v, context);
        RelayedFrames.keepCitingSpeaker(frames, tokens, v);
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
        } else if (v > 0 && tokens.get(v - 1).is(",") && frames.isEmpty()) {
          Frame f = ParticipleSubject.speaker(namer, tokens, v, context);
          if (f != null) {
            frames.add(f);
          }
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
        if (effect != null && !(inName(tokens, v) && !sentence.headline())
            && isSpeechVerb(tokens, v)) {
          Frame same = sameSpeakerGoesOn(frames, tokens, v, effect);
          Frame f = same != null ? same : speeches.speech(tokens, v, effect, context);
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

  /** How many words may stand between an owner's "'s" and its record: "X's own latest count". */
  private static final int MAX_RECORD_MODIFIERS = 2;

  /**
   * "The agency's previous count, released on Tuesday, was 73 dead", "Kyiv's own count stood at
   * 712,330": a record its owner keeps speaks for the owner, though no verb of speech follows. A
   * record that a verb of its own follows ("UNHCR's tally shows") is that verb's subject.
   */
  private Frame ownedRecord(List<Token> tokens, int v, DocumentContext context) {
    if (v + 1 < tokens.size() && tokens.get(v + 1).info.has(WordInfo.SPEECH_LIKE)) {
      return null;
    }
    int k = v - 1;
    while (k > 0 && v - 1 - k < MAX_RECORD_MODIFIERS && isRecordModifier(tokens.get(k))) {
      k--;
    }
    boolean possessive = k > 0 && (tokens.get(k).is("'s")
        || ((tokens.get(k).is("'") || tokens.get(k).is("\u2019")) && !tokens.get(k).spaceBefore));
    if (!possessive) {
      return null;
    }
    Span owner = leftPhrase(tokens, k - 1);
    if (owner.isEmpty() || !namesSomeone(tokens, owner)
        || (isSaid(tokens, owner.from() - 1) && !givesFigure(tokens, v + 1))) {
      return null;
    }
    SourceRef source = namer.resolve(tokens, owner, Span.EMPTY, context);
    if (source == null) {
      return null;
    }
    context.remember(source);
    Frame f = new Frame(Frame.Kind.ACCORDING, v, source, ConfidenceEffect.PLAIN,
        tokens.get(v).lower());
    f.relayed = source.type() == SourceType.MEDIA;
    return f;
  }

  /**
   * Whether the record stands in what a speaker said ("the rebels said the army's figures were
   * propaganda and that ..."): the word before its owner is a verb of speech, or its "that".
   */
  private static boolean isSaid(List<Token> tokens, int before) {
    if (before >= 0 && tokens.get(before).is("that")) {
      before--;
    }
    return before >= 0 && tokens.get(before).info.speech != null;
  }

  /** How far after a record its own clause may give its figure: "count stood at 73". */
  private static final int MAX_RECORD_PREDICATE = 6;

  /** Whether a figure follows the record within its own clause ("... count stood at 73"). */
  private static boolean givesFigure(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + MAX_RECORD_PREDICATE; k++) {
      Token t = tokens.get(k);
      if (t.isNumber() || NumberWords.startsNumber(tokens, k)) {
        return true;
      }
      if (t.is("and") || t.is(",") || t.info.has(WordInfo.CLAUSE_BREAK)) {
        return false;
      }
    }
    return false;
  }

  /** "previous", "own", "latest": a lower-case word that says which of the owner's records. */
  private static boolean isRecordModifier(Token t) {
    return t.isWord() && !t.is("'s") && !t.isCapitalized() && t.info.cue == null
        && t.info.head == null && !t.info.has(WordInfo.DETERMINER | WordInfo.SPEECH_LIKE);
  }

  private static boolean tallyFollows(List<Token> tokens, int v) {
    for (int k = v + 1; k < tokens.size() && k <= v + 4; k++) {
      if (tokens.get(k).info.has(WordInfo.TALLY_NOUN)) {
        return true;
      }
    }
    return false;
  }

  private void addAccording(List<Frame> frames, List<Token> tokens, int anchor, Span phrase,
      Span apposition, DocumentContext context) {
    SourceRef source = namer.resolve(tokens, phrase, apposition, context);
    if (source == null) {
      return;
    }
    Frame f = new Frame(Frame.Kind.ACCORDING, anchor, source, ConfidenceEffect.PLAIN, "according to");
    f.relayed = source.type() == SourceType.MEDIA;
    context.remember(source);
    frames.add(f);
  }

  /**
   * "The group claimed responsibility for the attack and said its fighters had killed 18": a
   * speech verb joined by a bare "and" to the clause of the frame before goes on with its speaker,
   * and a claim stays a claim. Null when a comma or clause break stands between them.
   */
  private static Frame sameSpeakerGoesOn(
      List<Frame> frames, List<Token> tokens, int v, ConfidenceEffect effect) {
    if (frames.isEmpty() || v < 1 || !tokens.get(v - 1).is("and")) {
      return null;
    }
    Frame last = frames.get(frames.size() - 1);
    if (last.kind != Frame.Kind.SAID || last.anchor >= v - 1) {
      return null;
    }
    for (int k = last.anchor + 1; k < v - 1; k++) {
      Token t = tokens.get(k);
      if (t.isPunct() || t.info.has(WordInfo.CLAUSE_BREAK) || t.isNumber()) {
        return null;
      }
    }
    boolean weaker = effect == ConfidenceEffect.PLAIN && last.effect != ConfidenceEffect.CONFIRM;
    Frame f = new Frame(Frame.Kind.SAID, v, last.source, weaker ? last.effect : effect,
        tokens.get(v).lower());
    f.via = last.via;
    f.relayed = last.relayed;
    return f;
  }

  /**
   * Not a participle ("were reported killed"), a noun ("the claims"), or the "claimed" of a death
   * ("the avalanche claimed the lives of 19": nobody asserts anything).
   */
  /**
   * A verb's form that is also a plural noun ("states", "reports") right after a count, or after
   * a count and one name ("six U.S. states"): the noun, never the verb of "The two said".
   */
  private static boolean countedNoun(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    if (!t.endsWith("s") || t.is("says") || v < 1) {
      return false;
    }
    if (isCount(tokens, v - 1)) {
      return true;
    }
    return v >= 2 && tokens.get(v - 1).isCapitalized() && isCount(tokens, v - 2);
  }

  private static boolean isCount(List<Token> tokens, int k) {
    return tokens.get(k).isNumber() || NumberWords.startsNumber(tokens, k);
  }

  private boolean isSpeechVerb(List<Token> tokens, int v) {
    if (claimsLives(tokens, v)) {
      return false;
    }
    if (v + 1 < tokens.size()) {
      Token next = tokens.get(v + 1);
      if (next.is("by") && !tokens.get(v).is("quoted") && !tokens.get(v).is("cited")
          && !(v + 2 < tokens.size()
              && lexicons.attribution.isSpeechChannel(tokens.get(v + 2).lower()))) {
        // "a report published by the agency": a participle, not a speaker's verb; "said by
        // telephone" names how the speaker spoke
        return false;
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
    if (v > 1 && tokens.get(v - 1).is(",") && tokens.get(v).endsWith("ed")
        && Phrases.namesRecord(tokens.get(v - 2))) {
      return false; // "the coastguard's tally, published at dawn,": the record's participle
    }
    if (countedNoun(tokens, v)) {
      return false; // "across six U.S. states", "three reports": a plural noun after its count
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
      // "it was assessing reports of civilian casualties": a plural noun after a participle
      Token t = tokens.get(v);
      if (t.endsWith("s") && !t.is("says") && prev.isWord() && !prev.isCapitalized()
          && prev.endsWith("ing") && prev.info.speech == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capitalised verb after a capitalised word, outside a headline's title case, is the end of a
   * name ("the United States", "Ohio State Reports"), not a speaker's verb.
   */
  private static boolean inName(List<Token> tokens, int v) {
    return v > 0 && tokens.get(v).isCapitalized() && tokens.get(v - 1).isCapitalized();
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
