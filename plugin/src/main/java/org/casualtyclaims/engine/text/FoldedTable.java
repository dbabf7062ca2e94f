package org.casualtyclaims.engine.text;

import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A read-only map from lower-case keys, looked up by a stretch of text without cutting it out:
 * a word of ASCII letters and digits is folded to lower case as it is hashed and compared, so the
 * common look-up allocates nothing. Any other word is cut out and turned into a key by the
 * table's own {@code keyOf}, which must lower-case ASCII letters and digits and leave them
 * otherwise unchanged (as {@code toLowerCase(Locale.ROOT)} does). A table of names of several
 * words ({@link #ofNames}) also reads a single space between such letters in place.
 */
public final class FoldedTable<V> {
  /** The value of a word that is not plain ASCII letters and digits, from the word as written. */
  private final Function<String, V> otherWord;
  /** Whether a single space between letters or digits reads as itself, as in a name's key. */
  private final boolean spaced;
  private final String[] keys;
  /** Each slot's key's hash: a probe reads a key's characters only when the hashes agree. */
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  /**
   * One bit per pair of first two characters (each folded to 5 bits) that a key of two or more
   * characters opens with: most words of a sentence are turned away before they are hashed.
   */
  private final long[] openings = new long[16];
  /** Likewise for the first three characters of keys of three or more. */
  private final long[] longOpenings = new long[512];

  /**
   * @param entries the keys, each already in the form {@code keyOf} gives
   * @param keyOf the key of a word that is not plain ASCII letters and digits
   */
  public FoldedTable(Map<String, V> entries, UnaryOperator<String> keyOf) {
    this(lookUpByKey(Map.copyOf(entries), keyOf), entries, false);
  }

  private FoldedTable(Function<String, V> otherWord, Map<String, V> entries, boolean spaced) {
    this.otherWord = otherWord;
    this.spaced = spaced;
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
    this.keys = new String[size];
    this.hashes = new int[size];
    this.values = new Object[size];
    this.mask = size - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      int slot = spread(e.getKey().hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      hashes[slot] = e.getKey().hashCode();
      values[slot] = e.getValue();
      if (e.getKey().length() >= 2) {
        int bit = opening(e.getKey().charAt(0), e.getKey().charAt(1));
        openings[bit >>> 6] |= 1L << bit;
      }
      if (e.getKey().length() >= 3) {
        int bit = opening(e.getKey().charAt(0), e.getKey().charAt(1), e.getKey().charAt(2));
        longOpenings[bit >>> 6] |= 1L << bit;
      }
    }
  }

  /**
   * A table whose value for a word beyond plain ASCII letters and digits {@code otherWord} works
   * out from the word as written. A word opening with two such letters or digits has a value
   * only if a key of {@code entries} opens with them folded: for the others the table answers
   * null without asking.
   *
   * @param entries the values of plain words, under their lower-case form
   */
  public static <V> FoldedTable<V> withOtherWords(Map<String, V> entries,
      Function<String, V> otherWord) {
    return new FoldedTable<>(otherWord, entries, false);
  }

  /**
   * Like {@link #withOtherWords}, for keys of several words joined by single spaces ("new
   * york"): a stretch of words parted by single spaces is found without cutting it out, where
   * {@code otherWord} must file it under the same key.
   */
  public static <V> FoldedTable<V> ofNames(Map<String, V> entries, Function<String, V> otherWord) {
    return new FoldedTable<>(otherWord, entries, true);
  }

  /** The value of the key of {@code text[start, end)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence text, int start, int end) {
    // a word opening with two ASCII letters or digits keeps them, folded, in its key
    if (end - start >= 2 && plain(text.charAt(start)) && plain(text.charAt(start + 1))) {
      int bit = opening(text.charAt(start), text.charAt(start + 1));
      if ((openings[bit >>> 6] & (1L << bit)) == 0) {
        return null;
      }
      // and one opening with three has a key of three or more: "the" passes for "thursday"
      // above, not here
      if (end - start >= 3 && plain(text.charAt(start + 2))) {
        bit = opening(text.charAt(start), text.charAt(start + 1), text.charAt(start + 2));
        if ((longOpenings[bit >>> 6] & (1L << bit)) == 0) {
          return null;
        }
      }
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && spaced
          && i > start && i + 1 < end && text.charAt(i + 1) != ' ')) {
        return otherWord.apply(text.subSequence(start, end).toString());
      }
      hash = 31 * hash + c; // String.hashCode of the folded word
    }
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && matches(keys[slot], text, start, end)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private static <V> Function<String, V> lookUpByKey(Map<String, V> entries,
      UnaryOperator<String> keyOf) {
    return word -> entries.get(keyOf.apply(word));
  }

  private static boolean matches(String key, CharSequence text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (key.charAt(i - start) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Letters fold to the same 5 bits in either case; digits share them with some letters. */
  private static int opening(char first, char second) {
    return (first & 31) << 5 | (second & 31);
  }

  private static int opening(char first, char second, char third) {
    return (first & 31) << 10 | (second & 31) << 5 | (third & 31);
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
