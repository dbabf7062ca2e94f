package org.casualtyclaims.engine;

/**
 * An attribution in a sentence: who speaks, through which outlet, with which verb. Token indices
 * locate it, so that each figure can take the nearest frame.
 */
final class Frame {
  enum Kind {
    /** "X said ...", "..., X said." */
    SAID,
    /** "said X, a spokesman" */
    INVERTED,
    /** "according to X", "citing X" */
    ACCORDING,
    /** "...: Afghan officials" at the end of a headline */
    HEADLINE
  }

  final Kind kind;
  /** The speech verb or the word that opens the frame. */
  final int anchor;
  SourceRef source;
  String via;
  /** The figure was passed on by an outlet ("according to Reuters", "quoted by TASS"). */
  boolean relayed;
  final ConfidenceEffect effect;
  final String verb;

  Frame(Kind kind, int anchor, SourceRef source, ConfidenceEffect effect, String verb) {
    this.kind = kind;
    this.anchor = anchor;
    this.source = source;
    this.effect = effect;
    this.verb = verb;
  }
}
