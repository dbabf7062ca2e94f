package org.casualtyclaims.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@link WordInfo} of every word any lexicon or grammar list mentions, by lower-case form. */
final class WordTable {
  private final Map<String, WordInfo> words = new HashMap<>();

  WordInfo get(String lower) {
    return words.getOrDefault(lower, WordInfo.NONE);
  }

  private WordInfo info(String lower) {
    return words.computeIfAbsent(lower, k -> new WordInfo());
  }

  static WordTable of(Lexicons lx) {
    WordTable t = new WordTable();
    lx.categoryCues.forEach((w, cue) -> {
      if (w.indexOf(' ') < 0) {
        t.info(w).cue = cue;
      }
    });
    lx.passiveCues.forEach((w, c) -> t.info(w).passive = c);
    lx.speechVerbs.forEach((w, e) -> t.info(w).speech = e);
    lx.vagueQuantities.forEach((w, n) -> t.info(w).vague = n);
    lx.sourceHeads.forEach((w, h) -> {
      int space = w.indexOf(' ');
      if (space < 0) {
        t.info(w).head = h;
      } else {
        t.info(w.substring(0, space)).flags |= WordInfo.HEAD_PREFIX;
      }
    });
    t.flag(lx.sentenceCues.firstWords(), WordInfo.CUE_PHRASE_START);
    t.flag(lx.personNouns, WordInfo.PERSON_NOUN);
    t.flag(lx.trapsAfter, WordInfo.TRAP_AFTER);
    t.flag(lx.trapsBefore, WordInfo.TRAP_BEFORE);
    t.flag(lx.trapsObject, WordInfo.TRAP_OBJECT);
    t.flag(NumberWords.words(), WordInfo.NUMBER_WORD);
    t.flag(lx.speechVerbs.keySet(), WordInfo.SPEECH_LIKE);
    t.flag(Set.of("according", "citing"), WordInfo.SPEECH_LIKE);
    t.flag(Grammar.PARTICIPLE_SPEECH, WordInfo.SPEECH_LIKE);
    t.flag(Grammar.TALLY_VERBS, WordInfo.SPEECH_LIKE);
    t.flag(Calendar.months(), WordInfo.MONTH);
    t.flag(Calendar.weekdays(), WordInfo.WEEKDAY);
    t.flag(Grammar.AUXILIARIES, WordInfo.AUXILIARY);
    t.flag(Grammar.FILLERS, WordInfo.FILLER);
    t.flag(Grammar.CLAUSE_BREAKS, WordInfo.CLAUSE_BREAK);
    t.flag(Grammar.RELATIVES, WordInfo.RELATIVE);
    t.flag(Grammar.OBJECT_STARTS, WordInfo.OBJECT_START);
    t.flag(Grammar.LEFT_FILLERS, WordInfo.LEFT_FILLER);
    t.flag(Grammar.PREPOSITIONS, WordInfo.PREPOSITION);
    t.flag(Grammar.DETERMINERS, WordInfo.DETERMINER);
    t.flag(Grammar.PRONOUNS, WordInfo.PRONOUN);
    t.flag(Grammar.TALLY_LINKS, WordInfo.TALLY_LINK);
    t.flag(Grammar.BE_FORMS, WordInfo.BE_FORM);
    t.flag(Grammar.SPEECH_ADVERBS, WordInfo.SPEECH_ADVERB);
    t.flag(Grammar.RIGHT_STOPS, WordInfo.RIGHT_STOP);
    t.flag(Grammar.PARTICIPLE_SPEECH, WordInfo.PARTICIPLE_SPEECH);
    t.flag(Grammar.TALLY_VERBS, WordInfo.TALLY_VERB);
    t.flag(Grammar.NAME_PARTICLES, WordInfo.NAME_PARTICLE);
    t.flag(Grammar.SENTENCE_ADVERBS, WordInfo.SENTENCE_ADVERB);
    t.flag(Grammar.MODALS, WordInfo.MODAL);
    t.flag(Grammar.NEGATIONS, WordInfo.NEGATION);
    t.flag(Grammar.EARLIER, WordInfo.EARLIER);
    return t;
  }

  private void flag(Iterable<String> lowerWords, int flag) {
    for (String w : lowerWords) {
      info(w).flags |= flag;
    }
  }
}
