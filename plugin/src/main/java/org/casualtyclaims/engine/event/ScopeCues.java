package org.casualtyclaims.engine.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.FoldedTable;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;

/**
 * The words that tell what kind of event a figure counts, from {@code scope-cues.tsv}: "since the
 * war began" or "so far this year" make a running total, "attack" or "quake" one event.
 */
final class ScopeCues {
  static final String FILE = "scope-cues.tsv";

  /** A cue found in a sentence, where it stands. */
  record Cue(Scope scope, int start, int end) {}

  /** The cue phrases, keyed by their words joined with single spaces. */
  private final Map<String, Scope> scopes;
  /** For each word a phrase starts with, the most words such a phrase has. */
  private final FoldedTable<Integer> starts;
  /** The phrases and their first words, first two words and so on ("since the"). */
  private final Set<String> prefixes;

  private ScopeCues(Map<String, Scope> scopes) {
    this.scopes = scopes;
    Map<String, Integer> s = new HashMap<>();
    Set<String> p = new HashSet<>();
    for (String phrase : scopes.keySet()) {
      String[] words = phrase.split(" ");
      s.merge(words[0], words.length, Math::max);
      for (int space = phrase.indexOf(' '); space > 0; space = phrase.indexOf(' ', space + 1)) {
        p.add(phrase.substring(0, space));
      }
      p.add(phrase);
    }
    this.prefixes = Set.copyOf(p);
    this.starts = new FoldedTable<>(s, ScopeCues::fold);
  }

  static ScopeCues load(ResourceOpener opener, String directory) {
    Map<String, Scope> scopes = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 2, 2)) {
      Scope scope;
      try {
        scope = Scope.fromLabel(row.column(1));
      } catch (IllegalArgumentException e) {
        throw row.error("scope must be incident or cumulative, found '" + row.column(1) + "'");
      }
      String phrase = String.join(" ", words(row.column(0)));
      if (phrase.isEmpty()) {
        throw row.error("no words in '" + row.column(0) + "'");
      }
      if (scopes.put(phrase, scope) != null) {
        throw row.error("'" + row.column(0) + "' is listed twice");
      }
    }
    return new ScopeCues(Map.copyOf(scopes));
  }

  /**
   * The cues of {@code text}, the longest phrase at each word ("since the coup" over "since").
   * Words are cut out only where a phrase may start, so most sentences cost one pass.
   */
  List<Cue> find(String text) {
    List<Cue> cues = new ArrayList<>(2);
    int i = nextWord(text, 0);
    while (i < text.length()) {
      int end = wordEnd(text, i);
      Integer most = starts.get(text, i, end);
      int matched = most == null ? -1 : longestAt(text, i, end, most, cues);
      i = nextWord(text, matched >= 0 ? matched : end);
    }
    return cues;
  }

  /**
   * Reads the longest phrase of at most {@code most} words from the word [start, end) and adds
   * its cue; the end of the phrase, or -1 when none is listed.
   */
  private int longestAt(String text, int start, int end, int most, List<Cue> cues) {
    // a phrase of n words is listed only if its first n - 1 words begin one
    StringBuilder phrase = new StringBuilder(fold(text.substring(start, end)));
    int wordEnd = end;
    Scope scope = scopes.get(phrase.toString());
    int scopeEnd = end;
    for (int n = 2, k = nextWord(text, end); n <= most && k < text.length();
        n++, k = nextWord(text, wordEnd)) {
      wordEnd = wordEnd(text, k);
      phrase.append(' ').append(fold(text.substring(k, wordEnd)));
      String words = phrase.toString();
      if (!prefixes.contains(words)) {
        break;
      }
      Scope longer = scopes.get(words);
      if (longer != null) {
        scope = longer;
        scopeEnd = wordEnd;
      }
    }
    if (scope == null) {
      return -1;
    }
    cues.add(new Cue(scope, start, scopeEnd));
    return scopeEnd;
  }

  /** Lower case (Locale.ROOT), the typographic apostrophe folded. */
  private static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** The start of the first word at or after {@code from}; the text's length when none. */
  private static int nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The words of a listed phrase, folded. */
  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (int i = nextWord(phrase, 0); i < phrase.length(); i = nextWord(phrase, i)) {
      int end = wordEnd(phrase, i);
      out.add(fold(phrase.substring(i, end)));
      i = end;
    }
    return out;
  }

  /** The end of the word starting at {@code start}: letters, digits and inner apostrophes. */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
        || ((text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < text.length()
            && Character.isLetter(text.charAt(i + 1))))) {
      i++;
    }
    return i;
  }
}
