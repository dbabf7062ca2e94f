package org.casualtyclaims.engine.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The tokens of one span of text, in order, as the {@link Tokenizer} reads them, with the union of
 * their word-table flags: whether a sentence holds a category word, a speech verb or a number is
 * one test of a long instead of a walk over its tokens. Read-only once tokenised.
 */
public final class Tokens extends AbstractList<Token> implements RandomAccess {
  private Token[] tokens;
  private int size;
  private long flags;
  private boolean anyNumber;

  Tokens(int capacity) {
    this.tokens = new Token[Math.max(4, capacity)];
  }

  void append(Token t) {
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, size + (size >> 1));
    }
    tokens[size++] = t;
    flags |= t.info.flags;
    anyNumber |= t.isNumber();
  }

  @Override
  public Token get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return tokens[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** Whether some token's {@link WordInfo} carries one of {@code flag}'s bits. */
  public boolean any(long flag) {
    return (flags & flag) != 0;
  }

  /** Whether some token is a number written in digits. */
  public boolean anyNumber() {
    return anyNumber;
  }
}
