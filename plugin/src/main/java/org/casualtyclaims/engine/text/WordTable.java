package org.casualtyclaims.engine.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Names;
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
  static final int MAX_PACKED = 10;
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

  private final Map<String, WordInfo> words = new HashMap<>();
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

  /** The code of an ASCII digit or letter (either case) for {@link #packed}; 0 for any other. */
  static int code(char c) {
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

  private WordInfo info(String lower) {
    return words.computeIfAbsent(lower, WordInfo::new);
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
    int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
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

  public static WordTable of(Lexicons lx) {
    WordTable t = new WordTable();
    lx.categoryCues.forEach((w, cue) -> {
      int space = w.indexOf(' ');
      if (space < 0) {
        t.info(w).cue = cue;
      } else {
        t.info(w.substring(0, space)).flags |= WordInfo.CUE_PREFIX;
      }
    });
    lx.passiveCues.forEach((w, c) -> t.info(w).passive = c);
    lx.speechVerbs.forEach((w, e) -> t.info(w).speech = e);
    lx.vagueQuantities.forEach((w, n) -> t.info(w).vague = n);
    lx.sourceHeads.forEach((w, h) -> {
      int space = w.indexOf(' ');
      if (space < 0) {
        t.info(w).head = h;
      } else {
        t.info(w.substring(0, space)).flags |= WordInfo.HEAD_PREFIX;
        t.info(w.substring(w.lastIndexOf(' ') + 1)).flags |= WordInfo.HEAD_SUFFIX;
      }
    });
    t.flag(lx.sentenceCues.firstWords(), WordInfo.CUE_PHRASE_START);
    t.flag(lx.sentenceCues.singleWords(), WordInfo.CUE_PHRASE_WORD);
    t.flag(lx.sentenceCues.secondWords(), WordInfo.CUE_PHRASE_SECOND);
    t.flag(lx.qualifiersBefore.lastWords(), WordInfo.QUALIFIER_BEFORE_END);
    t.flag(lx.qualifiersAfter.firstWords(), WordInfo.QUALIFIER_AFTER_START);
    for (String key : lx.knownSources.keySet()) {
      for (String w : key.split("[ /&-]")) {
        if (w.endsWith("'s")) {
          t.info("'s").flags |= WordInfo.ALIAS_WORD;
          w = w.substring(0, w.length() - 2);
        }
        if (!w.isEmpty()) {
          t.info(w).flags |= WordInfo.ALIAS_WORD;
        }
      }
    }
    lx.knownSources.forEach((key, source) -> {
      List<Token> words = Tokenizer.tokenize(key, 0, key.length());
      if (words.size() == 1) {
        t.info(key).known = source; // one word is its own key
      }
      int first = Names.firstKeyed(words, 0, words.size());
      int last = Names.lastKeyed(words, 0, words.size());
      if (first >= 0) {
        t.info(words.get(first).lower()).flags |= WordInfo.ALIAS_FIRST;
        t.info(words.get(last).lower()).flags |= WordInfo.ALIAS_LAST;
      }
    });
    t.flag(lx.personNouns, WordInfo.PERSON_NOUN);
    t.flag(lx.trapsAfter, WordInfo.TRAP_AFTER);
    t.flag(lx.trapsBefore, WordInfo.TRAP_BEFORE);
    t.flag(lx.trapsObject, WordInfo.TRAP_OBJECT);
    t.flag(NumberWords.words(), WordInfo.NUMBER_WORD);
    t.flag(NumberWords.multipliers(), WordInfo.MULTIPLIER);
    t.flag(lx.speechVerbs.keySet(), WordInfo.SPEECH_LIKE);
    t.flag(Set.of("according", "citing"), WordInfo.SPEECH_LIKE);
    t.flag(lx.speechParticiples, WordInfo.SPEECH_LIKE);
    t.flag(lx.tallyVerbs, WordInfo.SPEECH_LIKE);
    t.flag(lx.recordVerbs, WordInfo.SPEECH_LIKE);
    t.flag(Calendar.months(), WordInfo.MONTH);
    t.flag(Calendar.weekdays(), WordInfo.WEEKDAY);
    t.flag(Grammar.AUXILIARIES, WordInfo.AUXILIARY);
    t.flag(Grammar.FILLERS, WordInfo.FILLER);
    t.flag(Grammar.CLAUSE_BREAKS, WordInfo.CLAUSE_BREAK);
    t.flag(Grammar.RELATIVES, WordInfo.RELATIVE);
    t.flag(Grammar.PHRASE_STOPS, WordInfo.PHRASE_STOP);
    t.flag(Grammar.OBJECT_STARTS, WordInfo.OBJECT_START);
    t.flag(Grammar.LEFT_FILLERS, WordInfo.LEFT_FILLER);
    t.flag(Grammar.PREPOSITIONS, WordInfo.PREPOSITION);
    t.flag(Grammar.PHRASE_PREPOSITIONS, WordInfo.PHRASE_PREPOSITION);
    t.flag(Grammar.DETERMINERS, WordInfo.DETERMINER);
    t.flag(Grammar.PRONOUNS, WordInfo.PRONOUN);
    t.flag(Grammar.TALLY_LINKS, WordInfo.TALLY_LINK);
    t.flag(Grammar.BE_FORMS, WordInfo.BE_FORM);
    t.flag(Grammar.SPEECH_ADVERBS, WordInfo.SPEECH_ADVERB);
    t.flag(Grammar.RIGHT_STOPS, WordInfo.RIGHT_STOP);
    t.flag(lx.speechParticiples, WordInfo.PARTICIPLE_SPEECH);
    t.flag(lx.tallyVerbs, WordInfo.TALLY_VERB);
    t.flag(lx.tallyNouns, WordInfo.TALLY_NOUN);
    t.flag(lx.recordVerbs, WordInfo.RECORD_VERB);
    t.flag(NumberWords.words(), WordInfo.FIGURE_START);
    t.flag(Set.of("a", "an"), WordInfo.FIGURE_START);
    t.flag(Set.of("("), WordInfo.OPEN_PARENTHESIS);
    t.flag(Grammar.NAME_PARTICLES, WordInfo.NAME_PARTICLE);
    t.flag(Grammar.SENTENCE_ADVERBS, WordInfo.SENTENCE_ADVERB);
    t.flag(Grammar.MODALS, WordInfo.MODAL);
    t.flag(Grammar.NEGATIONS, WordInfo.NEGATION);
    t.flag(Grammar.EARLIER, WordInfo.EARLIER);
    t.flag(PersonNames.notNames(), WordInfo.NOT_NAME);
    t.flag(lx.statementWords, WordInfo.STATEMENT);
    for (WordInfo info : t.words.values()) {
      // the first word of a two-word form counts too: "11 captors were gunned down"
      if (info.cue != null || info.passive != null || info.has(WordInfo.CUE_PREFIX)) {
        info.flags |= WordInfo.CATEGORY;
      }
    }
    t.seal();
    return t;
  }

  private void flag(Iterable<String> lowerWords, long flag) {
    for (String w : lowerWords) {
      info(w).flags |= flag;
    }
  }
}
