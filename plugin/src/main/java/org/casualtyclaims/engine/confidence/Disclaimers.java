package org.casualtyclaims.engine.confidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.Mention;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.RawClaim;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Token;

/**
 * Sentences such as "The claim could not be independently verified" make earlier figures low:
 * those of a source the sentence names; else, when it speaks of several claims ("the tolls"),
 * every figure of the passage just before it (figures before an aside of {@value #PASSAGE_GAP}
 * or more figure-less sentences are another passage), or of either side ("the claims made by
 * either side"), every figure so far; of two ("neither figure"), those of the last two sources
 * that gave any; else the figures of the last sentence that gave any, when it speaks of one claim
 * or follows closely. "The battlefield claims" speak only of fighters, not of civilians. A
 * sentence that disputes the figures ("The army denied the claim.") or calls them provisional
 * ("stressed the figures were provisional") speaks of the sentence of figures just before it.
 *
 * <p>Each disclaimer is noted in constant time per word and applied once, when the claims are
 * merged, so a document of many claims and many disclaimers stays linear.
 */
public final class Disclaimers {
  /** The figures a disclaimer or a dispute speaks of: "the claims", "its toll". */
  static final Set<String> THINGS =
      Set.of("claims", "claim", "figures", "figure", "toll", "tolls", "report", "reports",
          "account", "accounts", "casualties", "numbers", "tally", "tallies");

  /** Words that point back at figures already given: "the figures", "its toll". */
  private static final Set<String> POINTING =
      Set.of("the", "these", "those", "its", "their", "his", "her");

  /**
   * A disclaimer that applies to figures read before {@code sentence}; only to figures of
   * the sides' fighters when {@code battlefield}.
   */
  private record Event(int sentence, SentenceCue cue, boolean battlefield) {}

  /** A disclaimer of every figure read in sentences {@code [from, event.sentence)}. */
  private record Span(int from, Event event) {}

  /**
   * Figure-less sentences in a row that end a passage of figures: "AFP could not confirm the
   * tolls" speaks of the passage just before, not of figures given before an aside.
   */
  private static final int PASSAGE_GAP = 3;

  /** Words of the sources met so far, to the source keys that hold them. */
  private final Map<String, Set<String>> sourcesByWord = new HashMap<>();
  private final Set<String> indexedSources = new HashSet<>();
  /** Claims with a source whose words {@link #sourcesByWord} does not hold yet. */
  private final List<RawClaim> unindexed = new ArrayList<>();
  private final Map<String, Event> bySource = new HashMap<>();
  /** Disclaimers of the figures of one sentence, by that sentence. */
  private final Map<Integer, Event> bySentence = new HashMap<>();
  private final HedgeScope scope;
  private final Set<String> civilianWords;
  /** Disclaimers of every figure of a stretch of sentences ("the claims of either side"). */
  private final List<Span> spans = new ArrayList<>(1);
  /** The first sentence of the current passage of figures. */
  private int passageStart;
  private int lastClaimSentence = -1;
  /** The last sentence with a figure that is not a count given earlier ("had put the toll at"). */
  private int lastCurrentSentence = -1;
  /** The keys of the last person and the last body that gave a figure: "his", "its" statement. */
  private String lastPerson;
  private String lastBody;
  /** The key of the last armed group that gave a figure: "the group's claim". */
  private String lastGroup;
  /** The keys of the last two sources that gave a figure, newest first: "neither account". */
  private final String[] lastTwo = new String[2];

  /**
   * @param scope finds where a cue stands in its sentence
   * @param civilianWords the words for civilians ("people", "residents"), lower case
   */
  public Disclaimers(HedgeScope scope, Set<String> civilianWords) {
    this.scope = scope;
    this.civilianWords = civilianWords;
  }

  /** Notes a claim read so far, so that a later disclaimer can name its source. */
  public void claimRead(RawClaim raw) {
    if (lastClaimSentence < 0 || raw.sentence - lastClaimSentence > PASSAGE_GAP) {
      passageStart = raw.sentence;
    }
    lastClaimSentence = raw.sentence;
    if (raw.source != null) {
      if (!raw.sourceKey().equals(lastTwo[0])) {
        lastTwo[1] = lastTwo[0];
        lastTwo[0] = raw.sourceKey();
      }
      if (!raw.fromHeadline()) {
        unindexed.add(raw); // a disclaimer that names a body speaks of the body's own figures
      }
      if (raw.source.person()) {
        lastPerson = raw.sourceKey();
      } else {
        lastBody = raw.sourceKey();
      }
      if (raw.source.type() == SourceType.GROUP) {
        lastGroup = raw.sourceKey();
      }
    }
  }

  /**
   * Notes a sentence of figures once its claims are read: unless each of them is a count given
   * earlier ("The agency had put the toll at 15"), "the toll was provisional" speaks of it.
   */
  public void figuresRead(List<Token> tokens, List<Mention> mentions, int sentence) {
    for (Mention m : mentions) {
      if (!CorrectedEarlier.givenEarlier(tokens, m.figure())) {
        lastCurrentSentence = sentence;
        return;
      }
    }
  }

  /** Indexes the sources of the claims read so far: only a disclaimer asks for them. */
  private void indexSources() {
    for (RawClaim raw : unindexed) {
      if (!indexedSources.add(raw.sourceKey())) {
        continue;
      }
      for (String word : Names.words(raw.sourceKey())) {
        indexWord(word, raw.sourceKey());
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
          indexWord(word.substring(0, hyphen), raw.sourceKey()); // "Hamas-run authorities"
        }
      }
    }
    unindexed.clear();
  }

  private void indexWord(String word, String sourceKey) {
    if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
      sourcesByWord.computeIfAbsent(word, w -> new HashSet<>()).add(sourceKey);
    }
  }

  /** Reads a sentence that gave no figure for a disclaimer. */
  public void read(List<Token> tokens, List<Frame> frames, List<SentenceCue> cues, int sentence) {
    SentenceCue disclaimer = null;
    SentenceCue hedge = null;
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.UNVERIFIED || cue.effect() == ConfidenceEffect.DISPUTED) {
        disclaimer = cue;
      } else if (cue.effect() == ConfidenceEffect.HEDGE) {
        hedge = cue;
      }
    }
    if (lastClaimSentence < 0) {
      return;
    }
    if (disclaimer == null) {
      String figures = hedge == null ? null : figuresPointedAt(tokens);
      if (figures != null && sentence - lastClaimSentence <= 2) {
        // "..., but stressed the figures were still provisional": the figures of the passage
        // just given; "the toll was provisional": those of the sentence just before
        if (figures.endsWith("s")) {
          spans.add(new Span(passageStart, new Event(sentence, hedge, false)));
        } else {
          // of the current toll, not of an earlier count given after it
          int of = lastCurrentSentence >= passageStart ? lastCurrentSentence : lastClaimSentence;
          bySentence.put(of, new Event(sentence, hedge, false));
        }
      }
      return;
    }
    if (disclaimer.effect() == ConfidenceEffect.DISPUTED) {
      // "The army denied the claim.", "The rebels said the claim was false": whoever it names
      // disputes the figures just given; not so "The statement said ... - but he rejected the
      // claim", which disputes the report of its own first clause
      int at = scope.position(disclaimer, tokens);
      boolean reportsItsOwn = false;
      for (Frame f : frames) {
        for (int k = f.anchor + 1; k < at && !reportsItsOwn; k++) {
          reportsItsOwn = tokens.get(k).is("but");
        }
      }
      if (!reportsItsOwn && sentence - lastClaimSentence <= 2) {
        bySentence.put(lastClaimSentence, new Event(sentence, disclaimer, false));
      }
      return;
    }
    indexSources();
    boolean one = false;
    boolean every = false;
    boolean pair = false;
    boolean battlefield = false;
    Set<String> named = new HashSet<>();
    for (Token t : tokens) {
      String w = t.lower();
      battlefield |= w.equals("battlefield");
      if (THINGS.contains(w)) {
        one |= !w.endsWith("s") || w.equals("casualties");
        every |= w.endsWith("s") && !w.equals("casualties");
      }
      pair |= w.equals("either") || w.equals("neither") || w.equals("both");
      named.addAll(sourcesByWord.getOrDefault(w.toLowerCase(Locale.ROOT), Set.of()));
    }
    String owner = possessiveOwner(tokens);
    if (owner != null) {
      named.add(owner); // "His statement could not be independently verified"
    }
    if (!named.isEmpty()) {
      for (String source : named) {
        bySource.put(source, new Event(sentence, disclaimer, battlefield));
      }
      return;
    }
    for (Frame f : frames) {
      if (f.source != null && f.source.named() && !f.source.isBare() && !speakerDoubts(cues)) {
        return; // it names a source that gave no figure: nothing of ours is disclaimed
      }
    }
    if (every || (pair && lastTwo[1] == null)) {
      // "the claims of either side": every figure so far; "the tolls": those of this passage
      int from = pair ? 0 : passageStart;
      spans.add(new Span(from, new Event(sentence, disclaimer, battlefield)));
    } else if (pair) {
      // "Neither figure could be verified": the two accounts just set against each other
      for (String source : lastTwo) {
        bySource.put(source, new Event(sentence, disclaimer, battlefield));
      }
    } else if (one || sentence - lastClaimSentence <= 2) {
      // "The claim could not be verified", "It did not cite a source": the figures just given
      bySentence.put(lastClaimSentence, new Event(sentence, disclaimer, battlefield));
    }
  }

  /**
   * "Police said they could not confirm the abductions": a speaker that says it could not confirm
   * what was reported disclaims the figures just given, whoever gave them.
   */
  private static boolean speakerDoubts(List<SentenceCue> cues) {
    for (SentenceCue cue : cues) {
      if (cue.speakerDoubts()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a hedge of a sentence with figures that points back at "the figures" ("..., adding
   * that the figures could change"): it speaks of the figures of the passage before the sentence
   * too ({@link HedgeScope} decides for the sentence's own). Call before the sentence's claims are
   * read.
   */
  public void readFiguresHedge(List<Token> tokens, List<SentenceCue> cues, int sentence) {
    if (cues.isEmpty() || lastClaimSentence < 0 || sentence - lastClaimSentence > 2) {
      return;
    }
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.HEDGE) {
        String figures = figuresPointedAt(tokens);
        if (figures != null && figures.endsWith("s")) {
          spans.add(new Span(passageStart, new Event(sentence, cue, false)));
        }
        return;
      }
    }
  }

  /**
   * Reads the disclaimers and disputes of a sentence with figures that end their statement before
   * all of them, at a "but" or a new statement: "He said he could not confirm the figure, but
   * said eight soldiers were wounded", "The group disputed the police account, saying nine had
   * died" speak of the figures before, not of their own. Call before the sentence's claims are
   * read.
   */
  public void readBeforeBut(List<Token> tokens, List<Frame> frames, List<SentenceCue> cues,
      List<Mention> mentions, int sentence) {
    if (cues.isEmpty()) {
      return;
    }
    int firstFigure = tokens.size();
    for (Mention m : mentions) {
      firstFigure = Math.min(firstFigure, m.figure().qualifierStart);
    }
    for (SentenceCue cue : cues) {
      boolean disputing = cue.effect() == ConfidenceEffect.DISPUTING;
      if (cue.effect() != ConfidenceEffect.UNVERIFIED
          && cue.effect() != ConfidenceEffect.DISPUTED && !disputing) {
        continue;
      }
      int at = scope.position(cue, tokens);
      // "rejected the army's figure, saying only 9 of its fighters had died"
      boolean ofAnother = disputing ? HedgeScope.disputesAnothersTally(tokens, at)
          : cue.effect() == ConfidenceEffect.DISPUTED && (cue.reach() == SentenceCue.Reach.OTHERS
              || HedgeScope.ownedByAnother(tokens, at));
      if (disputing && !ofAnother) {
        continue;
      }
      if (ofAnother && lastClaimSentence >= 0 && sentence - lastClaimSentence <= 2) {
        // "..., which put its own dead at 231, dismissed the monitor's toll as exaggerated"
        bySentence.put(lastClaimSentence, new Event(sentence, cue, false));
        return;
      }
      if (at < firstFigure && HedgeScope.statementEndsBetween(tokens, at, firstFigure)) {
        read(tokens, frames, List.of(cue), sentence);
        return;
      }
    }
  }

  /**
   * The word for figures the sentence points back at with "the", "these", "those" or a
   * possessive ("stressed the figures were still provisional"), or null.
   */
  private static String figuresPointedAt(List<Token> tokens) {
    for (int k = 1; k < tokens.size(); k++) {
      String w = tokens.get(k).lower();
      if (THINGS.contains(w) && !w.startsWith("claim") && !w.startsWith("report")
          && !w.equals("casualties") && POINTING.contains(tokens.get(k - 1).lower())) {
        return w;
      }
    }
    return null;
  }

  /**
   * The source a possessive points back to, "his statement", "her figures", "its claim": the last
   * person, or body, that gave a figure; "the group's claim" (a head of source-heads.tsv's type
   * group before "'s"): the last armed group that gave one, whose name need not hold the word.
   * Null when the sentence has no such possessive.
   */
  private String possessiveOwner(List<Token> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String next = tokens.get(k + 1).lower();
      if (!THINGS.contains(next) && !next.equals("statement") && !next.equals("statements")) {
        continue;
      }
      if (tokens.get(k).is("his") || tokens.get(k).is("her")) {
        return lastPerson;
      }
      if (tokens.get(k).is("its")) {
        return lastBody;
      }
      if (tokens.get(k).is("'s") && k > 0 && tokens.get(k - 1).info.head != null
          && tokens.get(k - 1).info.head.type() == SourceType.GROUP) {
        return lastGroup;
      }
    }
    return null;
  }

  /** Adds to each claim the disclaimers that came after it. */
  public void apply(List<RawClaim> raws) {
    for (RawClaim raw : raws) {
      for (Span span : spans) {
        if (raw.sentence >= span.from && raw.sentence < span.event.sentence
            && speaksOf(span.event, raw) && !raw.cues.contains(span.event.cue)) {
          raw.cues.add(span.event.cue);
        }
      }
      Event e = bySource.get(raw.sourceKey());
      if (e != null && raw.sentence < e.sentence && speaksOf(e, raw)) {
        raw.cues.add(e.cue);
      }
      Event s = bySentence.get(raw.sentence);
      if (s != null && speaksOf(s, raw)) {
        raw.cues.add(s.cue);
      }
    }
  }

  /**
   * Whether the disclaimer speaks of the claim: "the battlefield claims of either side" speak of
   * the sides' figures of fighters, not of the people a governor counted in the same story (a
   * figure that names no victims is taken for the governor's kind).
   */
  private boolean speaksOf(Event e, RawClaim raw) {
    if (!e.battlefield) {
      return true;
    }
    return raw.victims() != null && Names.words(raw.victims()).stream()
        .noneMatch(w -> civilianWords.contains(w.toLowerCase(Locale.ROOT)));
  }
}
