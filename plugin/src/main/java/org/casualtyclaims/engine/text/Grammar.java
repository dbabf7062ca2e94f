package org.casualtyclaims.engine.text;

import java.util.Set;

/**
 * English function words the extractor's patterns are built from. These are grammar, not
 * vocabulary, so they stay in code; the vocabulary (cues, sources, traps) lives in the lexicons.
 */
public final class Grammar {
  private Grammar() {}

  /** Auxiliaries between a noun phrase and its participle: "were", "have been", "went". */
  public static final Set<String> AUXILIARIES =
      Set.of(
          "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "remain",
          "remained", "remains", "remaining", "went", "gone", "got", "gotten", "became",
          "become", "lay", "lie", "lies", "reported", "feared", "believed", "thought", "said",
          "confirmed", "presumed", "declared", "listed", "found", "left", "taken", "held",
          "will", "would", "could", "may", "might", "must", "should");

  /** Words that may sit between an auxiliary and the participle: "were also later found dead". */
  static final Set<String> FILLERS =
      Set.of(
          "also", "still", "currently", "now", "later", "all", "both", "each", "reportedly",
          "allegedly", "apparently", "officially", "likely", "probably", "possibly", "already",
          "initially", "subsequently", "since", "then", "critically", "seriously", "severely",
          "slightly", "badly", "fatally", "mortally", "gravely", "lightly", "moderately", "shot",
          "among", "the", "in", "to", "as", "brought", "admitted", "rushed", "known", "not",
          "yet", "being", "been", "have", "be", "either", "so", "far", "thus", "feared",
          "believed", "thought", "confirmed", "reported", "found", "presumed", "declared",
          "listed", "taken", "held", "left", "said", "more", "altogether", "together",
          "instantly", "immediately", "sustained", "suffered", "their", "lost", "lose", "losing", "estimated",
          "understood", "expected", "yesterday", "overnight");

  /** Words that end a victim noun phrase: conjunctions and subordinators. */
  public static final Set<String> CLAUSE_BREAKS =
      Set.of(
          "but", "while", "when", "whereas", "although", "though", "because", "since", "after",
          "before", "as", "than", "if", "unless", "until", "so", "or", "nor", "yet", "whether",
          "where", "whose");

  static final Set<String> RELATIVES = Set.of(
          "who", "that", "which");

  /** Words a source's noun phrase never crosses: relatives, "according", forms of "have". */
  static final Set<String> PHRASE_STOPS =
      Set.of("according", "that", "who", "which", "where", "whose", "has", "have", "had");

  /** Words after an active verb that start its object: "killed at least 12", "killed the". */
  static final Set<String> OBJECT_STARTS =
      Set.of(
          "a", "an", "the", "his", "her", "their", "its", "our", "my", "at", "more", "about",
          "around", "some", "nearly", "almost", "over", "up", "dozens", "hundreds", "scores",
          "several", "many", "thousands", "all", "two", "three", "four", "five", "six", "seven",
          "eight", "nine", "ten", "one", "another", "approximately", "roughly", "him", "them");

  /** Words before a figure that do not break an active verb's hold: "killed another 12". */
  static final Set<String> LEFT_FILLERS =
      Set.of(
          "another", "a", "further", "additional", "total", "of", "all", "the", "an", "least");

  /** Prepositions that end a victim phrase: "11 civilians in Kabul". */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "at", "on", "near", "during", "across", "after", "since", "aboard", "inside",
          "outside", "by", "from", "with", "into", "onto", "over", "under", "throughout",
          "following", "amid", "when", "while", "for", "around", "to", "off", "along", "against");

  static final Set<String> DETERMINERS = Set.of(
          "a", "an", "the");

  static final Set<String> PRONOUNS = Set.of(
          "he", "she", "they", "it", "we", "i");

  /** Words before a tally's figure: "rose to 24", "stood at 23", "a toll of 43". */
  public static final Set<String> TALLY_LINKS =
      Set.of(
          "to", "at", "of", "past", "reached", "reaching", "hit", "hitting", "topped",
          "exceeded", "passed", "surpassed", "crossed", "is", "was", "stood", "stands", "now",
          ":", "from", "above", "over", "beyond");

  /** Words that mark a tally as an earlier, replaced one: "an earlier toll of 12". */
  static final Set<String> EARLIER =
      Set.of(
          "earlier", "previous", "initial", "original", "first", "old", "former", "prior");

  /** Be-forms: a speech verb after one is passive ("were reported killed"), not a frame. */
  static final Set<String> BE_FORMS =
      Set.of(
          "is", "are", "was", "were", "be", "been", "being");

  /** Words between a subject and its speech verb: "the ministry has also said". */
  static final Set<String> SPEECH_ADVERBS =
      Set.of(
          "has", "have", "had", "also", "later", "earlier", "previously", "then", "initially",
          "separately", "further", "again", "would", "will", "first", "already", "subsequently",
          "officially", "publicly", "formally", "repeatedly", "reportedly", "independently");

  /** Words that end a source phrase read to the right: "told VOA Tuesday", "said by phone". */
  static final Set<String> RIGHT_STOPS =
      Set.of(
          "that", "on", "in", "by", "late", "earlier", "last", "this", "yesterday", "today",
          "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday", "when", "after", "as", "while", "who", "which", "where", "and", "but",
          "during", "via", "through", "adding", "saying", "with", "without", "before", "because",
          "following", "amid", "to");

  /** Prepositions that open a phrase inside a source's name: "officials at the hospital". */
  static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "at", "from", "for", "in", "with");

  /** Lower-case particles inside names: "Abdullah al-Mahdi", "Ursula von der Leyen". */
  static final Set<String> NAME_PARTICLES =
      Set.of("al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "del", "la", "le",
          "du", "dos", "das", "des", "ter", "ten", "bint", "ould", "abu", "wal", "ez");

  /** Capitalised words that open sentences without naming anyone: "Earlier, the SBU said". */
  static final Set<String> SENTENCE_ADVERBS =
      Set.of("earlier", "later", "meanwhile", "however", "separately", "previously", "overall",
          "elsewhere", "also", "still", "instead", "nevertheless", "moreover", "furthermore",
          "additionally", "similarly", "initially", "eventually", "subsequently", "afterwards",
          "since", "then", "now", "here", "there", "thus", "hence", "so", "but", "and", "yet",
          "officially", "overnight", "first", "finally", "last", "again", "already", "today",
          "yesterday", "tonight", "in", "on", "at", "by", "for", "with", "after", "before");

  /** Modal and auxiliary verbs that may stand between a speaker and the verb. */
  static final Set<String> MODALS =
      Set.of("could", "would", "can", "may", "might", "will", "did", "does", "do", "not", "never",
          "cannot", "should", "must", "didn't", "don't", "doesn't", "couldn't", "wouldn't",
          "hasn't", "haven't", "hadn't", "won't", "can't", "didn\u2019t", "couldn\u2019t");

  /** Negations: a negated speech verb asserts nothing. */
  static final Set<String> NEGATIONS =
      Set.of("not", "never", "cannot", "didn't", "don't", "doesn't", "couldn't", "wouldn't",
          "hasn't", "haven't", "hadn't", "won't", "can't", "didn\u2019t", "couldn\u2019t");
}
