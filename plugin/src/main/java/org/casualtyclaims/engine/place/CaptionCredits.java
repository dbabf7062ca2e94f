package org.casualtyclaims.engine.place;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;

/**
 * The words of a photo credit, from {@code caption-words.tsv}: a sentence holds a credit where
 * one stands right before "/" or ":" or right after "/" ("(AP Photo/Jane Doe)", "Photo:
 * Residents wade through ...", "Jane Doe/Getty Images").
 */
public final class CaptionCredits {
  static final String FILE = "caption-words.tsv";

  /** The credit words, lower case. */
  private final Set<String> words;

  private CaptionCredits(Set<String> words) {
    this.words = words;
  }

  /** Credits of these lower-case words. */
  public static CaptionCredits of(Set<String> words) {
    return new CaptionCredits(Set.copyOf(words));
  }

  /** The credit words of {@code directory/caption-words.tsv}. */
  public static CaptionCredits load(ResourceOpener opener, String directory) {
    Set<String> words = new HashSet<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 1, 1)) {
      String word = row.lower(0);
      if (!word.chars().allMatch(Character::isLetter)) {
        throw row.error("a credit word is letters only, found '" + row.column(0) + "'");
      }
      words.add(word);
    }
    return of(words);
  }

  /** Whether {@code sentence} holds a photo credit. */
  boolean credits(String sentence) {
    for (int i = sentence.indexOf('/'); i >= 0; i = sentence.indexOf('/', i + 1)) {
      if (creditWordEndingAt(sentence, i) || creditWordStartingAt(sentence, i + 1)) {
        return true;
      }
    }
    for (int i = sentence.indexOf(':'); i >= 0; i = sentence.indexOf(':', i + 1)) {
      if (creditWordEndingAt(sentence, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean creditWordEndingAt(String text, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private boolean creditWordStartingAt(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return start < end && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
