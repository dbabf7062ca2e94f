package org.casualtyclaims.engine.text;

import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.figures.CategoryCue;

/**
 * What the lexicons and the grammar say about one lower-case word, looked up once when the word
 * is tokenised, so that the stages after need no hash look-up of their own.
 */
public final class WordInfo {
  public static final WordInfo NONE = new WordInfo(null);

  // lexicon memberships
  public static final long PERSON_NOUN = 1L;
  public static final long TRAP_AFTER = 1L << 1;
  public static final long TRAP_BEFORE = 1L << 2;
  public static final long TRAP_OBJECT = 1L << 3;
  /** Starts a number written in words ("two", "twenty", "dozen"). */
  public static final long NUMBER_WORD = 1L << 4;
  /** May open an attribution: a speech verb, "according", "citing", a participle, a tally verb. */
  public static final long SPEECH_LIKE = 1L << 5;
  public static final long MONTH = 1L << 6;
  public static final long WEEKDAY = 1L << 7;
  // grammar (see Grammar)
  public static final long AUXILIARY = 1L << 8;
  public static final long FILLER = 1L << 9;
  public static final long CLAUSE_BREAK = 1L << 10;
  public static final long RELATIVE = 1L << 11;
  public static final long OBJECT_START = 1L << 12;
  public static final long LEFT_FILLER = 1L << 13;
  public static final long PREPOSITION = 1L << 14;
  public static final long DETERMINER = 1L << 15;
  public static final long PRONOUN = 1L << 16;
  public static final long TALLY_LINK = 1L << 17;
  public static final long BE_FORM = 1L << 18;
  public static final long SPEECH_ADVERB = 1L << 19;
  public static final long RIGHT_STOP = 1L << 20;
  public static final long PARTICIPLE_SPEECH = 1L << 21;
  public static final long TALLY_VERB = 1L << 22;
  public static final long NAME_PARTICLE = 1L << 23;
  public static final long SENTENCE_ADVERB = 1L << 24;
  public static final long MODAL = 1L << 25;
  public static final long NEGATION = 1L << 26;
  public static final long EARLIER = 1L << 27;
  /** Starts a two-word source head ("news" of "news agency", "rights" of "rights group"). */
  public static final long HEAD_PREFIX = 1L << 28;
  /** Starts a hedging or verification phrase of confidence-cues.tsv. */
  public static final long CUE_PHRASE_START = 1L << 29;
  /** Multiplies after "a": "a dozen", "a hundred", "a thousand". */
  public static final long MULTIPLIER = 1L << 30;
  /** Occurs in a name or alias of sources.tsv: only phrases of such words can be known sources. */
  public static final long ALIAS_WORD = 1L << 31;
  /** A title or common word that is never part of a person's name ("Gen.", "the", "local"). */
  public static final long NOT_NAME = 1L << 32;
  /** A statement that speaks for its issuer: "statement", "release", "report". */
  public static final long STATEMENT = 1L << 33;
  /** Starts a two-word category cue ("shot" of "shot dead"). */
  public static final long CUE_PREFIX = 1L << 34;
  /** The first word of a key of sources.tsv ("uk" of "uk's ministry of defence"). */
  public static final long ALIAS_FIRST = 1L << 35;
  /** The last word of a key of sources.tsv ("defence"). */
  public static final long ALIAS_LAST = 1L << 36;
  /** A category word of any kind: it has a {@link #cue} or a {@link #passive} category. */
  public static final long CATEGORY = 1L << 37;
  /** See {@link Grammar#PHRASE_STOPS}. */
  public static final long PHRASE_STOP = 1L << 38;
  /** A noun a tally verb acts on ("toll" of "put the toll at 21"); attribution-words.tsv. */
  public static final long TALLY_NOUN = 1L << 39;
  /** May start a number in words: a number word, or "a" or "an" (of "a dozen"). */
  public static final long FIGURE_START = 1L << 40;
  /** Ends a two-word source head ("agency" of "news agency"). */
  public static final long HEAD_SUFFIX = 1L << 41;
  /** See {@link Grammar#PHRASE_PREPOSITIONS}. */
  public static final long PHRASE_PREPOSITION = 1L << 42;
  /** Ends a qualifier that comes before a figure ("least" of "at least"). */
  public static final long QUALIFIER_BEFORE_END = 1L << 43;
  /** Starts a qualifier that comes after a figure ("or" of "or more"). */
  public static final long QUALIFIER_AFTER_START = 1L << 44;
  /** Is a whole hedging or verification cue on its own ("reportedly"). */
  public static final long CUE_PHRASE_WORD = 1L << 45;
  /** Comes second in a hedging or verification cue ("not" of "could not be verified"). */
  public static final long CUE_PHRASE_SECOND = 1L << 46;
  /** "(": a sentence holding one may define an acronym. */
  public static final long OPEN_PARENTHESIS = 1L << 47;
  /** A verb only a record speaks through: "figures released by the ministry show". */
  public static final long RECORD_VERB = 1L << 48;
  /** Has a {@link #vague} quantity ("dozens", "hundreds"). */
  public static final long VAGUE_QUANTITY = 1L << 49;
  /** A participle without "-ed" that names a record's keeper: "a tally kept by the monitor". */
  public static final long RECORD_PARTICIPLE = 1L << 50;
  /** A place that holds people unharmed: "the centre was holding 1,100 migrants". */
  public static final long TRAP_HOLDER = 1L << 53;
  /** Names a disease: its document's care words ("treated", "in hospital") injure no one. */
  public static final long ILLNESS = 1L << 54;
  /** After a comma, opens a clause a speaker does not reach across: ", while", ", though". */
  public static final long CLAUSE_CONTRAST = 1L << 55;
  /**
   * May begin a figure: a number word, a multiplier ("a dozen" begins at "a", which needs one
   * after it), a vague quantity. With a number in digits, what a sentence needs to hold a figure.
   */
  public static final long FIGURE_WORD = NUMBER_WORD | MULTIPLIER | VAGUE_QUANTITY;

  /** The lower-case word; null for {@link #NONE}. */
  final String word;

  public long flags;
  public CategoryCue cue;
  public Category passive;
  public ConfidenceEffect speech;
  public Long vague;
  public SourceHead head;
  /** The known source this one word names on its own ("police", "unicef"), or null. */
  public KnownSource known;

  WordInfo(String word) {
    this.word = word;
  }

  public boolean has(long flag) {
    return (flags & flag) != 0;
  }
}
