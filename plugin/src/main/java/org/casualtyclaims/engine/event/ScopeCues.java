package org.casualtyclaims.engine.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.text.FoldedTable;

/**
 * The words that tell what kind of event a figure counts, from {@code scope-cues.tsv}: "since the
 * war began" or "so far this year" make a running total, "attack" or "quake" one event; and
 * those that say it counts over the story's whole country ("nationwide", "across the country").
 */
final class ScopeCues {
  static final String FILE = "scope-cues.tsv";

  /** What a cue phrase says of a figure near it: the labels of {@code scope-cues.tsv}. */
  enum Kind {
    INCIDENT,
    CUMULATIVE,
    /** Counted over the story's whole country ("nationwide"): no scope. */
    COUNTRYWIDE,
    /** A fight or a flood that may run over days ("clashes", "floods"): no scope of its own. */
    BATTLE,
    /** Unrest ("protests"): a running total, but one day's unrest is one incident. */
    UNREST,
    /**
     * Events in the plural ("attacks", "shootings"): a running total, but a day named after them
     * in their clause ("attacks on three villages on Sunday") makes one incident.
     */
    SERIES,
    /** A superlative ("deadliest"): "since" after it dates a comparison, not a running total. */
    SUPERLATIVE,
    /**
     * A phrase that tells nothing, listed so that a shorter cue inside it is not read: "has
     * since died" ("since" an adverb), "monsoon rains" (the cause of one flood).
     */
    NONE,
    /**
     * A word that restates a count the story gave ("the toll", "put the number of wounded at"):
     * a figure whose sentence tells nothing more takes the kind the sentences before tell.
     */
    RESTATES,
    /**
     * A word of a statistic ("annual", "official figures", "on the roads"): in its sentence a
     * {@link #PERIOD} ("last year", "in March") counts a running total.
     */
    STATISTIC,
    /**
     * A whole month or year past ("last year", "in March"): in a sentence of a statistic a
     * running total, as a whole year ("in 2024") is; elsewhere only the date of what the figure
     * counts ("kidnapped in Kaduna last year").
     */
    PERIOD;

    /** The kind of a label of the file, or null for none. */
    static Kind fromLabel(String label) {
      for (Kind k : values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(label)) {
          return k;
        }
      }
      return null;
    }
  }

  /** A cue found in a sentence, where it stands. */
  record Cue(Kind kind, int start, int end) {
    /** The kind of event the cue tells, or null for one that tells none. */
    Scope scope() {
      return kind == Kind.INCIDENT ? Scope.INCIDENT
          : kind == Kind.CUMULATIVE || kind == Kind.UNREST || kind == Kind.SERIES
              ? Scope.CUMULATIVE : null;
    }
  }

  /**
   * The phrases as a tree of words: a node per phrase and per first words of one ("since the"),
   * each looked up by a word of the sentence without cutting it out.
   */
  private static final class Node {
    /** The cue of the phrase that ends here, or null. */
    final Kind scope;
    /** The words a longer phrase goes on with, or null when none does. */
    final FoldedTable<Node> next;

    Node(Kind scope, FoldedTable<Node> next) {
      this.scope = scope;
      this.next = next;
    }
  }

  /** A node while the tree is built. */
  private static final class Branch {
    Kind scope;
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

  /** The first words of the phrases, folded, and their nodes. */
  private final Set<String> firstKeys;
  private final FoldedTable<Node> firstWords;
  /** The same, by the number of a word of the sentence split; null where none opens a phrase. */
  private final Node[] byNumber;

  private ScopeCues(Set<String> firstKeys, FoldedTable<Node> firstWords, Node[] byNumber) {
    this.firstKeys = firstKeys;
    this.firstWords = firstWords;
    this.byNumber = byNumber;
  }

  /** @param scopes the cue phrases, keyed by their folded words joined with single spaces */
  private static ScopeCues of(Map<String, Kind> scopes) {
    Branch root = new Branch();
    for (Map.Entry<String, Kind> e : scopes.entrySet()) {
      Branch b = root;
      for (String word : e.getKey().split(" ")) {
        b = b.next.computeIfAbsent(word, w -> new Branch());
      }
      b.scope = e.getValue();
    }
    return new ScopeCues(Set.copyOf(root.next.keySet()), root.children(), new Node[0]);
  }

  /** The folded first words of the phrases, for {@link AnchorWords}. */
  Set<String> firstWords() {
    return firstKeys;
  }

  /** Whether {@code word} alone is a cue phrase ("attack", "storm", "nationwide"). */
  boolean isOneWordCue(String word) {
    Node node = firstWords.get(word, 0, word.length());
    return node != null && node.scope != null;
  }

  /** These cues, read from sentences split with {@code lexicon}. */
  ScopeCues numbered(AnchorWords lexicon) {
    Node[] nodes = new Node[lexicon.size()];
    for (String word : firstKeys) {
      int id = lexicon.id(word);
      if (id > AnchorWords.UNKNOWN) {
        nodes[id] = firstWords.get(word, 0, word.length());
      }
    }
    return new ScopeCues(firstKeys, firstWords, nodes);
  }

  /**
   * The cues of {@code directory/scope-cues.tsv}; they read sentences once {@link #numbered} with
   * the lexicon that splits them.
   */
  static ScopeCues load(ResourceOpener opener, String directory) {
    Map<String, Kind> scopes = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 2, 2)) {
      Kind scope = Kind.fromLabel(row.column(1));
      if (scope == null) {
        throw row.error("scope must be incident, cumulative, countrywide, battle, unrest, "
            + "series, superlative, none, restates, statistic or period, found '"
            + row.column(1) + "'");
      }
      String phrase = String.join(" ", words(row.column(0)));
      if (phrase.isEmpty()) {
        throw row.error("no words in '" + row.column(0) + "'");
      }
      if (scopes.put(phrase, scope) != null) {
        throw row.error("'" + row.column(0) + "' is listed twice");
      }
    }
    return of(scopes);
  }

  /** The words of a sentence as cues read them, where each stands, and the phrases they open. */
  private static final class Words {
    int size;
    int[] starts;
    int[] ends;
    Node[] firsts;

    Words(int room) {
      starts = new int[room];
      ends = new int[room];
      firsts = new Node[room];
    }

    void add(int start, int end, Node first) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        firsts = Arrays.copyOf(firsts, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      firsts[size] = first;
      size++;
    }
  }

  /**
   * The cues of the sentence of {@code sentence}, the longest phrase at each word ("since the
   * coup" over "since"). A word of the split that is plain letters and digits is one word here
   * too, and its number tells the phrases it opens; any other is split again here at what is no
   * letter, digit or inner apostrophe (the split's words never join across such a character).
   */
  List<Cue> find(SentenceWords sentence) {
    String text = sentence.text();
    Words ws = new Words(sentence.size() + 4);
    boolean any = false;
    for (int k = 0; k < sentence.size(); k++) {
      if (sentence.plainWhole(k)) {
        Node first = byNumber[sentence.id(k)];
        any |= first != null;
        ws.add(sentence.start(k), sentence.end(k), first);
        continue;
      }
      int to = sentence.fullEnd(k);
      for (int i = nextWord(text, sentence.start(k), to); i < to; ) {
        int end = wordEnd(text, i);
        Node first = firstWords.get(text, i, end);
        any |= first != null;
        ws.add(i, end, first);
        i = nextWord(text, end, to);
      }
    }
    if (!any) {
      return List.of();
    }
    List<Cue> cues = new ArrayList<>(2);
    for (int i = 0; i < ws.size; i++) {
      if (ws.firsts[i] != null) {
        i = longestAt(text, ws, i, cues);
      }
    }
    return cues;
  }

  /**
   * Reads the longest phrase from word {@code i}, which opens one, and adds its cue; the index of
   * the phrase's last word, or {@code i} when no phrase is listed. A phrase that tells nothing
   * and ends in a word that opens a longer phrase yields to it: "in the six weeks since the
   * ceasefire" reads "since the ceasefire", where "three years since the quake" stays an
   * anniversary.
   */
  private static int longestAt(String text, Words ws, int i, List<Cue> cues) {
    Phrase phrase = phraseAt(text, ws, i);
    if (phrase.kind == Kind.NONE && phrase.last > i && ws.firsts[phrase.last] != null) {
      Phrase after = phraseAt(text, ws, phrase.last);
      if (after.kind != null && after.last > phrase.last) {
        phrase = after;
      }
    }
    if (phrase.kind == Kind.SERIES && definite(text, ws, phrase.start)) {
      // "the school shootings in which a gunman killed 17": one event, no running total
      return phrase.last;
    }
    if (phrase.kind != null) {
      cues.add(new Cue(phrase.kind, ws.starts[phrase.start], ws.ends[phrase.last]));
    }
    return phrase.last;
  }

  /**
   * Whether word {@code i} follows "the" and a word in lower case that says what kind of event
   * it is: "the school shootings", "the mosque attacks" name one event. A bare "the attacks"
   * refers back to what the story told, and a name ("the Hamas attacks") is left to the cues
   * around it.
   */
  private static boolean definite(String text, Words ws, int i) {
    return i >= 2 && ws.ends[i - 2] - ws.starts[i - 2] == 3
        && text.regionMatches(true, ws.starts[i - 2], "the", 0, 3)
        && Character.isLowerCase(text.charAt(ws.starts[i - 1]))
        && Character.isLetter(text.charAt(ws.ends[i - 1] - 1));
  }

  /** A listed phrase read from word {@code start} to word {@code last}; its kind, or null. */
  private record Phrase(Kind kind, int start, int last) {}

  /** The longest listed phrase from word {@code i}, which opens one. */
  private static Phrase phraseAt(String text, Words ws, int i) {
    Node node = ws.firsts[i];
    Kind scope = node.scope;
    int last = i;
    for (int k = i + 1; node.next != null && k < ws.size; k++) {
      node = node.next.get(text, ws.starts[k], ws.ends[k]);
      if (node == null) {
        break; // no listed phrase goes on with this word
      }
      if (node.scope != null) {
        scope = node.scope;
        last = k;
      }
    }
    return new Phrase(scope, i, last);
  }

  /** Lower case (Locale.ROOT), the typographic apostrophe folded. */
  private static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** The start of the first word at or after {@code from}; {@code to} when none is before it. */
  private static int nextWord(String text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The words of a listed phrase, folded. */
  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (int i = nextWord(phrase, 0, phrase.length()); i < phrase.length();
        i = nextWord(phrase, i, phrase.length())) {
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
