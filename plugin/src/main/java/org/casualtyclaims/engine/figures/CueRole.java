package org.casualtyclaims.engine.figures;

/** How a category word ties itself to a figure; see {@code claims/categories.tsv}. */
public enum CueRole {
  /** After the figure, across its noun phrase and auxiliaries: "11 civilians were killed". */
  AFTER,
  /** Right after the figure as a noun or adjective: "24 dead", "4,000 casualties". */
  NOUN,
  /** An active verb before the figure: "killing 12", "the strike killed 11". */
  BEFORE,
  /** Heads a tally whose figure follows: "the death toll rose to 24". */
  TALLY,
  /** Before "of" and the figure: "the deaths of 12", "the kidnapping of seven students". */
  OF,
  /** Only after an auxiliary: "12 were treated in hospital", never "12 hospital workers". */
  PASSIVE,
  /** Counts only people: the figure's noun phrase must name people ("seized two soldiers"). */
  PERSON,
  /**
   * A word of medical care, not of injury ("treated", "hospitalised"): in a document about a
   * disease it counts no one injured.
   */
  CARE
}
