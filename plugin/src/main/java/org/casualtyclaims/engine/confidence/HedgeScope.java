package org.casualtyclaims.engine.confidence;

import java.util.List;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.figures.CategoryCue;
import org.casualtyclaims.engine.figures.Figure;
import org.casualtyclaims.engine.text.PhraseTable;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * How far a hedge of a sentence ("reportedly", "feared") reaches: a hedge that comes after a
 * figure bears on it only within the figure's own clause. "39 were killed when two missiles
 * reportedly struck" hedges the strike, not the toll; "73 were killed and dozens more were feared
 * dead" hedges the dozens, not the 73. Verification cues ("could not be verified") and
 * corrections speak of the whole sentence and are not scoped here.
 */
public final class HedgeScope {
  private final PhraseTable<SentenceCue> cues;

  public HedgeScope(PhraseTable<SentenceCue> cues) {
    this.cues = cues;
  }

  /** Whether {@code cue} of the sentence {@code tokens} bears on the figure of {@code m}. */
  public boolean reaches(SentenceCue cue, Mention m, List<Token> tokens, List<Mention> mentions) {
    ConfidenceEffect effect = cue.effect();
    boolean disputed = effect == ConfidenceEffect.DISPUTED;
    if (effect != ConfidenceEffect.DISPUTING && effect != ConfidenceEffect.CORROBORATED
        && effect != ConfidenceEffect.UNVERIFIED && effect != ConfidenceEffect.HEDGE
        && effect != ConfidenceEffect.WEAK && !disputed) {
      return true; // a cue without a reach of its own speaks for its whole sentence
    }
    int cueAt = position(cue, tokens); // a phrase look-up over the sentence: once
    if (effect == ConfidenceEffect.DISPUTING) {
      // "killed 30, a figure which officials denied"; "denied involvement" disputes no figure
      return cueAt > m.figure().last && appositiveOfTheFigures(tokens, m.figure().last + 1, cueAt);
    }
    if (effect == ConfidenceEffect.CORROBORATED) {
      // ", a toll later confirmed by the health minister": not "by a hospital official"
      return cueAt > m.figure().last && appositiveOfTheFigures(tokens, m.figure().last + 1, cueAt)
          && namedAfter(cue, tokens, cueAt);
    }
    if (effect == ConfidenceEffect.UNVERIFIED) {
      // a disclaimer speaks for its whole sentence, but "could not confirm the figure, but said
      // eight were wounded" speaks of the figure before ({@link Disclaimers#readBeforeBut})
      return cueAt > m.figure().qualifierStart
          || !statementEndsBetween(tokens, cueAt, m.figure().qualifierStart);
    }
    if (disputed && (cue.reach() == SentenceCue.Reach.OTHERS || ownedByAnother(tokens, cueAt))) {
      return false; // "dismissed the monitor's toll as exaggerated": not the sentence's own
    }
    Figure figure = m.figure();
    if (fearsAnotherFate(m, tokens, cueAt)) {
      return false;
    }
    if (cueAt < figure.qualifierStart
        && statementEndsBetween(tokens, cueAt, figure.qualifierStart)) {
      return false; // "did not confirm a death toll but said 58 were missing"
    }
    if (disputed) {
      return true; // "..., a toll the military disputed", "..., Israel disputes figure"
    }
    if (!anyBreakAfter(figure, m, tokens, mentions)) {
      return true; // nothing after the figure could take the hedge from it
    }
    if (cueAt <= figure.last || speaksOfTheFigures(tokens, figure.last + 1, cueAt)
        || appositiveOfTheFigures(tokens, figure.last + 1, cueAt)) {
      return true;
    }
    // "killed 42 when fighters attacked, the mission said, citing preliminary findings": a hedge
    // in what the speaker cites (or "according to") qualifies the statement, across the clauses
    // it reports
    int from = afterCiting(tokens, figure.last + 1, cueAt);
    for (int k = from; k < cueAt; k++) {
      Token t = tokens.get(k);
      if (t.info.has(WordInfo.CLAUSE_BREAK) && !t.is("or") && !t.is("nor") && !t.is("than")) {
        return false; // "... when two missiles reportedly struck"
      }
      if (k > from && opensClauseAfterFigure(tokens, k)) {
        return false; // "the toll stood at 27 and that more might have died", ", adding that"
      }
    }
    if (from > figure.last + 1) {
      return true; // "killing 25 and wounding 63, the ministry said, citing a preliminary toll"
    }
    for (Mention other : mentions) {
      int first = other.figure().qualifierStart;
      if (other != m && first > figure.last && first < cueAt) {
        return false; // "... and dozens more were feared dead"
      }
    }
    return true;
  }

  /**
   * "61 are missing and feared drowned": the hedge joined by "and" to the figure's own category
   * word, or said of the missing before a word of death ("who remain missing are believed to be
   * dead"), fears a further fate, which is not what the figure counts; the missing stay missing
   * on the source's word.
   */
  private static boolean fearsAnotherFate(Mention m, List<Token> tokens, int at) {
    if (m.category() != Category.MISSING || at < 2 || at >= tokens.size()
        || at <= m.figure().last) {
      return false;
    }
    if (tokens.get(at - 1).is("and")) {
      CategoryCue before = tokens.get(at - 2).info.cue;
      return before != null && before.category() == Category.MISSING;
    }
    // "the eight people who remain missing are believed to be dead": the hedge fears their death
    boolean missingBefore = false;
    for (int k = m.figure().last + 1; k < at; k++) {
      CategoryCue c = tokens.get(k).info.cue;
      missingBefore |= c != null && c.category() == Category.MISSING;
    }
    for (int k = at + 1; missingBefore && k < Math.min(tokens.size(), at + MAX_FATE_AFTER); k++) {
      CategoryCue c = tokens.get(k).info.cue;
      if (c != null && c.category() == Category.KILLED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words after the cue at {@code at} name whom they speak of: "the health minister",
   * "Qasim Shah", not "a hospital official" or "officials".
   */
  private boolean namedAfter(SentenceCue cue, List<Token> tokens, int at) {
    PhraseTable.Match<SentenceCue> match = cues.matchAt(tokens, at);
    int next = at + match.length();
    return next < tokens.size() && (tokens.get(next).is("the") || tokens.get(next).isCapitalized());
  }

  /** Words that may stand between a possessive and the toll disputed: "the monitor's civilian". */
  private static final int MAX_OWNER_TO_TOLL = 3;

  /**
   * Whether the disputed toll at {@code at} is another party's, named by a possessive just before
   * it ("dismissed the monitor's civilian toll as exaggerated"): the dispute speaks of figures
   * given before, not of the sentence's own.
   */
  static boolean ownedByAnother(List<Token> tokens, int at) {
    for (int k = at - 1; k >= 0 && k >= at - MAX_OWNER_TO_TOLL; k--) {
      if (tokens.get(k).is("'s")) {
        return true;
      }
    }
    return false;
  }

  /** How far after a verb of dispute the possessive of the tally it disputes may stand. */
  private static final int MAX_VERB_TO_OWNER = 3;

  /**
   * Whether the verb of dispute at {@code at} ("rejected", "disputed") has another party's
   * figures as its object, named by a possessive ("rejected the army's figure", "denied the
   * group's claims", "disputed the ministry's civilian toll"): the dispute speaks of figures
   * given before.
   */
  static boolean disputesAnothersTally(List<Token> tokens, int at) {
    for (int k = at + 1; k < tokens.size() && k <= at + MAX_VERB_TO_OWNER; k++) {
      if (!tokens.get(k).is("'s")) {
        continue;
      }
      for (int j = k + 1; j < tokens.size() && j <= k + MAX_OWNER_TO_TOLL; j++) {
        if (tokens.get(j).info.has(WordInfo.TALLY_NOUN)
            || Disclaimers.THINGS.contains(tokens.get(j).lower())) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** How far after a hedge the fate it fears may stand: "are believed to be dead". */
  private static final int MAX_FATE_AFTER = 6;

  /**
   * The word after the last "citing" or "according to" in {@code [from, to)}, else {@code from}:
   * "killing 24 and injuring 28, according to preliminary figures from the ministry".
   */
  private static int afterCiting(List<Token> tokens, int from, int to) {
    int start = from;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is("citing")) {
        start = k + 1;
      } else if (tokens.get(k).is("according") && k + 1 < to && tokens.get(k + 1).is("to")) {
        start = k + 2;
      }
    }
    return start;
  }

  /**
   * Whether a new statement opens in {@code (from, to)} ({@link #opensStatement}: "alleged that
   * dozens had died and said it had identified nine", "'No one else is believed to be trapped,'
   * he said, adding that nine were hurt"). A hedge before it is said of the
   * statement before; "the ministry reportedly said" keeps its hedge.
   */
  private static boolean newStatementBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 2; k < to; k++) {
      if (opensStatement(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the statement of a cue at {@code from} ends before {@code to}: a "but" or a new one. */
  static boolean statementEndsBetween(List<Token> tokens, int from, int to) {
    return butBetween(tokens, from, to) || newStatementBetween(tokens, from, to);
  }

  /** Whether "but" stands in {@code (from, to)}: a hedge before it speaks of another clause. */
  private static boolean butBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).is("but")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "killed 31 and wounded 70, the network said, a toll the authorities did not confirm": an
   * appositive that opens with "a" and a tally noun (or "a claim") after a comma, with the hedge
   * in its clause, speaks of every figure before it.
   */
  private static boolean appositiveOfTheFigures(List<Token> tokens, int from, int at) {
    for (int k = at - 1; k > from; k--) {
      Token t = tokens.get(k);
      if (t.is("-") && !t.spaceBefore) {
        continue; // "army-backed"
      }
      if (t.isPunct()) {
        return t.is(",") && k + 2 < at && tokens.get(k + 1).is("a")
            && (tokens.get(k + 2).info.has(WordInfo.TALLY_NOUN) || tokens.get(k + 2).is("claim"));
      }
    }
    return false;
  }

  /** How many words may stand between "the figures" and the hedge said of them. */
  private static final int MAX_FIGURES_TO_HEDGE = 3;

  /**
   * "..., adding that the figures were preliminary", "said the figure was likely to change": a
   * hedge whose subject points back at the sentence's figures ("the", "these" or "those" before a
   * tally noun or a record) bears on each of them, across clauses and other figures.
   */
  private static boolean speaksOfTheFigures(List<Token> tokens, int from, int at) {
    for (int k = Math.max(from + 1, at - MAX_FIGURES_TO_HEDGE - 1); k < at; k++) {
      Token t = tokens.get(k);
      boolean tally = t.info.has(WordInfo.TALLY_NOUN)
          || (t.info.head != null && t.info.head.kind() == SourceHead.Kind.RECORD);
      Token before = tokens.get(k - 1);
      if (tally && (before.is("the") || before.is("these") || before.is("those"))) {
        for (int j = k + 1; j < at; j++) {
          if (tokens.get(j).isPunct() || tokens.get(j).isNumber()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether a clause break or another figure follows the figure: only then can a hedge miss it. */
  private static boolean anyBreakAfter(
      Figure figure, Mention m, List<Token> tokens, List<Mention> mentions) {
    for (Mention other : mentions) {
      if (other != m && other.figure().qualifierStart > figure.last) {
        return true;
      }
    }
    for (int k = figure.last + 1; k < tokens.size(); k++) {
      if (tokens.get(k).info.has(WordInfo.CLAUSE_BREAK)
          || (k > figure.last + 1 && opensClauseAfterFigure(tokens, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} (not the first), after a figure, opens a clause a hedge of which
   * is not said of the figure: a new statement or a relative clause set off by a comma; ",
   * according to preliminary figures" still speaks of the figure's own statement.
   */
  private static boolean opensClauseAfterFigure(List<Token> tokens, int k) {
    return (opensStatement(tokens, k) && !tokens.get(k).is("according"))
        || opensRelative(tokens, k);
  }

  /**
   * Whether the word at {@code k} (not the first) opens a relative clause set off by a comma
   * (", which it blamed on militants allegedly backed by ..."): a hedge there is said of what the
   * clause describes, not of a figure before it.
   */
  private static boolean opensRelative(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return (t.is("which") || t.is("who")) && tokens.get(k - 1).is(",");
  }

  /**
   * Whether the word at {@code k} (not the first) opens a statement of its own: "and that", or
   * a speech verb after "and" or a comma (", adding that", "and said", ", according to").
   */
  private static boolean opensStatement(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    Token before = tokens.get(k - 1);
    return (t.is("that") && before.is("and"))
        || (t.info.has(WordInfo.SPEECH_LIKE) && (before.is("and") || before.is(",")));
  }

  /** How far after a one-word doubt ("purported") the speaker it doubts must be named. */
  private static final int MAX_DOUBT_TO_SPEAKER = 3;

  /**
   * Whether a doubt of a speaker ({@link SentenceCue.Reach#DOUBTED_SPEAKER}: "A purported
   * spokesman, Qari Nasir, said ...") doubts the speaker of {@code speaker}: the first
   * attribution of the sentence after the cue's words is his. A doubt of one word names a
   * speaker (a role or people head) within {@value #MAX_DOUBT_TO_SPEAKER} words: "a purported
   * Taliban spokesman", not "a purported video".
   */
  public boolean doubts(SentenceCue cue, List<Token> tokens, Frame speaker, List<Frame> frames) {
    int at = position(cue, tokens);
    if (at >= tokens.size() || speaker.anchor <= at) {
      return false;
    }
    int after = at + cues.matchAt(tokens, at).length();
    if (after == at + 1 && !speakerAfter(tokens, after)) {
      return false;
    }
    for (Frame f : frames) {
      if (f != speaker && f.anchor >= after && f.anchor < speaker.anchor) {
        return false; // another speaker stands between: "..., and police said 6 were killed"
      }
    }
    return speaker.anchor >= after;
  }

  private static boolean speakerAfter(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + MAX_DOUBT_TO_SPEAKER; k++) {
      SourceHead head = tokens.get(k).info.head;
      if (head != null
          && (head.kind() == SourceHead.Kind.ROLE || head.kind() == SourceHead.Kind.PEOPLE)) {
        return true;
      }
    }
    return false;
  }

  /** Where the cue first stands in the sentence; the sentence's end when it is not found. */
  public int position(SentenceCue cue, List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (!tokens.get(k).info.has(WordInfo.CUE_PHRASE_START)) {
        continue;
      }
      PhraseTable.Match<SentenceCue> match = cues.matchAt(tokens, k);
      if (match != null && match.value().equals(cue)) {
        return k;
      }
    }
    return tokens.size();
  }
}
