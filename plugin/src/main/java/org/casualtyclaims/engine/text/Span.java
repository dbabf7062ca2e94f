package org.casualtyclaims.engine.text;

/** A half-open range of token indices, [from, to). */
public record Span(int from, int to) {
  public static final Span EMPTY = new Span(0, 0);

  public boolean isEmpty() {
    return from >= to;
  }

  public int length() {
    return Math.max(0, to - from);
  }
}
