package org.casualtyclaims.engine;

/** A half-open range of token indices, [from, to). */
record Span(int from, int to) {
  static final Span EMPTY = new Span(0, 0);

  boolean isEmpty() {
    return from >= to;
  }

  int length() {
    return Math.max(0, to - from);
  }
}
