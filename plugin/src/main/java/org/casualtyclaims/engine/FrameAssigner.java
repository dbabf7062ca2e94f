package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.attribution.FrameReach;
import org.casualtyclaims.engine.confidence.ConfidenceScorer;
import org.casualtyclaims.engine.confidence.CorrectedEarlier;
import org.casualtyclaims.engine.confidence.Disclaimers;
import org.casualtyclaims.engine.confidence.HedgeScope;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.text.Sentence;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Gives each figure its speaker: the frame nearest to it in its own sentence, or one carried over
 * from a neighbouring sentence; and the cues and verb effects that bear on it.
 */
final class FrameAssigner {
  private static final Set<String> CONTINUATIONS = Set.of("they", "another", "further");
  /** Words that open a sentence going on about the people just counted: "They included ...". */
  private static final Set<String> ELABORATIONS = Set.of("they", "these", "those", "among");

  private final HedgeScope hedges;
  private final Set<String> civilianWords;

  FrameAssigner(HedgeScope hedges, Set<String> civilianWords) {
    this.hedges = hedges;
    this.civilianWords = civilianWords;
  }

  /** The raw claims of the read sentences: each figure with its speaker, cues and disclaimers. */
  List<RawClaim> attribute(DocumentContext context, SentenceInfo[] infos) {
    List<Sentence> sentences = context.sentences();
    List<RawClaim> raws = new ArrayList<>();
    Disclaimers disclaimers = new Disclaimers(hedges, civilianWords);
    CorrectedEarlier corrected = new CorrectedEarlier();
    // speakers the text doubts ("a purported spokesman"), by source key, with the cue that does
    Map<String, SentenceCue> doubtedSpeakers = new HashMap<>(2);
    int ledeSentence = firstBodySentence(sentences);
    SourceRef keyed = null; // the source of the claim before, and its key (claims of one frame)
    String key = "";
    for (int i = 0; i < infos.length; i++) {
      SentenceInfo info = infos[i];
      if (info == null) {
        continue;
      }
      Sentence s = sentences.get(i);
      if (info.mentions().isEmpty()) {
        disclaimers.read(info.tokens(), info.frames(), info.cues(), i);
        continue;
      }
      disclaimers.readBeforeBut(info.tokens(), info.frames(), info.cues(), info.mentions(), i);
      disclaimers.readFiguresHedge(info.tokens(), info.cues(), i);
      boolean lede = i == ledeSentence;
      boolean superseded = false;
      for (Mention m : info.mentions()) {
        superseded |= m.superseded();
      }
      // "said its earlier figure had been wrong and put the toll at 11": of the count before
      SentenceCue backCorrection =
          CorrectedEarlier.pointingBack(info.tokens(), info.cues(), info.mentions());
      int sentenceStart = raws.size();
      String sentenceText = context.textOf(i);
      for (Mention m : info.mentions()) {
        Frame f = nearest(info, m);
        if (f != null && !FrameReach.reaches(info.tokens(), f, m.figure())) {
          f = null;
        }
        boolean ownSentence = f != null;
        if (f == null) {
          f = carriedOver(sentences, infos, i, lede);
        }
        // an earlier count keeps the speaker who gives it in the same sentence ("gave an initial
        // toll of 19"), but not the count a revision replaces ("raising the toll from 58"), nor
        // a speaker carried over from elsewhere
        boolean replaced = m.superseded() && (!ownSentence || revisedFrom(info.tokens(), m));
        SourceRef source = f == null || replaced ? null : f.source;
        if (f == null && m.officialTally()) {
          source = SourceRef.org("official toll", SourceType.OFFICIAL, true);
        }
        Token first = info.tokens().get(m.figure().qualifierStart);
        Token last = info.tokens().get(m.figure().last);
        Evidence evidence =
            new Evidence(s.field(), first.start, last.end, s.start(), s.end(), sentenceText);
        if (source != keyed) {
          keyed = source;
          key = RawClaim.keyOf(source);
        }
        RawClaim raw = new RawClaim(m, source, key, source == null || f == null ? null : f.via,
            f != null && f.relayed, s.headline(), evidence, i, raws.size());
        raw.additional = ClaimMerger.isAdditional(info.tokens(), m.figure());
        // a correction ("revised the toll down to 26 ... an earlier count of 33") weakens the
        // figure it corrects, not the figure that replaces it
        for (SentenceCue cue : info.cues()) {
          // a doubt of a speaker ("a purported spokesman") weakens what that speaker says
          boolean bears = cue.reach() == SentenceCue.Reach.DOUBTED_SPEAKER
              ? ownSentence && hedges.doubts(cue, info.tokens(), f, info.frames())
              : hedges.reaches(cue, m, info.tokens(), info.mentions());
          if (bears && cue != backCorrection
              && appliesTo(cue.effect(), m, superseded, info.tokens())) {
            raw.cues.add(cue);
          }
        }
        if (source != null && f != null && f.effect != ConfidenceEffect.PLAIN
            && appliesTo(f.effect, m, superseded, info.tokens())) {
          raw.cues.add(new SentenceCue(f.effect, ConfidenceScorer.verbReason(f.effect, f.verb)));
        }
        SentenceCue correction = corrected.cueFor(m.figure(), info.tokens(), i);
        if (correction != null) {
          raw.cues.add(correction);
        }
        if (source != null) {
          carryDoubt(raw, doubtedSpeakers);
        }
        raws.add(raw);
        disclaimers.claimRead(raw);
      }
      if (backCorrection != null && backCorrection.reach() != SentenceCue.Reach.IN_SENTENCE) {
        CorrectedEarlier.applyBack(raws, sentenceStart, backCorrection);
      }
      disclaimers.figuresRead(info.tokens(), info.mentions(), i);
      corrected.sentenceRead(info.cues(), i);
    }
    disclaimers.apply(raws);
    return raws;
  }

  /**
   * A doubted speaker's doubt goes with him: "A purported spokesman, X, said ... He said four
   * were killed" weakens the four as it did his first figures.
   */
  private static void carryDoubt(RawClaim raw, Map<String, SentenceCue> doubtedSpeakers) {
    for (SentenceCue cue : raw.cues) {
      if (cue.reach() == SentenceCue.Reach.DOUBTED_SPEAKER) {
        doubtedSpeakers.putIfAbsent(raw.sourceKey(), cue);
        return;
      }
    }
    SentenceCue doubt = doubtedSpeakers.get(raw.sourceKey());
    if (doubt != null) {
      raw.cues.add(doubt);
    }
  }

  /**
   * The lede: the body's first sentence, or -1. A figure there may take its speaker from the
   * sentence after; a figure further down, after sentences about something else, may not.
   */
  private static int firstBodySentence(List<Sentence> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      if (!sentences.get(i).headline()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a sentence's cue or verb of this effect bears on mention {@code m}: a correction does
   * not weaken the figure it corrects to ("revised down to 26"), nor, when the sentence names the
   * figure it replaces, any other.
   */
  private static boolean appliesTo(
      ConfidenceEffect effect, Mention m, boolean sentenceSupersedes, List<Token> tokens) {
    if (effect != ConfidenceEffect.CORRECTION) {
      return true;
    }
    int before = m.figure().qualifierStart - 1;
    boolean correctedTo = before >= 0 && tokens.get(before).is("to");
    // "retracted a report of 40 dead, saying the correct toll was 11"
    for (int k = Math.max(0, before - 3); k <= before && !correctedTo; k++) {
      correctedTo = tokens.get(k).is("correct") || tokens.get(k).is("corrected");
    }
    return !correctedTo && (!sentenceSupersedes || m.superseded());
  }

  /**
   * "raising the toll from 58", "revised down from 1,400": the count a revision replaced. A
   * count named after the new one ("lowered the toll to 57 from 63") is the reviser's own former
   * count, and keeps its speaker.
   */
  private static boolean revisedFrom(List<Token> tokens, Mention m) {
    int before = m.figure().qualifierStart - 1;
    return before >= 0 && tokens.get(before).is("from")
        && (before == 0 || !tokens.get(before - 1).isNumber());
  }

  /**
   * The attribution nearest to the figure in its own sentence. Frames inside quotation marks
   * ("according to the police identification" within a quote) yield to the frame that names who
   * is quoted.
   */
  private static Frame nearest(SentenceInfo info, Mention m) {
    if (info.frames().size() == 1) {
      return info.frames().get(0); // quoted or not, the only one
    }
    boolean anyOutside = false;
    for (Frame f : info.frames()) {
      anyOutside |= !info.quoted()[f.anchor];
    }
    Frame best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Frame f : info.frames()) {
      if (anyOutside && info.quoted()[f.anchor]) {
        continue;
      }
      int d = Math.abs(f.anchor - m.figure().first);
      if (d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    }
    if (best != null && best.anchor > m.figure().last
        && contrastBetween(info.tokens(), m.figure().last, best.anchor)) {
      // "the prefecture said the toll stood at 35, though officials have warned ...": the frame
      // of the clause after ", though" does not reach back over it
      Frame before = null;
      for (Frame f : info.frames()) {
        if (f.anchor < m.figure().first && !(anyOutside && info.quoted()[f.anchor])) {
          before = f;
        }
      }
      if (before != null) {
        return before;
      }
    }
    if (best != null && best.anchor < m.figure().first
        && contrastBetween(info.tokens(), best.anchor, m.figure().first)) {
      // "..., the governor said, while 22 were missing, according to the rescue service": the
      // clause after ", while" takes the frame that closes it
      for (Frame f : info.frames()) {
        if (f.anchor > m.figure().last && !(anyOutside && info.quoted()[f.anchor])) {
          return f;
        }
      }
    }
    return best;
  }

  /**
   * Whether a comma and a word of attribution-words.tsv's role clause-contrast (", while",
   * ", though") open a clause of its own in {@code (from, to)}.
   */
  private static boolean contrastBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (tokens.get(k).is(",") && tokens.get(k + 1).info.has(WordInfo.CLAUSE_CONTRAST)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An attribution from a neighbouring sentence: the speaker of the sentence before when this one
   * continues a quotation or opens with "They", "Another", "A further"; or, for the lede, the
   * speaker the next sentence names when it gives no figure of its own.
   */
  private static Frame carriedOver(
      List<Sentence> sentences, SentenceInfo[] infos, int i, boolean lede) {
    Sentence s = sentences.get(i);
    SentenceInfo info = infos[i];
    Token opening = info.tokens().get(0);
    boolean inQuote = s.startsInQuote() || opening.is("\u201C") || opening.is("\"");
    // a quotation that runs on into the next sentence belongs to the frame at its close
    if (inQuote && i + 1 < infos.length && infos[i + 1] != null
        && sentences.get(i + 1).startsInQuote() && sentences.get(i + 1).field().equals(s.field())) {
      for (Frame f : infos[i + 1].frames()) {
        if (!infos[i + 1].quoted()[f.anchor]) {
          return f;
        }
      }
    }
    if (i > 0 && infos[i - 1] != null && !infos[i - 1].frames().isEmpty()
        && sentences.get(i - 1).field().equals(s.field())
        && s.paragraph() - sentences.get(i - 1).paragraph() <= 1) {
      boolean continuation = CONTINUATIONS.contains(opening.lower())
          || (opening.is("a") && info.tokens().size() > 1 && info.tokens().get(1).is("further"));
      if (inQuote || continuation) {
        List<Frame> previous = infos[i - 1].frames();
        return previous.get(previous.size() - 1);
      }
    }
    if (lede && i + 1 < infos.length && infos[i + 1] != null
        && infos[i + 1].mentions().isEmpty() && !infos[i + 1].frames().isEmpty()
        && sentences.get(i + 1).field().equals(s.field())) {
      return infos[i + 1].frames().get(0);
    }
    // "At least 18 were injured. They included 10 guards, said Ms Kornegay.": the sentence that
    // goes on about the same people names who gave both
    if (i + 1 < infos.length && infos[i + 1] != null && !infos[i + 1].frames().isEmpty()
        && sentences.get(i + 1).field().equals(s.field())
        && sentences.get(i + 1).paragraph() == s.paragraph()
        && ELABORATIONS.contains(infos[i + 1].tokens().get(0).lower())) {
      Frame next = infos[i + 1].frames().get(0);
      return infos[i + 1].quoted()[next.anchor] ? null : next;
    }
    return null;
  }
}
