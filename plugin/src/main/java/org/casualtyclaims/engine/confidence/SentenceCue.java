package org.casualtyclaims.engine.confidence;

import org.casualtyclaims.engine.ConfidenceEffect;

/**
 * A hedging, weakening or verification phrase and the reason it gives; {@code speakerDoubts}
 * when it is the speaker's own doubt of what was reported ("police said they could not confirm
 * the abductions"), which disclaims the figures just given even in a sentence that names a
 * source of its own (confidence-cues.tsv's reach {@code speaker}).
 */
public record SentenceCue(ConfidenceEffect effect, String reason, boolean speakerDoubts) {
  /** A cue that is not a speaker's own doubt. */
  public SentenceCue(ConfidenceEffect effect, String reason) {
    this(effect, reason, false);
  }
}
