package org.casualtyclaims.engine;

/**
 * What the lexicons and the grammar say about one lower-case word, looked up once when the word
 * is tokenised, so that the stages after need no hash look-up of their own.
 */
final class WordInfo {
  static final WordInfo NONE = new WordInfo();

  // lexicon memberships
  static final int PERSON_NOUN = 1;
  static final int TRAP_AFTER = 1 << 1;
  static final int TRAP_BEFORE = 1 << 2;
  static final int TRAP_OBJECT = 1 << 3;
  /** Starts a number written in words ("two", "twenty", "dozen"). */
  static final int NUMBER_WORD = 1 << 4;
  /** May open an attribution: a speech verb, "according", "citing", a participle, a tally verb. */
  static final int SPEECH_LIKE = 1 << 5;
  static final int MONTH = 1 << 6;
  static final int WEEKDAY = 1 << 7;
  // grammar (see Grammar)
  static final int AUXILIARY = 1 << 8;
  static final int FILLER = 1 << 9;
  static final int CLAUSE_BREAK = 1 << 10;
  static final int RELATIVE = 1 << 11;
  static final int OBJECT_START = 1 << 12;
  static final int LEFT_FILLER = 1 << 13;
  static final int PREPOSITION = 1 << 14;
  static final int DETERMINER = 1 << 15;
  static final int PRONOUN = 1 << 16;
  static final int TALLY_LINK = 1 << 17;
  static final int BE_FORM = 1 << 18;
  static final int SPEECH_ADVERB = 1 << 19;
  static final int RIGHT_STOP = 1 << 20;
  static final int PARTICIPLE_SPEECH = 1 << 21;
  static final int TALLY_VERB = 1 << 22;
  static final int NAME_PARTICLE = 1 << 23;
  static final int SENTENCE_ADVERB = 1 << 24;
  static final int MODAL = 1 << 25;
  static final int NEGATION = 1 << 26;
  static final int EARLIER = 1 << 27;
  /** Starts a two-word source head ("news" of "news agency", "rights" of "rights group"). */
  static final int HEAD_PREFIX = 1 << 28;
  /** Starts a hedging or verification phrase of confidence-cues.tsv. */
  static final int CUE_PHRASE_START = 1 << 29;
  /** Multiplies after "a": "a dozen", "a hundred", "a thousand". */
  static final int MULTIPLIER = 1 << 30;
  /** Occurs in a name or alias of sources.tsv: only phrases of such words can be known sources. */
  static final int ALIAS_WORD = 1 << 31;

  int flags;
  CategoryCue cue;
  Category passive;
  ConfidenceEffect speech;
  Long vague;
  SourceHead head;

  boolean has(int flag) {
    return (flags & flag) != 0;
  }
}
