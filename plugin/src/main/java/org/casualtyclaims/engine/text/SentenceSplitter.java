package org.casualtyclaims.engine.text;

import java.util.List;
import java.util.Map;

/**
 * Splits a field into sentences in one linear pass over its characters.
 *
 * <p>A line break always ends a sentence and starts a paragraph. A full stop, question or
 * exclamation mark ends one when what follows (after closing quotes and spaces) starts a new
 * sentence, unless it closes an abbreviation ("Gen.", "U.S.") or an initial ("William B.
 * Caldwell"). Sentences longer than {@link #MAX_SENTENCE_CHARS} are cut at the next space (or
 * anywhere past twice that, in text without spaces), which bounds the work any later stage does on
 * one sentence.
 */
public final class SentenceSplitter {
  static final int MAX_SENTENCE_CHARS = 1200;
  /** The first line of a body counts as its headline when it is this short and unpunctuated. */
  private static final int MAX_HEADLINE_CHARS = 200;

  /** How an abbreviation behaves before a capitalised word. */
  public enum Abbreviation {
    /** A title such as "Gen." or "Dr.": never ends a sentence. */
    TITLE,
    /** Any other abbreviation ("a.m.", "U.S."): ends a sentence only before a capital letter. */
    OTHER
  }

  /** ASCII characters that may end a sentence or change its quotation state. */
  private static final boolean[] STOPS = new boolean[128];

  static {
    for (char c : new char[] {'\n', '\r', '.', '!', '?', '"'}) {
      STOPS[c] = true;
    }
  }

  private final Map<String, Abbreviation> abbreviations;
  private final int longestAbbreviation;

  public SentenceSplitter(Map<String, Abbreviation> abbreviations) {
    this.abbreviations = abbreviations;
    this.longestAbbreviation =
        abbreviations.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * Appends the sentences of {@code text} to {@code out}. Returns the next paragraph number.
   *
   * @param allHeadline every sentence is a headline (the title field)
   * @param firstLineMayBeHeadline the field's first line counts as a headline when it looks like
   *     one
   */
  public int split(
      String field,
      String text,
      int firstParagraph,
      boolean allHeadline,
      boolean firstLineMayBeHeadline,
      List<Sentence> out) {
    int paragraph = firstParagraph;
    int n = text.length();
    int i = 0;
    boolean inQuote = false;
    boolean first = true;
    while (i < n) {
      boolean lineBreak = false;
      while (i < n && Tokenizer.isSpace(text.charAt(i))) {
        lineBreak |= text.charAt(i) == '\n';
        i++;
      }
      if (i >= n) {
        break;
      }
      if (lineBreak && !first) {
        paragraph++;
        inQuote = false;
      }
      int start = i;
      boolean startsInQuote = inQuote;
      int end = n;
      boolean endsLine = true;
      int ordinaryUpTo = Math.min(n, start + MAX_SENTENCE_CHARS);
      while (i < n) {
        i = skipOrdinary(text, i, ordinaryUpTo);
        if (i >= n) {
          break;
        }
        char c = text.charAt(i);
        if ((c == '\n' || c == '\r') && !wrapsOn(text, start, i)) {
          end = i;
          break;
        }
        inQuote = updateQuote(c, inQuote);
        if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
          i++;
          while (i < n && isClosingQuote(text.charAt(i)) && !isOpeningQuoteAt(text, i)) {
            inQuote = updateQuote(text.charAt(i), inQuote);
            i++;
          }
          end = i;
          endsLine = endsLineAt(text, i);
          break;
        }
        i++;
        boolean tooLong = i - start > MAX_SENTENCE_CHARS
            && (Tokenizer.isSpace(c) || i - start > 2 * MAX_SENTENCE_CHARS);
        if (tooLong && !(i < n && Character.isLowSurrogate(text.charAt(i)))) {
          end = i; // at a space, or anywhere in a run of text without spaces
          endsLine = false;
          break;
        }
      }
      if (i >= n) {
        end = Math.min(end, n);
      }
      int trimmed = end;
      while (trimmed > start && Tokenizer.isSpace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      if (trimmed > start) {
        boolean headline =
            allHeadline
                || (firstLineMayBeHeadline
                    && first
                    && endsLine
                    && trimmed - start <= MAX_HEADLINE_CHARS
                    && !endsWithStop(text, trimmed));
        out.add(new Sentence(field, text, start, trimmed, paragraph, headline, startsInQuote));
        first = false;
      }
    }
    return paragraph + 1;
  }

  /**
   * The first index from {@code i} (up to {@code limit}) of a character that is not ordinary: one
   * beyond ASCII, or one of {@link #STOPS}. A loop of its own, which the compiler keeps tight (and
   * then reads the string as fast as a copy of its characters would be read).
   */
  private static int skipOrdinary(String text, int i, int limit) {
    while (i < limit) {
      char c = text.charAt(i);
      if (c >= 128 || STOPS[c]) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Only spaces up to the next line break or the end. */
  private static boolean endsLineAt(String text, int i) {
    while (i < text.length() && Tokenizer.isSpace(text.charAt(i))) {
      if (text.charAt(i) == '\n') {
        return true;
      }
      i++;
    }
    return i >= text.length();
  }

  private static boolean endsWithStop(String text, int end) {
    char last = text.charAt(end - 1);
    return last == '.' || last == '!' || last == '?';
  }

  private static boolean updateQuote(char c, boolean inQuote) {
    if (c == '\u201C') {
      return true;
    }
    if (c == '\u201D') {
      return false;
    }
    return c == '"' ? !inQuote : inQuote;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  /** Decides whether the stop at {@code dot} ends the sentence that began at {@code start}. */
  private boolean endsSentence(String text, int start, int dot) {
    int n = text.length();
    int next = dot + 1;
    while (next < n && isClosingQuote(text.charAt(next))) {
      next++;
    }
    if (next >= n) {
      return true;
    }
    char after = text.charAt(next);
    if (text.charAt(dot) != '.') {
      return Tokenizer.isSpace(after);
    }
    if (next < n - 1 && text.charAt(next) == '.') {
      return false; // an ellipsis "..."
    }
    // "said.The general said", "injured.A video": a missing space after a full stop, but not
    // a domain name such as "News.Az" after a capitalised word
    if (Character.isUpperCase(after) && (next == dot + 1 || isOpeningQuoteAt(text, dot + 1))) {
      return dot - start >= 2
          && Character.isLowerCase(text.charAt(dot - 1))
          && Character.isLowerCase(text.charAt(dot - 2))
          && !capitalisedWordBefore(text, start, dot);
    }
    if (!Tokenizer.isSpace(after)) {
      return false;
    }
    int k = next;
    while (k < n && Tokenizer.isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
      k++;
    }
    if (k >= n || text.charAt(k) == '\n') {
      return true;
    }
    char first = text.charAt(k);
    boolean capital =
        Character.isUpperCase(first) || Character.isDigit(first) || isOpening(first);
    if (!capital) {
      return false; // whatever the word before, a lower-case word goes on with the sentence
    }
    int from = wordStart(text, start, dot);
    if (dot - from == 1 && Character.isUpperCase(text.charAt(from))) {
      return false; // an initial: "William B. Caldwell"
    }
    if (dot - from > longestAbbreviation) {
      return true; // too long for an abbreviation (lower-casing never shortens a word)
    }
    Abbreviation abbreviation =
        abbreviations.get(text.substring(from, dot).toLowerCase(java.util.Locale.ROOT));
    if (abbreviation == Abbreviation.TITLE) {
      return false;
    }
    if (abbreviation == Abbreviation.OTHER) {
      return Character.isUpperCase(first) && !isWeekdayOrMonthStart(text, k);
    }
    return true;
  }

  /** Words no sentence or headline ends on: a line that ends on one was wrapped mid-sentence. */
  private static final java.util.Set<String> WRAPPED_AFTER = java.util.Set.of(
      "the", "a", "an", "of", "for", "and", "to", "in", "on", "at", "by", "with", "from");

  /**
   * Whether the line break at {@code i} only wraps a sentence, as hard-wrapped wire copy does:
   * the line goes on without a stop, and the next line, not a blank one, opens with a lower-case
   * word ("Some 320 migrants\nare now feared") or the line ends on a word such as "the" or "for".
   */
  private static boolean wrapsOn(String text, int start, int i) {
    int p = i;
    while (p > start && Tokenizer.isSpace(text.charAt(p - 1))) {
      p--;
    }
    if (p == start || !Character.isLetterOrDigit(text.charAt(p - 1))) {
      return false; // an empty line, or one that ends on a stop, a colon or a quotation mark
    }
    int k = i + 1;
    if (text.charAt(i) == '\r' && k < text.length() && text.charAt(k) == '\n') {
      k++;
    }
    while (k < text.length() && Tokenizer.isSpace(text.charAt(k))) {
      if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
        return false; // a blank line ends the paragraph
      }
      k++;
    }
    if (k >= text.length()) {
      return false;
    }
    if (Character.isLowerCase(text.charAt(k))) {
      return true;
    }
    int w = p;
    while (w > start && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return WRAPPED_AFTER.contains(text.substring(w, p));
  }

  private static boolean isOpeningQuoteAt(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '"' && Character.isUpperCase(text.charAt(i + 1));
  }

  private static boolean capitalisedWordBefore(String text, int start, int dot) {
    int b = dot;
    while (b > start && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < dot && Character.isUpperCase(text.charAt(b));
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '\'' || c == '[';
  }

  /** After "a.m." a weekday or month usually continues the sentence ("4 a.m. Monday"). */
  private static boolean isWeekdayOrMonthStart(String text, int k) {
    int e = k;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String w = text.substring(k, e).toLowerCase(java.util.Locale.ROOT);
    return Calendar.isWeekday(w) || Calendar.isMonth(w);
  }

  /** Where the letters and inner dots before the stop begin: "Gen", "U.S", "a.m". */
  private static int wordStart(String text, int start, int dot) {
    int b = dot;
    while (b > start && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    return b;
  }
}
