package org.casualtyclaims.engine.figures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.Lexicons;

/**
 * The document pre-check: whether a document's text holds any category word ("killed",
 * "wounded", "missing", ...) at all. Every claim comes from a sentence that holds one, so a
 * document without any has no claim, and {@link ClaimExtractor} can answer it without splitting
 * sentences or tokenising. Most of a newsroom's articles are such documents.
 *
 * <p>The scan reads each character once through an Aho-Corasick automaton of the category words,
 * case folded as the word table folds it. It looks for the words anywhere, inside longer words
 * too, so it can only err on the side of reading a document in full: it answers "none" only where
 * no token could be a category word. A category word with a character other than a to z (none in
 * the shipped lexicons) is looked for in the lower-cased text instead, more slowly.
 */
public final class CategoryWordScan {
  private static final int LETTERS = 26;

  /** goto[state * 26 + letter]: the next state, failure links already followed. */
  private final int[] next;
  /** Whether a category word ends in the state. */
  private final boolean[] match;
  /** Category words the automaton cannot hold, searched for with String.contains. */
  private final List<String> others;

  public CategoryWordScan(Lexicons lexicons) {
    this(categoryWords(lexicons));
  }

  public CategoryWordScan(Set<String> words) {
    List<String> plain = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String w : words) {
      (w.chars().allMatch(c -> c >= 'a' && c <= 'z') && !w.isEmpty() ? plain : rest).add(w);
    }
    this.others = List.copyOf(rest);
    int states = 1;
    for (String w : plain) {
      states += w.length();
    }
    int[] trie = new int[states * LETTERS];
    Arrays.fill(trie, -1);
    boolean[] ends = new boolean[states];
    int used = 1;
    for (String w : plain) {
      int s = 0;
      for (int i = 0; i < w.length(); i++) {
        int slot = s * LETTERS + (w.charAt(i) - 'a');
        if (trie[slot] < 0) {
          trie[slot] = used++;
        }
        s = trie[slot];
      }
      ends[s] = true;
    }
    // breadth first: each state's failure link, and its missing moves taken from that link
    int[] fail = new int[used];
    Queue<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < LETTERS; c++) {
      if (trie[c] < 0) {
        trie[c] = 0;
      } else {
        fail[trie[c]] = 0;
        queue.add(trie[c]);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.remove();
      ends[s] |= ends[fail[s]];
      for (int c = 0; c < LETTERS; c++) {
        int t = trie[s * LETTERS + c];
        if (t < 0) {
          trie[s * LETTERS + c] = trie[fail[s] * LETTERS + c];
        } else {
          fail[t] = trie[fail[s] * LETTERS + c];
          queue.add(t);
        }
      }
    }
    this.next = Arrays.copyOf(trie, used * LETTERS);
    this.match = Arrays.copyOf(ends, used);
  }

  /** The words that make a sentence a candidate: those the word table flags as a category. */
  static Set<String> categoryWords(Lexicons lexicons) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : lexicons.categoryCues.keySet()) {
      int space = w.indexOf(' ');
      // a form of two words counts by its first word, as in the word table ("gunned down")
      words.add(space < 0 ? w : w.substring(0, space));
    }
    words.addAll(lexicons.passiveCues.keySet());
    return words;
  }

  /** Whether any field's text holds a category word, perhaps inside a longer word. */
  public boolean anyIn(List<FieldText> fields) {
    for (FieldText field : fields) {
      String text = field.text();
      if (text != null && (scan(text) || containsOther(text))) {
        return true;
      }
    }
    return false;
  }

  private boolean scan(String text) {
    int[] moves = next;
    boolean[] ends = match;
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      int letter = letter(text.charAt(i));
      if (letter < 0) {
        state = 0;
        continue;
      }
      state = moves[state * LETTERS + letter];
      if (ends[state]) {
        return true;
      }
    }
    return false;
  }

  /** a to z as 0 to 25, case folded; a character whose lower case is one counts as it; else -1. */
  private static int letter(char c) {
    if (c < 128) {
      int lower = c | 0x20; // 'A'..'Z' to 'a'..'z'; other ASCII stays outside a..z or was there
      return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
    }
    char lower = Character.toLowerCase(c); // the Kelvin sign reads as "k", as in String.toLowerCase
    return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
  }

  private boolean containsOther(String text) {
    if (others.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    for (String w : others) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@link ClaimExtractor#extract} answers for a document without a category word: no
   * claims, and the same truncation and characters read as a full extraction would report.
   */
  public static ExtractionResult nothingFound(List<FieldText> fields, int maxChars) {
    int budget = maxChars;
    boolean truncated = false;
    int read = 0;
    for (FieldText field : fields) {
      String text = field.text();
      if (text == null || text.isEmpty() || budget <= 0) {
        truncated |= text != null && !text.isEmpty();
        continue;
      }
      int length = text.length();
      if (length > budget) {
        length = Character.isHighSurrogate(text.charAt(budget - 1)) ? budget - 1 : budget;
        truncated = true;
      }
      budget -= length;
      read += length;
    }
    return new ExtractionResult(List.of(), truncated, read);
  }
}
