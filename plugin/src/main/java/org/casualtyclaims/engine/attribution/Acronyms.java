package org.casualtyclaims.engine.attribution;

import java.util.List;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;

/**
 * Acronyms a document defines ("the Kestrel Liberation Front (KLF)") or spells out in words
 * earlier ("the Kestrel Liberation Front stormed Tolvany" before "The KLF claimed").
 */
final class Acronyms {
  private final SourceNamer namer;

  Acronyms(SourceNamer namer) {
    this.namer = namer;
  }

  static boolean isAcronym(Token t) {
    if (!t.isWord() || t.length() < 2 || t.length() > 8) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A body named earlier in words whose initials spell the acronym ("the Kestrel Liberation Front
   * stormed Tolvany" before "The KLF claimed"); "of", "for", "on", "and" and "the" inside the
   * name are not spelled.
   */
  SourceRef spelledOut(String acronym, DocumentContext context) {
    return context.lookBack("acronym:" + acronym, SourceNamer.LOOKBACK, (s, tokens) -> {
      for (int start = 0; start < tokens.size(); start++) {
        if (!tokens.get(start).isCapitalized()
            || Character.toUpperCase(tokens.get(start).charAt(0)) != acronym.charAt(0)) {
          continue;
        }
        int k = start;
        int letter = 0;
        while (k < tokens.size() && letter < acronym.length()) {
          Token t = tokens.get(k);
          if (t.is("of") || t.is("for") || t.is("on") || t.is("and") || t.is("the")) {
            k++;
            continue;
          }
          if (!t.isCapitalized() || t.charAt(0) != acronym.charAt(letter)) {
            break;
          }
          letter++;
          k++;
        }
        boolean complete = letter == acronym.length()
            && (k >= tokens.size() || !tokens.get(k).isCapitalized());
        if (complete && k - start >= 2) {
          SourceRef named = namer.resolve(tokens, new Span(start, k), Span.EMPTY, context);
          if (named != null && !named.person() && named.type() != SourceType.ANONYMOUS) {
            return named;
          }
        }
      }
      return null;
    });
  }

  /**
   * Notes the acronyms a sentence defines, "the Kestrel Liberation Front (KLF)", with the source
   * the words before the parenthesis name.
   */
  void define(List<Token> tokens, DocumentContext context) {
    for (int k = 2; k + 2 < tokens.size(); k++) {
      if (!tokens.get(k).is("(") || !tokens.get(k + 2).is(")") || !isAcronym(tokens.get(k + 1))) {
        continue;
      }
      int start = k;
      while (start > 0 && k - start < 8 && (tokens.get(start - 1).isCapitalized()
          || tokens.get(start - 1).is("of") || tokens.get(start - 1).is("for")
          || tokens.get(start - 1).is("on") || tokens.get(start - 1).is("and")
          || tokens.get(start - 1).is("'s"))) {
        start--;
      }
      while (start < k && !tokens.get(start).isCapitalized()) {
        start++;
      }
      if (k - start >= 2) {
        SourceRef named = namer.resolve(tokens, new Span(start, k), Span.EMPTY, context);
        if (named != null && !named.person() && named.type() != SourceType.ANONYMOUS) {
          context.defineAcronym(tokens.get(k + 1).text(), named);
        }
      }
    }
  }
}
