package org.casualtyclaims.engine;

/** What a cue does to the confidence of the figures it governs. */
public enum ConfidenceEffect {
  /** No change. */
  PLAIN,
  /** The source confirms the figure. */
  CONFIRM,
  /** Estimation or hedging: at most medium. */
  HEDGE,
  /** Claimed, alleged, reported second-hand: low. */
  WEAK,
  /** The text says the figure could not be verified: low. */
  UNVERIFIED,
  /** The figure was corrected, revised or counted twice: low. */
  CORRECTION
}
