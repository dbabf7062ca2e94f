package org.casualtyclaims.engine.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.attribution.PersonNames;
import org.casualtyclaims.engine.figures.NumberWords;

/**
 * The {@link WordInfo} of every word any lexicon or grammar list mentions, by lower-case form.
 *
 * <p>Besides a look-up by string, the table answers for a span of text directly, folding case as
 * it hashes, and hands back the entry, which holds the lower-case word: a known word then costs the
 * tokenizer no allocation. A word of up to {@link #MAX_PACKED} ASCII letters and digits, nearly
 * every word of a text, is found by its {@link #packed} code alone, which the tokenizer computes
 * as it reads the word: one comparison of two longs instead of a comparison of characters.
 */
public final class WordTable {
  static final int ABSENT = -1;
  /** The span is for {@link #get(String)}: it holds characters beyond ASCII, or is too long. */
  static final int BY_STRING = -2;
  /** The longest key the arrays hold; longer ones (none in practice) are found by string. */
  private static final int MAX_KEY = 255;
  /** The longest word {@link #packed} codes: six bits a character fit ten in a long. */
  public static final int MAX_PACKED = 10;
  /** Per ASCII char, its {@link #code}: 1 to 36 for digits and letters of either case, else 0. */
  private static final byte[] CODES = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CODES[c] = (byte) (c - '0' + 1);
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CODES[c] = (byte) (c - 'a' + 11);
      CODES[c - 32] = (byte) (c - 'a' + 11);
    }
  }

  /** The bits of an entry that say where its key starts in {@link #pool}. */
  private static final long START_BITS = 0xFFFFFF00L;

  private final Map<String, WordInfo> words;
  /** Open addressing over the same entries, hashed by {@link #hash}. */
  private WordInfo[] infos;
  /**
   * Per slot, the key's hash (high 32 bits), where its characters start in {@link #pool} (24
   * bits) and its length (8 bits); 0 for an empty slot. A probe reads this one array, and reads
   * a key's characters only when hash and length agree.
   */
  private long[] entries;
  /** The characters of every key, one after another. */
  private char[] pool;
  private int mask;
  /** Open addressing over the keys {@link #packed} codes, by code; 0 marks an empty slot. */
  private long[] packedKeys;
  private WordInfo[] packedInfos;
  private int packedMask;

  private WordTable(Map<String, WordInfo> words) {
    this.words = words;
  }

  /** The code of an ASCII digit or letter (either case) for {@link #packed}; 0 for any other. */
  public static int code(char c) {
    return c < 128 ? CODES[c] : 0;
  }

  /**
   * The entry of the word whose characters have the codes {@code packed}, the first in the
   * highest bits ({@code packed = packed << 6 | code(c)} over a word of at most {@link
   * #MAX_PACKED} characters), or {@link WordInfo#NONE}. No code is 0, so no two words share one.
   */
  WordInfo packed(long packed) {
    for (int slot = mixPacked(packed) & packedMask; ; slot = (slot + 1) & packedMask) {
      long key = packedKeys[slot];
      if (key == packed) {
        return packedInfos[slot];
      }
      if (key == 0) {
        return WordInfo.NONE;
      }
    }
  }

  /** The {@link #packed} code of a key, or 0 when it is too long or has other characters. */
  private static long packedCode(String key) {
    if (key.isEmpty() || key.length() > MAX_PACKED) {
      return 0;
    }
    long packed = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (code(c) == 0 || (c >= 'A' && c <= 'Z')) {
        return 0; // keys are lower case; an upper-case one would never be looked up
      }
      packed = packed << 6 | code(c);
    }
    return packed;
  }

  public WordInfo get(String lower) {
    return words.getOrDefault(lower, WordInfo.NONE);
  }

  /**
   * The table's entry for {@code text[from, to)} read in lower case (the typographic apostrophe
   * read as "'"): its index; {@link #ABSENT} when the word is not in the table; {@link
   * #BY_STRING} when only {@link #get(String)} can answer.
   */
  int find(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      int c = fold(text.charAt(i));
      if (c < 0) {
        return BY_STRING;
      }
      h = 31 * h + c;
    }
    int length = to - from;
    if (length > MAX_KEY) {
      return BY_STRING;
    }
    long shape = shape(h, length);
    for (int slot = mix(h) & mask; entries[slot] != 0; slot = (slot + 1) & mask) {
      long e = entries[slot];
      if ((e & ~START_BITS) == shape && sameFolded(start(e), length, text, from)) {
        return slot;
      }
    }
    return ABSENT;
  }

  private static int start(long entry) {
    return (int) ((entry & START_BITS) >>> 8);
  }

  WordInfo info(int slot) {
    return infos[slot];
  }

  /** Lower-case ASCII for an ASCII letter or mark, "'" for the typographic apostrophe, else -1. */
  private static int fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return c == '\u2019' ? '\'' : -1;
  }

  private static long shape(int hash, int length) {
    return ((long) hash << 32) | length;
  }

  private boolean sameFolded(int offset, int length, String text, int from) {
    for (int k = 0; k < length; k++) {
      if (pool[offset + k] != fold(text.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String lower) {
    int h = 0;
    for (int i = 0; i < lower.length(); i++) {
      h = 31 * h + lower.charAt(i);
    }
    return h;
  }

  private static int mix(int h) {
    int m = h * 0x9E3779B9;
    return m ^ (m >>> 15);
  }

  private static int mixPacked(long packed) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 32);
  }

  /** Builds the open-addressing arrays once every entry is known. */
  private void seal() {
    int size = Integer.highestOneBit(Math.max(16, words.size() * 2) - 1) << 1;
    infos = new WordInfo[size];
    entries = new long[size];
    StringBuilder all = new StringBuilder();
    mask = size - 1;
    for (Map.Entry<String, WordInfo> e : words.entrySet()) {
      String key = e.getKey();
      boolean ascii = key.chars().allMatch(c -> c < 128);
      if (!ascii || key.isEmpty() || key.length() > MAX_KEY
          || all.length() + key.length() > (START_BITS >>> 8)) {
        continue; // found through get(String) instead; no token is empty
      }
      int slot = mix(hash(key)) & mask;
      while (infos[slot] != null) {
        slot = (slot + 1) & mask;
      }
      infos[slot] = e.getValue();
      entries[slot] = shape(hash(key), key.length()) | ((long) all.length() << 8);
      all.append(key);
    }
    pool = all.toString().toCharArray();
    packedKeys = new long[size];
    packedInfos = new WordInfo[size];
    packedMask = size - 1;
    for (Map.Entry<String, WordInfo> e : words.entrySet()) {
      long packed = packedCode(e.getKey());
      if (packed == 0) {
        continue; // found through find(...) instead
      }
      int slot = mixPacked(packed) & packedMask;
      while (packedKeys[slot] != 0) {
        slot = (slot + 1) & packedMask;
      }
      packedKeys[slot] = packed;
      packedInfos[slot] = e.getValue();
    }
  }

  /**
   * Gathers a table's entries: the lexicons' words, which the lexicons enter themselves, then the
   * built-in lists' (grammar, number words, calendar), which {@link #build} adds.
   */
  public static final class Builder {
    private final Map<String, WordInfo> words = new HashMap<>();

    /** The entry of a lower-case word, made when first asked, for its lexicon's field or flag. */
    public WordInfo entry(String lower) {
      return words.computeIfAbsent(lower, WordInfo::new);
    }

    public void flag(Iterable<String> lowerWords, long flag) {
      for (String w : lowerWords) {
        entry(w).flags |= flag;
      }
    }

    /** The table of the words entered so far and of the built-in lists. */
    public WordTable build() {
      flag(NumberWords.words(), WordInfo.NUMBER_WORD);
      flag(NumberWords.multipliers(), WordInfo.MULTIPLIER);
      flag(Set.of("according", "citing"), WordInfo.SPEECH_LIKE);
      flag(Calendar.months(), WordInfo.MONTH);
      flag(Calendar.weekdays(), WordInfo.WEEKDAY);
      flag(Grammar.AUXILIARIES, WordInfo.AUXILIARY);
      flag(Grammar.FILLERS, WordInfo.FILLER);
      flag(Grammar.CLAUSE_BREAKS, WordInfo.CLAUSE_BREAK);
      flag(Grammar.RELATIVES, WordInfo.RELATIVE);
      flag(Grammar.PHRASE_STOPS, WordInfo.PHRASE_STOP);
      flag(Grammar.OBJECT_STARTS, WordInfo.OBJECT_START);
      flag(Grammar.LEFT_FILLERS, WordInfo.LEFT_FILLER);
      flag(Grammar.PREPOSITIONS, WordInfo.PREPOSITION);
      flag(Grammar.PHRASE_PREPOSITIONS, WordInfo.PHRASE_PREPOSITION);
      flag(Grammar.DETERMINERS, WordInfo.DETERMINER);
      flag(Grammar.PRONOUNS, WordInfo.PRONOUN);
      flag(Grammar.TALLY_LINKS, WordInfo.TALLY_LINK);
      flag(Grammar.BE_FORMS, WordInfo.BE_FORM);
      flag(Grammar.SPEECH_ADVERBS, WordInfo.SPEECH_ADVERB);
      flag(Grammar.RIGHT_STOPS, WordInfo.RIGHT_STOP);
      flag(NumberWords.words(), WordInfo.FIGURE_START);
      flag(Set.of("a", "an"), WordInfo.FIGURE_START);
      flag(Set.of("("), WordInfo.OPEN_PARENTHESIS);
      flag(Grammar.NAME_PARTICLES, WordInfo.NAME_PARTICLE);
      flag(Grammar.SENTENCE_ADVERBS, WordInfo.SENTENCE_ADVERB);
      flag(Grammar.MODALS, WordInfo.MODAL);
      flag(Grammar.NEGATIONS, WordInfo.NEGATION);
      flag(Grammar.EARLIER, WordInfo.EARLIER);
      flag(PersonNames.notNames(), WordInfo.NOT_NAME);
      for (WordInfo info : words.values()) {
        // the first word of a two-word form counts too: "11 captors were gunned down"
        if (info.cue != null || info.passive != null || info.has(WordInfo.CUE_PREFIX)) {
          info.flags |= WordInfo.CATEGORY;
        }
        if (info.vague != null) {
          info.flags |= WordInfo.VAGUE_QUANTITY;
        }
      }
      WordTable t = new WordTable(words);
      t.seal();
      return t;
    }
  }
}
