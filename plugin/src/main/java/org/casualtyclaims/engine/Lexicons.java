package org.casualtyclaims.engine;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.confidence.ConfidenceSettings;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.event.EventStage;
import org.casualtyclaims.engine.figures.CategoryCue;
import org.casualtyclaims.engine.figures.CueRole;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.text.PhraseTable;
import org.casualtyclaims.engine.text.SentenceSplitter;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.Tokenizer;
import org.casualtyclaims.engine.text.WordInfo;
import org.casualtyclaims.engine.text.WordTable;

/**
 * Every word list the extractor reads, loaded once from the configset and shared, read-only, by
 * all threads. Each file's format is described in its own header comment.
 */
public final class Lexicons {
  public final Map<String, CategoryCue> categoryCues;
  /** Category words that count only after an auxiliary ("were treated"); see CueRole.PASSIVE. */
  public final Map<String, Category> passiveCues = new HashMap<>();
  public final PhraseTable<Qualifier> qualifiersBefore = new PhraseTable<>();
  public final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
  public final Map<String, Long> vagueQuantities;
  public final Map<String, ConfidenceEffect> speechVerbs;
  public final PhraseTable<SentenceCue> sentenceCues = new PhraseTable<>();
  public final Set<String> trapsAfter;
  public final Set<String> trapsBefore;
  /** Verbs whose object is not harmed: "rescued 13 hostages", "evacuated 600 people". */
  public final Set<String> trapsObject;
  /** Places that hold people unharmed: "a centre holding 1,100 migrants", "taken to hospital". */
  public final Set<String> trapsHolder;
  /** Diseases: in a document that names one, care words ("treated") injure no one. */
  public final Set<String> trapsIllness;
  public final Set<String> personNouns;
  /**
   * The words of victim-groups.tsv grouped as "people" ("civilians", "residents"): a disclaimer
   * of battlefield claims does not speak of figures of these.
   */
  public final Set<String> civilianWords;
  /** The words of attribution-words.tsv, by role. */
  public final AttributionWords attribution;
  public final Map<String, SourceHead> sourceHeads;
  public final Map<String, KnownSource> knownSources;
  /** The longest alias, in words, so that scans of a phrase can stop early. */
  final int longestAlias;
  final ConfidenceSettings confidence;
  final Map<String, SentenceSplitter.Abbreviation> abbreviations;
  /** What each word of the lexicons and the grammar is, looked up once per token. */
  public final WordTable words;
  /** The gazetteer, date words and scope cues that anchor claims to their events. */
  final EventStage events;

  private Lexicons(ResourceOpener opener, LexiconFiles files) {
    categoryCues = new HashMap<>();
    for (Map.Entry<String, CategoryCue> e :
        loadCategories(LexiconFile.read(opener, files.file("categories.tsv"), 3, 3)).entrySet()) {
      CategoryCue cue = e.getValue();
      if (cue.has(CueRole.PASSIVE)) {
        passiveCues.put(e.getKey(), cue.category());
        EnumSet<CueRole> others = EnumSet.copyOf(cue.roles());
        others.remove(CueRole.PASSIVE);
        if (!others.isEmpty()) {
          categoryCues.put(e.getKey(), new CategoryCue(cue.category(), others));
        }
      } else {
        categoryCues.put(e.getKey(), cue);
      }
    }
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("qualifiers.tsv"), 3, 3)) {
      Qualifier q = parse(row, 1, Qualifier::fromLabel);
      switch (row.lower(2)) {
        case "before" -> qualifiersBefore.add(Names.key(row.column(0)), q);
        case "after" -> qualifiersAfter.add(Names.key(row.column(0)), q);
        default -> throw row.error("position must be 'before' or 'after', found '" + row.column(2) + "'");
      }
    }
    vagueQuantities = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("vague.tsv"), 2, 2)) {
      putUnique(vagueQuantities, row.lower(0), parseCount(row, 1), row);
    }
    speechVerbs = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("speech-verbs.tsv"), 2, 2)) {
      putUnique(speechVerbs, row.lower(0),
          parse(row, 1, v -> Labels.parse(ConfidenceEffect.class, v)), row);
    }
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("confidence-cues.tsv"), 3, 4)) {
      SentenceCue.Reach reach = row.columns().length < 4 ? SentenceCue.Reach.SENTENCE
          : switch (row.lower(3)) {
            case "speaker" -> SentenceCue.Reach.SPEAKER;
            case "doubted-speaker" -> SentenceCue.Reach.DOUBTED_SPEAKER;
            case "others" -> SentenceCue.Reach.OTHERS;
            case "in-sentence" -> SentenceCue.Reach.IN_SENTENCE;
            default -> throw row.error("column 4: reach must be 'speaker', 'doubted-speaker',"
                + " 'others' or 'in-sentence', found '" + row.column(3) + "'");
          };
      sentenceCues.add(Names.key(row.column(0)), new SentenceCue(
          parse(row, 1, v -> Labels.parse(ConfidenceEffect.class, v)), row.column(2), reach));
    }
    trapsAfter = new HashSet<>();
    trapsBefore = new HashSet<>();
    trapsObject = new HashSet<>();
    trapsHolder = new HashSet<>();
    trapsIllness = new HashSet<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("traps.tsv"), 2, 2)) {
      switch (row.lower(1)) {
        case "after" -> trapsAfter.add(row.lower(0));
        case "before" -> trapsBefore.add(row.lower(0));
        case "object" -> trapsObject.add(row.lower(0));
        case "holder" -> trapsHolder.add(row.lower(0));
        case "illness" -> trapsIllness.add(row.lower(0));
        default -> throw row.error("position must be 'before', 'after', 'object', 'holder' or"
            + " 'illness', found '" + row.column(1) + "'");
      }
    }
    civilianWords = new HashSet<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("victim-groups.tsv"), 2, 2)) {
      if (row.lower(1).equals("people")) {
        civilianWords.add(row.lower(0));
      }
    }
    personNouns = new HashSet<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("person-nouns.txt"), 1, 1)) {
      personNouns.add(row.lower(0));
    }
    attribution = AttributionWords.read(opener, files);
    sourceHeads = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("source-heads.tsv"), 3, 3)) {
      SourceType type = parse(row, 1, SourceType::fromLabel);
      SourceHead.Kind kind =
          parse(row, 2, v -> Labels.parse(SourceHead.Kind.class, v));
      putUnique(sourceHeads, Names.key(row.column(0)), new SourceHead(type, kind), row);
    }
    knownSources = new HashMap<>();
    int longest = 1;
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("sources.tsv"), 2, 3)) {
      KnownSource source = new KnownSource(row.column(0), parse(row, 1, SourceType::fromLabel));
      putUnique(knownSources, Names.key(row.column(0)), source, row);
      if (row.columns().length == 3) {
        for (String alias : row.column(2).split("\\|")) {
          String key = Names.key(alias.strip());
          if (key.isEmpty()) {
            throw row.error("empty alias");
          }
          putUnique(knownSources, key, source, row);
          longest = Math.max(longest, key.split(" ").length);
        }
      }
      longest = Math.max(longest, Names.key(row.column(0)).split(" ").length);
    }
    longestAlias = longest;
    confidence =
        new ConfidenceSettings(
            LexiconFile.read(opener, files.file(ConfidenceSettings.FILE), 2, 2));
    abbreviations = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file("abbreviations.tsv"), 2, 2)) {
      // keyed as the splitter reads the word before a stop: inner dots kept ("u.s", never the
      // pronoun "us"), a final one dropped ("gen." is "gen")
      String word = row.lower(0);
      putUnique(abbreviations, word.endsWith(".") ? word.substring(0, word.length() - 1) : word,
          parse(row, 1, v -> Labels.parse(SentenceSplitter.Abbreviation.class, v)), row);
    }
    words = wordTable();
    events = EventStage.load(opener, files.directory(), Set.copyOf(personNouns));
  }

  /** Loads every lexicon file of {@code files} through {@code opener}. */
  public static Lexicons load(ResourceOpener opener, LexiconFiles files) {
    return new Lexicons(opener, files);
  }

  public static Lexicons load(ResourceOpener opener) {
    return load(opener, LexiconFiles.defaults());
  }

  /** The source head of this key of source-heads.tsv ("news agency"), or null. */
  public SourceHead sourceHead(String key) {
    return sourceHeads.get(key);
  }

  /** The known source of this key of sources.tsv ({@link Names#key}), or null. */
  public KnownSource knownSource(String key) {
    return knownSources.get(key);
  }

  /** The longest alias of sources.tsv, in words. */
  public int longestAlias() {
    return longestAlias;
  }

  /** What each word of the lexicons and the grammar is. */
  public WordTable words() {
    return words;
  }

  /** A word that names an event ("attack", "storm"): never a speaker. */
  public boolean isEventNoun(String lower) {
    return events.isEventWord(lower);
  }

  /** The gazetteer: what country a name or a demonym in a source's words belongs to. */
  public Gazetteer gazetteer() {
    return events.places().gazetteer();
  }

  /** The number of canonical sources and aliases, for logging. */
  public int knownSourceCount() {
    return knownSources.size();
  }

  /** The word table: what each lexicon says of its words, then the built-in lists. */
  private WordTable wordTable() {
    WordTable.Builder t = new WordTable.Builder();
    categoryCues.forEach((w, cue) -> {
      int space = w.indexOf(' ');
      if (space < 0) {
        t.entry(w).cue = cue;
      } else {
        t.entry(w.substring(0, space)).flags |= WordInfo.CUE_PREFIX;
      }
    });
    passiveCues.forEach((w, c) -> t.entry(w).passive = c);
    speechVerbs.forEach((w, e) -> t.entry(w).speech = e);
    vagueQuantities.forEach((w, n) -> t.entry(w).vague = n);
    sourceHeads.forEach((w, h) -> {
      int space = w.indexOf(' ');
      if (space < 0) {
        t.entry(w).head = h;
        if (h.kind() == SourceHead.Kind.RECORD) {
          t.entry(w).flags |= WordInfo.SPEECH_LIKE; // "the agency's previous count was 73"
        }
      } else {
        t.entry(w.substring(0, space)).flags |= WordInfo.HEAD_PREFIX;
        t.entry(w.substring(w.lastIndexOf(' ') + 1)).flags |= WordInfo.HEAD_SUFFIX;
      }
    });
    t.flag(sentenceCues.firstWords(), WordInfo.CUE_PHRASE_START);
    t.flag(sentenceCues.singleWords(), WordInfo.CUE_PHRASE_WORD);
    t.flag(sentenceCues.secondWords(), WordInfo.CUE_PHRASE_SECOND);
    t.flag(qualifiersBefore.lastWords(), WordInfo.QUALIFIER_BEFORE_END);
    t.flag(qualifiersAfter.firstWords(), WordInfo.QUALIFIER_AFTER_START);
    for (String key : knownSources.keySet()) {
      for (String w : key.split("[ /&-]")) {
        if (w.endsWith("'s")) {
          t.entry("'s").flags |= WordInfo.ALIAS_WORD;
          w = w.substring(0, w.length() - 2);
        }
        if (!w.isEmpty()) {
          t.entry(w).flags |= WordInfo.ALIAS_WORD;
        }
      }
    }
    knownSources.forEach((key, source) -> {
      List<Token> words = Tokenizer.tokenize(key, 0, key.length());
      if (words.size() == 1) {
        t.entry(key).known = source; // one word is its own key
      }
      int first = Names.firstKeyed(words, 0, words.size());
      int last = Names.lastKeyed(words, 0, words.size());
      if (first >= 0) {
        t.entry(words.get(first).lower()).flags |= WordInfo.ALIAS_FIRST;
        t.entry(words.get(last).lower()).flags |= WordInfo.ALIAS_LAST;
      }
    });
    t.flag(personNouns, WordInfo.PERSON_NOUN);
    t.flag(trapsAfter, WordInfo.TRAP_AFTER);
    t.flag(trapsBefore, WordInfo.TRAP_BEFORE);
    t.flag(trapsObject, WordInfo.TRAP_OBJECT);
    t.flag(trapsHolder, WordInfo.TRAP_HOLDER);
    t.flag(trapsIllness, WordInfo.ILLNESS);
    t.flag(speechVerbs.keySet(), WordInfo.SPEECH_LIKE);
    t.flag(attribution.speechParticiples, WordInfo.SPEECH_LIKE);
    t.flag(attribution.tallyVerbs, WordInfo.SPEECH_LIKE);
    t.flag(attribution.recordVerbs, WordInfo.SPEECH_LIKE);
    t.flag(attribution.speechParticiples, WordInfo.PARTICIPLE_SPEECH);
    t.flag(attribution.tallyVerbs, WordInfo.TALLY_VERB);
    t.flag(attribution.tallyNouns, WordInfo.TALLY_NOUN);
    t.flag(attribution.recordVerbs, WordInfo.RECORD_VERB);
    t.flag(attribution.recordParticiples, WordInfo.RECORD_PARTICIPLE);
    t.flag(attribution.statementWords, WordInfo.STATEMENT);
    t.flag(attribution.clauseContrasts, WordInfo.CLAUSE_CONTRAST);
    return t.build();
  }

  private static Map<String, CategoryCue> loadCategories(List<LexiconFile.Row> rows) {
    Map<String, CategoryCue> cues = new HashMap<>();
    for (LexiconFile.Row row : rows) {
      Category category = parse(row, 1, Category::fromLabel);
      EnumSet<CueRole> roles = EnumSet.noneOf(CueRole.class);
      for (String role : row.lower(2).split(",")) {
        roles.add(parse(row, 2, v -> Labels.parse(CueRole.class, role)));
      }
      if (roles.contains(CueRole.PASSIVE)
          && (roles.contains(CueRole.AFTER) || roles.contains(CueRole.NOUN))) {
        throw row.error("'passive' cannot be combined with 'after' or 'noun'");
      }
      if (cues.put(row.lower(0), new CategoryCue(category, roles))
          != null) {
        throw row.error("duplicate cue word '" + row.column(0) + "'");
      }
    }
    return cues;
  }

  /** Rejects a second entry for the same word: a lexicon that says two things is a bug. */
  private static <V> void putUnique(Map<String, V> map, String key, V value, LexiconFile.Row row) {
    V old = map.putIfAbsent(key, value);
    if (old != null && !old.equals(value)) {
      throw row.error("'" + key + "' is listed twice");
    }
  }

  private static long parseCount(LexiconFile.Row row, int column) {
    try {
      long v = Long.parseLong(row.column(column));
      if (v <= 0) {
        throw row.error("count must be positive, found " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw row.error("'" + row.column(column) + "' is not a whole number");
    }
  }

  private static <T> T parse(LexiconFile.Row row, int column, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(row.column(column));
    } catch (IllegalArgumentException e) {
      throw row.error("column " + (column + 1) + ": " + e.getMessage());
    }
  }
}
