package org.casualtyclaims.engine;

/**
 * An attribution in a sentence: who speaks, through which outlet, with which verb. Token indices
 * locate it, so that each figure can take the nearest frame.
 */
public final class Frame {
  public enum Kind {
    /** "X said ...", "..., X said." */
    SAID,
    /** "said X, a spokesman" */
    INVERTED,
    /** "according to X", "citing X" */
    ACCORDING,
    /** "...: Afghan officials" at the end of a headline */
    HEADLINE
  }

  public final Kind kind;
  /** The speech verb or the word that opens the frame. */
  public final int anchor;
  public SourceRef source;
  public String via;
  /** The figure was passed on by an outlet ("according to Reuters", "quoted by TASS"). */
  public boolean relayed;
  public final ConfidenceEffect effect;
  public final String verb;

  public Frame(Kind kind, int anchor, SourceRef source, ConfidenceEffect effect, String verb) {
    this.kind = kind;
    this.anchor = anchor;
    this.source = source;
    this.effect = effect;
    this.verb = verb;
  }
}
