package org.casualtyclaims.engine.figures;

import org.casualtyclaims.engine.Qualifier;

/**
 * A number read from a sentence, with its qualifier. Token indices are inclusive at both ends;
 * {@code qualifierStart} is the first token of a leading qualifier ("at least") or {@code first}.
 */
public final class Figure {
  public final int qualifierStart;
  public final int first;
  public final int last;
  public final long count;
  public final Long countMax;
  public final Qualifier qualifier;
  public final boolean vague;
  /** The qualifier's words as written ("more than"), or null for an exact figure. */
  final String qualifierPhrase;

  Figure(
      int qualifierStart,
      int first,
      int last,
      long count,
      Long countMax,
      Qualifier qualifier,
      boolean vague,
      String qualifierPhrase) {
    this.qualifierStart = qualifierStart;
    this.first = first;
    this.last = last;
    this.count = count;
    this.countMax = countMax;
    this.qualifier = qualifier;
    this.vague = vague;
    this.qualifierPhrase = qualifierPhrase;
  }
}
