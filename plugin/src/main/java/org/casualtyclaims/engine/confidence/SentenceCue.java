package org.casualtyclaims.engine.confidence;

import org.casualtyclaims.engine.ConfidenceEffect;

/**
 * A hedging, weakening or verification phrase, the reason it gives and how far beyond its
 * sentence's figures it reaches (confidence-cues.tsv's optional fourth column).
 */
public record SentenceCue(ConfidenceEffect effect, String reason, Reach reach) {
  /** How far a cue reaches beyond the figures its own sentence gives. */
  public enum Reach {
    /** No further. */
    SENTENCE,
    /**
     * The speaker's own doubt of what was reported ("police said they could not confirm the
     * abductions"): it disclaims the figures just given even in a sentence that names a source
     * of its own. Column value {@code speaker}.
     */
    SPEAKER,
    /**
     * A doubt of the speaker himself ("a purported spokesman"): it goes with the speaker to the
     * figures he gives in later sentences ("He said four were killed"). Column value
     * {@code doubted-speaker}.
     */
    DOUBTED_SPEAKER,
    /**
     * A dispute of another party's figures, never of its own sentence's ("said 13 had died and
     * accused the company of hiding the true toll"): the figures just before. Column value
     * {@code others}.
     */
    OTHERS,
    /**
     * A revision that says no figure was wrong ("revised", "revising"): it lowers a count its own
     * sentence names as replaced ("revised the toll from 12 to 15"), never an earlier one it
     * points back at ("revised its earlier figure, saying 15 had died"). Column value
     * {@code in-sentence}.
     */
    IN_SENTENCE
  }

  /** A cue that reaches no further than its sentence. */
  public SentenceCue(ConfidenceEffect effect, String reason) {
    this(effect, reason, Reach.SENTENCE);
  }

  /** Whether this is the speaker's own doubt of what was reported. */
  public boolean speakerDoubts() {
    return reach == Reach.SPEAKER;
  }
}
