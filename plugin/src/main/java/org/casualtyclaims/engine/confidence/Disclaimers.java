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
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.RawClaim;
import org.casualtyclaims.engine.text.Token;

/**
 * Sentences such as "The claim could not be independently verified" make earlier figures low:
 * those of a source the sentence names; else, when it speaks of several claims ("the claims made
 * by either side"), every figure so far; of two ("neither figure"), those of the last two sources
 * that gave any; else the figures of the last sentence that gave any, when it speaks of one claim
 * or follows closely.
 *
 * <p>Each disclaimer is noted in constant time per word and applied once, when the claims are
 * merged, so a document of many claims and many disclaimers stays linear.
 */
public final class Disclaimers {
  private static final Set<String> THINGS =
      Set.of("claims", "claim", "figures", "figure", "toll", "tolls", "report", "reports",
          "account", "accounts", "casualties", "numbers", "tally", "tallies");

  /** A disclaimer that applies to figures read before {@code sentence}. */
  private record Event(int sentence, SentenceCue cue) {}

  /** Words of the sources met so far, to the source keys that hold them. */
  private final Map<String, Set<String>> sourcesByWord = new HashMap<>();
  private final Set<String> indexedSources = new HashSet<>();
  /** Claims with a source whose words {@link #sourcesByWord} does not hold yet. */
  private final List<RawClaim> unindexed = new ArrayList<>();
  private final Map<String, Event> bySource = new HashMap<>();
  private final Map<Integer, SentenceCue> bySentence = new HashMap<>();
  private Event all;
  private int lastClaimSentence = -1;
  /** The keys of the last person and the last body that gave a figure: "his", "its" statement. */
  private String lastPerson;
  private String lastBody;
  /** The keys of the last two sources that gave a figure, newest first: "neither account". */
  private final String[] lastTwo = new String[2];

  /** Notes a claim read so far, so that a later disclaimer can name its source. */
  public void claimRead(RawClaim raw) {
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
    }
  }

  /** Indexes the sources of the claims read so far: only a disclaimer asks for them. */
  private void indexSources() {
    for (RawClaim raw : unindexed) {
      if (!indexedSources.add(raw.sourceKey())) {
        continue;
      }
      for (String word : Names.words(raw.sourceKey())) {
        if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
          sourcesByWord.computeIfAbsent(word, w -> new HashSet<>()).add(raw.sourceKey());
        }
      }
    }
    unindexed.clear();
  }

  /** Reads a sentence that gave no figure for a disclaimer. */
  public void read(List<Token> tokens, List<Frame> frames, List<SentenceCue> cues, int sentence) {
    SentenceCue disclaimer = null;
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.UNVERIFIED) {
        disclaimer = cue;
      }
    }
    if (disclaimer == null || lastClaimSentence < 0) {
      return;
    }
    indexSources();
    boolean one = false;
    boolean every = false;
    boolean pair = false;
    Set<String> named = new HashSet<>();
    for (Token t : tokens) {
      String w = t.lower();
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
        bySource.put(source, new Event(sentence, disclaimer));
      }
      return;
    }
    for (Frame f : frames) {
      if (f.source != null && f.source.named() && !f.source.isBare() && !unconfirmedBy(tokens)) {
        return; // it names a source that gave no figure: nothing of ours is disclaimed
      }
    }
    if (every || (pair && lastTwo[1] == null)) {
      all = new Event(sentence, disclaimer);
    } else if (pair) {
      // "Neither figure could be verified": the two accounts just set against each other
      for (String source : lastTwo) {
        bySource.put(source, new Event(sentence, disclaimer));
      }
    } else if (one || sentence - lastClaimSentence <= 2) {
      // "The claim could not be verified", "It did not cite a source": the figures just given
      bySentence.put(lastClaimSentence, disclaimer);
    }
  }

  /**
   * "Police said they could not confirm the abductions": a speaker that says it could not confirm
   * what was reported disclaims the figures just given, whoever gave them.
   */
  private static boolean unconfirmedBy(List<Token> tokens) {
    for (int k = 0; k + 2 < tokens.size(); k++) {
      if ((tokens.get(k).is("could") || tokens.get(k).is("cannot")
          || tokens.get(k).is("can't")) && tokens.get(k + 1).is("not")
          && tokens.get(k + 2).is("confirm")) {
        return true;
      }
      if (tokens.get(k).is("could") && tokens.get(k + 1).is("not")
          && tokens.get(k + 2).is("immediately") && k + 3 < tokens.size()
          && tokens.get(k + 3).is("confirm")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source a possessive points back to, "his statement", "her figures", "its claim": the last
   * person, or body, that gave a figure. Null when the sentence has no such possessive.
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
    }
    return null;
  }

  /** Adds to each claim the disclaimers that came after it. */
  public void apply(List<RawClaim> raws) {
    for (RawClaim raw : raws) {
      if (all != null && raw.sentence < all.sentence) {
        raw.cues.add(all.cue);
      }
      Event e = bySource.get(raw.sourceKey());
      if (e != null && raw.sentence < e.sentence) {
        raw.cues.add(e.cue);
      }
      SentenceCue cue = bySentence.get(raw.sentence);
      if (cue != null) {
        raw.cues.add(cue);
      }
    }
  }
}
