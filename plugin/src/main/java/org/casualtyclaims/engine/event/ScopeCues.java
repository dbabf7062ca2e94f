package org.casualtyclaims.engine.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.text.FoldedTable;

/**
 * The words that tell what kind of event a figure counts, from {@code scope-cues.tsv}: "since the
 * war began" or "so far this year" make a running total, "attack" or "quake" one event.
 */
final class ScopeCues {
  static final String FILE = "scope-cues.tsv";

  /** A cue found in a sentence, where it stands. */
  record Cue(Scope scope, int start, int end) {}

  /**
   * The phrases as a tree of words: a node per phrase and per first words of one ("since the"),
   * each looked up by a word of the sentence without cutting it out.
   */
  private static final class Node {
    /** The cue of the phrase that ends here, or null. */
    final Scope scope;
    /** The words a longer phrase goes on with, or null when none does. */
    final FoldedTable<Node> next;

    Node(Scope scope, FoldedTable<Node> next) {
      this.scope = scope;
      this.next = next;
    }
  }

  /** A node while the tree is built. */
  private static final class Branch {
    Scope scope;
    final Map<String, Branch> next = new HashMap<>();

    FoldedTable<Node> children() {
      Map<String, Node> nodes = new HashMap<>();
      for (Map.Entry<String, Branch> e : next.entrySet()) {
        Branch b = e.getValue();
        nodes.put(e.getKey(), new Node(b.scope, b.next.isEmpty() ? null : b.children()));
      }
      return new FoldedTable<>(nodes, ScopeCues::fold);
    }
  }

  /** The first words of the phrases. */
  private final FoldedTable<Node> firstWords;

  /** @param scopes the cue phrases, keyed by their folded words joined with single spaces */
  private ScopeCues(Map<String, Scope> scopes) {
    Branch root = new Branch();
    for (Map.Entry<String, Scope> e : scopes.entrySet()) {
      Branch b = root;
      for (String word : e.getKey().split(" ")) {
        b = b.next.computeIfAbsent(word, w -> new Branch());
      }
      b.scope = e.getValue();
    }
    this.firstWords = root.children();
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
      Node first = firstWords.get(text, i, end);
      int matched = first == null ? -1 : longestAt(text, i, end, first, cues);
      i = nextWord(text, matched >= 0 ? matched : end);
    }
    return cues;
  }

  /**
   * Reads the longest phrase from the word [start, end), whose node is {@code first}, and adds
   * its cue; the end of the phrase, or -1 when none is listed.
   */
  private static int longestAt(String text, int start, int end, Node first, List<Cue> cues) {
    Scope scope = first.scope;
    int scopeEnd = end;
    int wordEnd = end;
    Node node = first;
    for (int k = nextWord(text, end); node.next != null && k < text.length();
        k = nextWord(text, wordEnd)) {
      wordEnd = wordEnd(text, k);
      node = node.next.get(text, k, wordEnd);
      if (node == null) {
        break; // no listed phrase goes on with this word
      }
      if (node.scope != null) {
        scope = node.scope;
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
