package org.casualtyclaims.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * The words the attribution constructions are built from, by their role in
 * attribution-words.tsv (whose header describes each role); read once with the other lexicons.
 */
public final class AttributionWords {
  final Set<String> tallyVerbs = new HashSet<>();
  final Set<String> tallyNouns = new HashSet<>();
  final Set<String> speechParticiples = new HashSet<>();
  final Set<String> statementWords = new HashSet<>();
  final Set<String> recordVerbs = new HashSet<>();
  final Set<String> genericRecordWords = new HashSet<>();
  final Set<String> recordParticiples = new HashSet<>();
  final Set<String> stateOutletWords = new HashSet<>();
  final Set<String> placeVerbs = new HashSet<>();
  final Set<String> anyBodyWords = new HashSet<>();
  final Set<String> ownerLinks = new HashSet<>();
  final Set<String> speechChannels = new HashSet<>();
  final Set<String> bodyVoices = new HashSet<>();
  final Set<String> oneOfManyWords = new HashSet<>();
  final Set<String> anonymityWords = new HashSet<>();
  final Set<String> negatedAnonymityWords = new HashSet<>();
  final Set<String> anonymityRefusals = new HashSet<>();
  final Set<String> clauseContrasts = new HashSet<>();
  final Set<String> selfNamingVerbs = new HashSet<>();

  private AttributionWords() {}

  /** Reads attribution-words.tsv; a role it does not know, or a word listed twice, fails. */
  static AttributionWords read(ResourceOpener opener, LexiconFiles files) {
    AttributionWords words = new AttributionWords();
    for (LexiconFile.Row row :
        LexiconFile.read(opener, files.file("attribution-words.tsv"), 2, 2)) {
      Set<String> role = switch (row.lower(1)) {
        case "tally-verb" -> words.tallyVerbs;
        case "tally-noun" -> words.tallyNouns;
        case "speech-participle" -> words.speechParticiples;
        case "statement" -> words.statementWords;
        case "record-verb" -> words.recordVerbs;
        case "generic-record" -> words.genericRecordWords;
        case "record-participle" -> words.recordParticiples;
        case "state-outlet" -> words.stateOutletWords;
        case "owner-link" -> words.ownerLinks;
        case "speech-channel" -> words.speechChannels;
        case "body-voice" -> words.bodyVoices;
        case "one-of-many" -> words.oneOfManyWords;
        case "anonymity" -> words.anonymityWords;
        case "anonymity-negated" -> words.negatedAnonymityWords;
        case "anonymity-refusal" -> words.anonymityRefusals;
        case "place-verb" -> words.placeVerbs;
        case "any-body" -> words.anyBodyWords;
        case "clause-contrast" -> words.clauseContrasts;
        case "self-naming" -> words.selfNamingVerbs;
        default -> throw row.error("role must be one of tally-verb, tally-noun, speech-participle,"
            + " statement, record-verb, generic-record, record-participle, state-outlet,"
            + " owner-link, speech-channel, body-voice, one-of-many, anonymity, anonymity-negated,"
            + " anonymity-refusal, place-verb, any-body, clause-contrast,"
            + " self-naming; found '" + row.column(1) + "'");
      };
      if (!role.add(row.lower(0))) {
        throw row.error("'" + row.lower(0) + "' is listed twice as " + row.lower(1));
      }
    }
    return words;
  }

  /** A modifier that leaves a record without a keeper ("the latest data"). */
  public boolean isGenericRecordWord(String lower) {
    return genericRecordWords.contains(lower);
  }

  /** A word that makes the armed group before it a body's owner, not its type ("Houthi-run"). */
  public boolean isOwnerLink(String lower) {
    return ownerLinks.contains(lower);
  }

  /** A means of speaking after "by" ("said by telephone"): no agent of a passive. */
  public boolean isSpeechChannel(String lower) {
    return speechChannels.contains(lower);
  }

  /** A role that speaks for its body, unnamed or not ("a police spokesman said"). */
  public boolean isBodyVoice(String lower) {
    return bodyVoices.contains(lower);
  }

  /** After "a", makes an office-holder one unnamed among many ("a local hospital director"). */
  public boolean isOneOfMany(String lower) {
    return oneOfManyWords.contains(lower);
  }

  /** A word that alone says a speaker is not named ("on condition of anonymity"). */
  public boolean isAnonymityWord(String lower) {
    return anonymityWords.contains(lower);
  }

  /** A word that says so after a negation or a refusal ("not to be named", "declined to be identified"). */
  public boolean isNegatedAnonymityWord(String lower) {
    return negatedAnonymityWords.contains(lower);
  }

  /** A verb of refusal that acts as a negation before those words ("declined to be named"). */
  public boolean isAnonymityRefusal(String lower) {
    return anonymityRefusals.contains(lower);
  }

  /**
   * A verb a place may be the subject of without speaking ("Mexico recorded 30,000 homicides,
   * according to government data"): attribution-words.tsv's place-verb.
   */
  public boolean isPlaceVerb(String lower) {
    return placeVerbs.contains(lower);
  }

  /**
   * A verb by which a speaker gives itself a name before a reflexive pronoun ("who call
   * themselves the Veiled Brigade"): attribution-words.tsv's self-naming.
   */
  public boolean isSelfNamingVerb(String lower) {
    return selfNamingVerbs.contains(lower);
  }

  /** A word that makes an outlet the state's own ("government television"). */
  public boolean isStateOutletWord(String lower) {
    return stateOutletWords.contains(lower);
  }
}
