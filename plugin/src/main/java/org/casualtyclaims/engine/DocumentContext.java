package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casualtyclaims.engine.text.Sentence;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.Tokens;

/**
 * What one document has said so far: the sources it named, in order. It answers "he", "she",
 * "the ministry", "the broadcaster" and bare surnames ("Amani added").
 *
 * <p>Sources are remembered in sentence order and indexed by kind, type, surname and name word;
 * every question is a binary search for the latest entry up to a sentence, so a document with
 * thousands of sources costs no more per question than one with three.
 */
public final class DocumentContext {
  private final List<Sentence> sentences;
  /** Each sentence's tokens, once the reading has reached it. */
  private final List<Tokens> tokens;
  /** Each sentence's text, cut from its field once, when first asked. */
  private final String[] texts;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Entity> persons = new ArrayList<>();
  private final List<Entity> statements = new ArrayList<>();
  private final Map<SourceType, List<Entity>> byType = new EnumMap<>(SourceType.class);
  private final Map<String, List<Entity>> bySurname = new HashMap<>();
  /** Institutions by the words of their names, persons by the words of their roles. */
  private final Map<String, List<Entity>> byWord = new HashMap<>();
  private final Map<String, LookBack> lookBacks = new HashMap<>();
  /** Acronyms the document defines: "the Kestrel Liberation Front (KLF)". */
  private final Map<String, SourceRef> acronyms = new HashMap<>();
  private SourceRef relaySource;
  private String relayVia;
  private int relaySentence = -2;
  /**
   * The index words of each name already remembered (with "forces" also under "force"): sources
   * are named again and again.
   */
  private final Map<String, List<String>> wordsOf = new HashMap<>();
  /**
   * Up to this many sources, a question about the words of their names reads them all; past it,
   * {@link #byWord} keeps the work per question constant however long the document.
   */
  private static final int SCAN_LIMIT = 64;
  /** How many of {@link #entities} {@link #byWord} holds. */
  private int indexed;
  private Set<String> countriesNamed;
  private int current;
  /** The source of the latest frame, a bare description too ("the army"), and its sentence. */
  private SourceRef lastSpeaker;
  private int lastSpeakerSentence = -1;

  /** A look-back of one key: how far the sentences have been read, and the latest answer. */
  private static final class LookBack {
    int readUpTo = -1;
    SourceRef found;
    int foundAt = -1;
  }

  DocumentContext(List<Sentence> sentences) {
    this.sentences = sentences;
    this.tokens = new ArrayList<>(sentences.size());
    this.texts = new String[sentences.size()];
  }

  /** The text of sentence {@code sentence}, shared by the evidence and the anchoring stage. */
  String textOf(int sentence) {
    if (texts[sentence] == null) {
      texts[sentence] = sentences.get(sentence).text();
    }
    return texts[sentence];
  }

  public Tokens tokensOf(int sentence) {
    return tokens.get(sentence);
  }

  /** The number of sentences whose tokens are read. */
  public int sentencesRead() {
    return tokens.size();
  }

  /**
   * The ISO codes of the countries the document names, read once by {@code reader} when first
   * asked: most documents never need them.
   */
  public Set<String> countriesNamed(Function<DocumentContext, Set<String>> reader) {
    if (countriesNamed == null) {
      countriesNamed = reader.apply(this);
    }
    return countriesNamed;
  }

  /** Keeps the tokens of the next sentence read, for the look-backs. */
  void tokensRead(Tokens sentenceTokens) {
    tokens.add(sentenceTokens);
  }

  void atSentence(int index) {
    current = index;
  }

  public int sentence() {
    return current;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  public void remember(SourceRef source) {
    if (source != null) {
      lastSpeaker = source;
      lastSpeakerSentence = current;
    }
    if (source == null || source.isBare()) {
      return;
    }
    Entity e = new Entity(source, current);
    entities.add(e);
    add(byType, source.type(), e);
    if (source.person() || unnamedOne(source)) {
      persons.add(e); // "he said" may point back to "a local official" as to a named person
    }
    if (source.person()) {
      if (source.surname() != null && !source.name().equalsIgnoreCase(source.surname())) {
        add(bySurname, source.surname().toLowerCase(Locale.ROOT), e);
      }
    }
  }

  /** One person the text does not name: "a local official", "a resident", "a security source". */
  private static boolean unnamedOne(SourceRef source) {
    if (source.named() || (source.type() != SourceType.ANONYMOUS
        && source.type() != SourceType.WITNESS)) {
      return false;
    }
    String name = source.name();
    char last = name.isEmpty() ? 's' : name.charAt(name.length() - 1);
    return last != 's' && last != 'S' && name.indexOf(" and ") < 0; // not "officials"
  }

  /**
   * Brings the word index up to date with the entities remembered: it is only asked about bare
   * references, which many documents never make, so it is built on the first question.
   */
  private void indexWords() {
    for (; indexed < entities.size(); indexed++) {
      Entity e = entities.get(indexed);
      String words = filedUnder(e);
      if (words == null) {
        continue;
      }
      for (String w : wordsOf.computeIfAbsent(words, DocumentContext::wordsOf)) {
        List<Entity> list = byWord.computeIfAbsent(w, k -> new ArrayList<>(2));
        if (list.isEmpty() || list.get(list.size() - 1) != e) {
          list.add(e);
        }
      }
    }
  }

  private static <K> void add(Map<K, List<Entity>> map, K key, Entity e) {
    List<Entity> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>(2);
      map.put(key, list);
    }
    list.add(e);
  }

  /** Whether {@code e} is found under {@code word}, as {@link #wordsOf} would index it. */
  private static boolean holds(Entity e, String word) {
    String words = filedUnder(e);
    return words != null && Names.hasWord(words, word);
  }

  /** The words an entity is found by: a person's role and body, an institution's name. */
  private static String filedUnder(Entity e) {
    return e.source().person() ? e.source().affiliation() : e.source().name();
  }

  /**
   * The words a name is found under: each word, and a plural also singular ("force"); {@link
   * Names#hasWord} answers the same question for one word without building the list.
   */
  private static List<String> wordsOf(String name) {
    List<String> words = Names.words(name);
    List<String> keys = new ArrayList<>(words.size() + 2);
    for (String w : words) {
      keys.add(w);
      if (w.length() > 3 && w.endsWith("s")) {
        keys.add(w.substring(0, w.length() - 1));
      }
    }
    return keys;
  }

  public void defineAcronym(String acronym, SourceRef source) {
    acronyms.putIfAbsent(acronym, source);
  }

  /** The source a document-defined acronym stands for, or null. */
  public SourceRef acronym(String acronym) {
    return acronyms.get(acronym);
  }

  /** A statement of {@code source} an outlet relayed ("X said, as cited by Kabar"). */
  public void rememberRelay(SourceRef source, String via) {
    relaySource = source;
    relayVia = via;
    relaySentence = current;
  }

  /**
   * The outlet that relayed {@code source}'s statement in the sentence just before, or null: "He
   * said 5 were wounded" goes on with what the outlet cited.
   */
  public String relayBefore(SourceRef source) {
    boolean sameSpeaker = relaySource != null && relaySource.name().equals(source.name());
    return sameSpeaker && relaySentence == current - 1 ? relayVia : null;
  }

  public void rememberStatement(SourceRef source) {
    statements.add(new Entity(source, current));
  }

  /** Who issued the latest statement mentioned before {@code sentence}, or null. */
  SourceRef statementBefore(int sentence) {
    return latest(statements, sentence - 1);
  }

  /** The latest person, named or one the text does not name, up to the current sentence. */
  public SourceRef lastPerson() {
    return latest(persons, current);
  }

  /** The sentence of the latest person remembered up to the current sentence, or -1. */
  public int lastPersonSentence() {
    int i = lastIndexAtOrBefore(persons, current);
    return i < 0 ? -1 : persons.get(i).sentence();
  }

  /**
   * The speaker of the latest frame when it spoke in the current sentence or in one of the
   * {@code sentences} before it, bare descriptions included ("the army said. ... it said"), or
   * null.
   */
  public SourceRef speakerWithin(int sentences) {
    return lastSpeakerSentence >= current - sentences && lastSpeakerSentence <= current
        ? lastSpeaker : null;
  }

  /** The latest source of any kind, up to the current sentence. */
  public SourceRef lastSource() {
    return latest(entities, current);
  }

  /** The latest source named in a sentence before {@code sentence}. */
  SourceRef lastSourceBefore(int sentence) {
    return latest(entities, sentence - 1);
  }

  /** The latest source of the given type named up to the current sentence. */
  public SourceRef lastOfType(SourceType type) {
    return latest(byType.getOrDefault(type, List.of()), current);
  }

  /**
   * The latest body (no person) of either type: "the group said" after a rights group or a
   * militia named before speaks for whichever came last.
   */
  public SourceRef lastBodyOf(SourceType one, SourceType other) {
    for (int i = lastIndexAtOrBefore(entities, current); i >= 0; i--) {
      SourceRef s = entities.get(i).source();
      if (!s.person() && (s.type() == one || s.type() == other)) {
        return s;
      }
    }
    return null;
  }

  /** A person remembered under this surname ("Caldwell" for "William B. Caldwell"). */
  public SourceRef personBySurname(String surname) {
    return latest(bySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of()), current);
  }

  /**
   * The nearest institution whose name holds {@code head} ("ministry" finds "Gaza Health
   * Ministry"), or person whose role does ("governor" finds "Governor Oleksandr Hrytsenko"):
   * earlier ones first, then later ones when {@code forward}; later persons only when {@code
   * laterPersons}: "police said" stays the police when a spokesman is quoted a sentence on, where
   * "residents said" are the resident named after.
   */
  public SourceRef institutionWith(String head, boolean forward, boolean laterPersons) {
    String word = head.toLowerCase(Locale.ROOT);
    if (entities.size() <= SCAN_LIMIT) {
      int last = lastIndexAtOrBefore(entities, current);
      for (int i = last; i >= 0; i--) {
        if (holds(entities.get(i), word)) {
          return entities.get(i).source();
        }
      }
      for (int i = last + 1; forward && i < entities.size(); i++) {
        if ((laterPersons || !entities.get(i).source().person()) && holds(entities.get(i), word)) {
          return entities.get(i).source();
        }
      }
      return null;
    }
    indexWords();
    List<Entity> list = byWord.getOrDefault(word, List.of());
    int i = lastIndexAtOrBefore(list, current);
    if (i >= 0) {
      return list.get(i).source();
    }
    for (int k = 0; forward && k < list.size(); k++) {
      if (laterPersons || !list.get(k).source().person()) {
        return list.get(k).source();
      }
    }
    return null;
  }

  /**
   * The newest answer {@code probe} gives for the sentences from the current one back to
   * {@code window} sentences before it. Answers are remembered per key, and each sentence is
   * probed once per key, however often the question is asked as the reading moves on.
   */
  public SourceRef lookBack(
      String key, int window, java.util.function.BiFunction<Sentence, List<Token>, SourceRef> probe) {
    LookBack l = lookBacks.computeIfAbsent(key, k -> new LookBack());
    int last = Math.min(current, tokens.size() - 1);
    int oldest = Math.max(0, last - window);
    for (int i = last; i >= oldest && i > l.readUpTo; i--) {
      SourceRef found = probe.apply(sentences.get(i), tokens.get(i));
      if (found != null) {
        l.found = found;
        l.foundAt = i;
        break;
      }
    }
    l.readUpTo = Math.max(l.readUpTo, last);
    return l.found != null && l.foundAt >= oldest && l.foundAt <= last ? l.found : null;
  }

  private static SourceRef latest(List<Entity> list, int sentence) {
    int i = lastIndexAtOrBefore(list, sentence);
    return i < 0 ? null : list.get(i).source();
  }

  /** The index of the last entry whose sentence is at most {@code sentence}, or -1. */
  private static int lastIndexAtOrBefore(List<Entity> list, int sentence) {
    int lo = 0;
    int hi = list.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).sentence() <= sentence) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
