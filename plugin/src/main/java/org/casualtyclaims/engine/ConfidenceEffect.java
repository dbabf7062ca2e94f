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
  /**
   * Another party disputes the figure ("a toll the military disputed", "The army denied the
   * claim."): low, as a weak cue; like a disclaimer it may speak of the sentence before.
   */
  DISPUTED,
  /**
   * A verb of dispute on its own ("denied", "dismisses"): it disputes the figures only as the verb
   * of an appositive of them ("..., a figure officials denied"), then as {@link #DISPUTED}.
   */
  DISPUTING,
  /**
   * A second source, named and on the record, confirms the figure in an appositive of it ("...,
   * killing 14, a police official said, a toll later confirmed by the health minister"): the
   * figure counts at least as a named official's, whoever first gave it.
   */
  CORROBORATED,
  /** The figure was corrected, revised or counted twice: low. */
  CORRECTION
}
