package org.casualtyclaims.engine.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.text.Calendar;
import org.casualtyclaims.engine.text.PhraseTable;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.Tokenizer;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Finds the figures of a sentence that could count people: digits ("1,000", "1.2 million"),
 * number words ("twenty-four"), vague quantities ("dozens"), ranges ("between 10 and 20") and
 * their qualifiers. Numbers that are plainly something else are left out here: ages, dates, times,
 * money, units, ordinals, model names ("F-16") and absurdly large numbers.
 */
public final class FigureFinder {
  private static final Set<String> YEAR_CONTEXT =
      Set.of(
          "in", "since", "of", "from", "until", "till", "by", "during", "early", "late", "mid",
          "before", "after", "the", "between", ",", "year", "summer", "winter", "spring", "autumn");
  private static final String[] RANGE_WORDS = {"to", "-", "\u2013", "\u2014", "or"};
  private static final Set<String> CHANGE_VERBS =
      Set.of(
          "rose", "risen", "rising", "rises", "rise", "increased", "increasing", "climbed",
          "climbing", "jumped", "revised", "revising", "raised", "raising", "lowered", "cut",
          "fell", "fallen", "dropped", "up", "down", "grew", "grown", "soared", "surged");

  private final Lexicons lexicons;
  private final long maxFigure;

  public FigureFinder(Lexicons lexicons, long maxFigure) {
    this.lexicons = lexicons;
    this.maxFigure = maxFigure;
  }

  public List<Figure> find(List<Token> tokens) {
    List<Figure> figures = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isNumber() && t.info.vague == null && !NumberWords.startsNumber(tokens, i)) {
        i++; // no number, number word, vague quantity or "a" of "a dozen" starts here
        continue;
      }
      Figure f = figureAt(tokens, i);
      if (f == null) {
        i++;
        continue;
      }
      figures.add(f);
      i = f.last + 1;
    }
    return figures;
  }

  /** A single number (digits or words) starting at {@code i}: value and last token. */
  private record Number(long value, int last, boolean vague) {}

  private Figure figureAt(List<Token> tokens, int i) {
    Number n = numberAt(tokens, i);
    if (n == null || isNegative(tokens, i)) {
      return null;
    }
    int last = n.last;
    long count = n.value;
    Long countMax = null;
    Qualifier qualifier = Qualifier.EXACT;
    String qualifierPhrase = null;
    int qualifierStart = i;
    if (i > 0 && tokens.get(i).is("a") && tokens.get(i - 1).is("half")) {
      count /= 2; // "half a dozen", "half a million"
      qualifierStart = i - 1;
    }

    // a range: "10 to 20", "10-20", "two or three", "between 10 and 20"
    boolean between = i > 0 && tokens.get(i - 1).is("between");
    if (!n.vague && last + 2 < tokens.size()) {
      Token link = tokens.get(last + 1);
      if (isRangeWord(link) || (between && link.is("and"))) {
        Number high = numberAt(tokens, last + 2);
        if (high != null && !high.vague && high.value > count && !isChange(tokens, i)) {
          countMax = high.value;
          last = high.last;
          qualifier = Qualifier.RANGE;
          qualifierPhrase = between ? "between" : link.lower();
          if (between) {
            qualifierStart = i - 1;
          }
        }
      }
    }
    if (countMax == null) {
      int b = qualifierStart - 1;
      PhraseTable.Match<Qualifier> before =
          b >= 0 && tokens.get(b).info.has(WordInfo.QUALIFIER_BEFORE_END)
              ? lexicons.qualifiersBefore.matchEndingAt(tokens, b)
              : null;
      if (before != null) {
        qualifier = before.value();
        qualifierPhrase = before.phrase();
        qualifierStart = b + 1 - before.length();
      }
      PhraseTable.Match<Qualifier> after =
          last + 1 < tokens.size() && tokens.get(last + 1).info.has(WordInfo.QUALIFIER_AFTER_START)
              ? lexicons.qualifiersAfter.matchAt(tokens, last + 1)
              : null;
      if (after != null && (after.length() > 1 || !tokens.get(last + 1).spaceBefore
          || tokens.get(last + 1).is("plus"))) {
        qualifier = after.value();
        qualifierPhrase = after.phrase();
        last += after.length();
      } else if (last + 1 < tokens.size() && tokens.get(last + 1).is("+")
          && !tokens.get(last + 1).spaceBefore) {
        qualifier = Qualifier.AT_LEAST;
        qualifierPhrase = "+";
        last++;
      }
    }
    if (n.vague) {
      qualifier = Qualifier.APPROXIMATE;
    }
    if (isTrap(tokens, i, n.last, count) || isUnharmedObject(tokens, qualifierStart)) {
      return null;
    }
    return new Figure(qualifierStart, i, last, count, countMax, qualifier, n.vague, qualifierPhrase);
  }

  private static boolean isRangeWord(Token t) {
    for (String w : RANGE_WORDS) {
      if (t.is(w)) {
        return true;
      }
    }
    return false;
  }

  /** "-5" or "\u22125" standing alone (not the "-" of "10-20"): no count of people. */
  private static boolean isNegative(List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i).isNumber() || tokens.get(i).spaceBefore) {
      return false;
    }
    Token sign = tokens.get(i - 1);
    return (sign.is("-") || sign.is("\u2212")) && (i == 1 || sign.spaceBefore);
  }

  /** "rescued 13 hostages", "evacuated another 600 people": people the verb did not harm. */
  private boolean isUnharmedObject(List<Token> tokens, int qualifierStart) {
    int k = qualifierStart - 1;
    int skipped = 0;
    while (k >= 0 && skipped < 3 && tokens.get(k).info.has(WordInfo.LEFT_FILLER)) {
      k--;
      skipped++;
    }
    return k >= 0 && tokens.get(k).info.has(WordInfo.TRAP_OBJECT);
  }

  /** "from 58 to 67" after "rose" is a change, not a range. */
  private static boolean isChange(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && tokens.get(k).is("from")) {
      k--;
    }
    while (k >= 0 && k >= i - 6) {
      if (CHANGE_VERBS.contains(tokens.get(k).lower())) {
        return true;
      }
      k--;
    }
    return false;
  }

  private Number numberAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.isNumber()) {
      return digitsAt(tokens, i);
    }
    if (!t.isWord()) {
      return null;
    }
    if (t.info == WordInfo.NONE && !t.is("a") && !t.is("an")) {
      return null; // no number word, no vague quantity, no article before "dozen"
    }
    Long vague = t.info.vague;
    if (vague != null) {
      return vagueAt(tokens, i, vague);
    }
    NumberWords.Parsed words = NumberWords.parse(tokens, i);
    if (words == null || words.value() <= 0 || words.value() > maxFigure) {
      return null;
    }
    return new Number(words.value(), words.last(), false);
  }

  /** "dozens", "hundreds of thousands", "tens of thousands". */
  private Number vagueAt(List<Token> tokens, int i, long value) {
    int last = i;
    if (i + 2 < tokens.size() && tokens.get(i + 1).is("of")) {
      Long inner = tokens.get(i + 2).info.vague;
      if (inner != null && inner >= 1000) {
        value *= inner;
        last = i + 2;
      }
    }
    return value > maxFigure ? null : new Number(value, last, true);
  }

  private Number digitsAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean scaled = i + 1 < tokens.size() && tokens.get(i + 1).info.has(WordInfo.MULTIPLIER)
        && NumberWords.isScale(tokens.get(i + 1).lower());
    if (!scaled) {
      // the common case, a whole number ("12", "1,000", "790 000"), read without BigDecimal
      long whole = wholeNumber(t);
      if (whole != NOT_WHOLE) {
        return whole <= 0 || whole > maxFigure ? null : new Number(whole, i, false);
      }
    }
    String text = t.text();
    StringBuilder digits = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Tokenizer.isDigit(c) || c == '.') {
        digits.append(c);
      }
    }
    if (digits.length() > 18) {
      return null; // absurd: no casualty figure has this many digits
    }
    BigDecimal value = new BigDecimal(digits.toString());
    int last = i;
    if (i + 1 < tokens.size() && NumberWords.isScale(tokens.get(i + 1).lower())) {
      value = value.multiply(BigDecimal.valueOf(NumberWords.scale(tokens.get(i + 1).lower())));
      last = i + 1;
    }
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(maxFigure)) > 0) {
      return null;
    }
    try {
      return new Number(value.longValueExact(), last, false);
    } catch (ArithmeticException fractional) {
      return null; // "7.6" on its own is a magnitude or a measure, not a count of people
    }
  }

  private static final long NOT_WHOLE = -1;

  /**
   * The value of a number token without a decimal point and with at most 18 digits (its group
   * separators skipped), or {@link #NOT_WHOLE}.
   */
  private static long wholeNumber(Token t) {
    long value = 0;
    int digits = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '.') {
        return NOT_WHOLE;
      }
      if (Tokenizer.isDigit(c)) {
        value = value * 10 + (c - '0');
        digits++;
      }
    }
    return digits > 18 ? NOT_WHOLE : value;
  }

  private boolean isTrap(List<Token> tokens, int first, int last, long count) {
    Token number = tokens.get(first);
    Token prev = first > 0 ? tokens.get(first - 1) : null;
    Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
    // glued to letters: "MH17", "74th", "12.25pm", "9ine"
    if (prev != null && prev.isWord() && !number.spaceBefore && number.isNumber()) {
      return true;
    }
    if (next != null && next.isWord() && !next.spaceBefore && tokens.get(last).isNumber()) {
      return true;
    }
    // a model or code name: "F-16", "COVID-19", "Su-25"
    if (prev != null && prev.is("-") && !number.spaceBefore && first >= 2
        && tokens.get(first - 2).isWord() && !prev.spaceBefore) {
      return true;
    }
    // times "4:44", scores "3-1" are left to the category linker; a colon makes it a clock time
    if (next != null && next.is(":") && !next.spaceBefore && last + 2 < tokens.size()
        && tokens.get(last + 2).isNumber()) {
      return true;
    }
    if (prev != null && prev.is(":") && !prev.spaceBefore && first >= 2
        && tokens.get(first - 2).isNumber()) {
      return true;
    }
    Token after = next;
    if (after != null && after.is("-") && last + 2 < tokens.size()) {
      after = tokens.get(last + 2); // "11,000-strong", "45-year-old"
    }
    if (after != null && after.info.has(WordInfo.TRAP_AFTER)) {
      return true;
    }
    if (prev != null && prev.info.has(WordInfo.TRAP_BEFORE)) {
      return true;
    }
    // a ratio: "one in three deaths", "1 in 5 victims"
    if (prev != null && prev.is("in") && first >= 2 && (tokens.get(first - 2).isNumber()
        || tokens.get(first - 2).is("one"))) {
      return true;
    }
    if (prev != null && prev.is(".") && first >= 2 && tokens.get(first - 2).is("no")) {
      return true;
    }
    // dates: "December 26", "26 December", "on Dec. 26"
    if (count <= 31 && (isMonth(prev) || isMonth(next)
        || (prev != null && prev.is(".") && first >= 2 && isMonth(tokens.get(first - 2))))) {
      return true;
    }
    // years: "in 2016", "December 26, 2016", "between 2015 and 2020"
    if (number.isNumber() && number.text().length() == 4 && count >= 1800 && count <= 2100
        && (prev == null || YEAR_CONTEXT.contains(prev.lower()) || isMonth(prev)
            || (first >= 2 && isYear(tokens.get(first - 2))))) {
      return true;
    }
    return false;
  }

  private static boolean isYear(Token t) {
    if (!t.isNumber() || t.text().length() != 4 || !t.text().chars().allMatch(Tokenizer::isDigit)) {
      return false;
    }
    int year = Integer.parseInt(t.text());
    return year >= 1800 && year <= 2100;
  }

  private static boolean isMonth(Token t) {
    return t != null && t.isWord() && (t.isCapitalized() || !t.is("may"))
        && (t.info.has(WordInfo.MONTH)
            || (t.dotted && Calendar.isMonth(t.lower().replace(".", ""))));
  }
}
