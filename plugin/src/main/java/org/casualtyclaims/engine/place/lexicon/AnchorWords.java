package org.casualtyclaims.engine.place.lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.text.FoldedTable;
import org.casualtyclaims.engine.text.WordTable;

/**
 * Every plain word (ASCII letters and digits) the anchoring stage asks about, numbered: the place
 * words, the nouns for people, the words the place rules compare with, and the date words and
 * cue words the event stage hands in. A
 * sentence's word is looked up here once, when {@link SentenceWords} splits the sentence; each
 * stage then reads what it knows of the word from an array by that number. Number 0 is every
 * plain word no stage knows. Immutable and shared by all threads.
 *
 * <p>A word of up to {@link #MAX_PACKED} characters is found by its {@link #code}, which the split
 * works out as it reads the word: no character is read twice, and the small table stays in the
 * processor's cache.
 */
public final class AnchorWords {
  /** The number of a word that is not plain: each stage looks it up in its own table. */
  public static final int NOT_PLAIN = -1;
  /** The number of a plain word no stage knows. */
  public static final int UNKNOWN = 0;

  /** The longest word a {@link #code} holds: the word table's packed codes, ten characters. */
  static final int MAX_PACKED = WordTable.MAX_PACKED;

  private final FoldedTable<Integer> ids;
  /** Open addressing by {@link #code}: the codes (0 for an empty slot) and their numbers. */
  private final long[] codes;
  private final int[] codeIds;
  private final int codeMask;
  private final Map<String, Integer> idsByKey;
  /** Per number, the word's {@link PlaceKeys} form (its lower case) and its place-word role. */
  private final String[] keys;
  private final PlaceWords.Role[] roles;
  /** The roles of words that are not plain, by their {@link PlaceKeys} form. */
  private final FoldedTable<PlaceWords.Role> otherRoles;

  /**
   * @param eventWords the lower-case words the event stage looks up (date words, cue words)
   * @param ruleWords the words the place rules compare a word's key with ("the", "of", "in")
   */
  public AnchorWords(PlaceWords words, Set<String> personNouns, Collection<String> eventWords,
      Collection<String> ruleWords) {
    Map<String, Integer> numbers = new HashMap<>();
    for (Collection<String> keys : java.util.List.of(words.roles().keySet(), personNouns,
        eventWords, ruleWords)) {
      for (String key : keys) {
        if (plain(key)) {
          numbers.putIfAbsent(key, numbers.size() + 1);
        }
      }
    }
    this.idsByKey = Map.copyOf(numbers);
    this.keys = new String[numbers.size() + 1];
    this.roles = new PlaceWords.Role[numbers.size() + 1];
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      keys[e.getValue()] = e.getKey();
      roles[e.getValue()] = words.role(e.getKey());
    }
    this.ids = FoldedTable.withOtherWords(numbers, word -> null); // asked of plain words only
    int size = Integer.highestOneBit(Math.max(16, numbers.size() * 4) - 1) << 1;
    this.codes = new long[size];
    this.codeIds = new int[size];
    this.codeMask = size - 1;
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      String key = e.getKey();
      if (key.length() <= MAX_PACKED) {
        long code = 0;
        for (int i = 0; i < key.length(); i++) {
          code = code(code, key.charAt(i));
        }
        int slot = slot(code);
        while (codes[slot] != 0) {
          slot = (slot + 1) & codeMask;
        }
        codes[slot] = code;
        codeIds[slot] = e.getValue();
      }
    }
    this.otherRoles = new FoldedTable<>(words.roles(), PlaceKeys::key);
  }

  /** How many numbers there are, 0 included: the length of an array by number. */
  public int size() {
    return keys.length;
  }

  /** The number of a lower-case plain word, {@link #UNKNOWN} when no stage asks about it. */
  public int id(String key) {
    return idsByKey.getOrDefault(key, UNKNOWN);
  }

  /**
   * The code of a word read so far as {@code code}, with the ASCII letter or digit {@code c}
   * after: either case gives one code, and no two words of up to {@link #MAX_PACKED}
   * characters share one (no character's code is 0).
   */
  static long code(long code, char c) {
    return code << 6 | WordTable.code(c);
  }

  /**
   * The number of the plain word {@code text[start, end)}, {@link #UNKNOWN} for none; {@code
   * code} is its {@link #code} when it has at most {@link #MAX_PACKED} characters.
   */
  int id(String text, int start, int end, long code) {
    if (end - start <= MAX_PACKED) {
      for (int slot = slot(code); ; slot = (slot + 1) & codeMask) {
        if (codes[slot] == code) {
          return codeIds[slot];
        }
        if (codes[slot] == 0) {
          return UNKNOWN;
        }
      }
    }
    Integer id = ids.get(text, start, end);
    return id == null ? UNKNOWN : id;
  }

  private int slot(long code) {
    return (int) ((code * 0x9E3779B97F4A7C15L) >>> 32) & codeMask;
  }

  /** The key of word number {@code id} (not {@link #UNKNOWN}). */
  String key(int id) {
    return keys[id];
  }

  public PlaceWords.Role role(int id) {
    return roles[id];
  }

  /** The role of {@code text[start, end)}, a word that is not plain, or null. */
  PlaceWords.Role otherRole(String text, int start, int end) {
    return otherRoles.get(text, start, end);
  }

  /** Whether {@code text[start, end)} is ASCII letters and digits only. */
  static boolean plain(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return end > start;
  }

  private static boolean plain(String key) {
    return plain(key, 0, key.length()) && key.equals(key.toLowerCase(java.util.Locale.ROOT));
  }
}
