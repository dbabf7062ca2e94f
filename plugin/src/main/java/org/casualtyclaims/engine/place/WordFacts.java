package org.casualtyclaims.engine.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.FoldedTable;

/**
 * What the place lexicons say of one word of a sentence: its role among the place words, the
 * most words a gazetteer name and a demonym opening with it have, and the country it names alone
 * as a demonym. The scanner asks all of these of a capitalised word: one look-up answers them.
 *
 * @param role its role in place-words.tsv, or null
 * @param nameWords the most words of a gazetteer name that opens with it; 0 when none does
 * @param demonymWords likewise for demonyms ("North" of "North Korean")
 * @param demonymCountry the country it names as a demonym on its own ("Afghan"), or null
 */
record WordFacts(PlaceWords.Role role, int nameWords, int demonymWords, String demonymCountry) {
  static final WordFacts NONE = new WordFacts(null, 0, 0, null);

  /** The facts of every word, looked up by a stretch of the sentence. */
  static final class Table {
    private final FoldedTable<WordFacts> table;

    Table(PlaceWords words, Gazetteer gazetteer) {
      Map<String, PlaceWords.Role> roles = words.roles();
      Map<String, Integer> nameStarts = gazetteer.nameStarts();
      Map<String, Integer> demonymStarts = gazetteer.demonymStarts();
      Map<String, String> demonyms = gazetteer.demonyms();
      Set<String> keys = new HashSet<>(roles.keySet());
      keys.addAll(nameStarts.keySet());
      keys.addAll(demonymStarts.keySet());
      keys.addAll(demonyms.keySet());
      Map<String, WordFacts> facts = new HashMap<>();
      for (String key : keys) {
        facts.put(key, new WordFacts(roles.get(key), nameStarts.getOrDefault(key, 0),
            demonymStarts.getOrDefault(key, 0), demonyms.get(key)));
      }
      // a word beyond plain ASCII ("al-Shifa", "Sana’a") is filed under its PlaceKeys form; a
      // name opens with the first word of that form ("al")
      this.table = FoldedTable.withOtherWords(facts, word -> {
        String key = PlaceKeys.key(word);
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        WordFacts f = new WordFacts(roles.get(key), nameStarts.getOrDefault(first, 0),
            demonymStarts.getOrDefault(first, 0), demonyms.get(key));
        return f.equals(NONE) ? null : f;
      });
    }

    /** The facts of the word {@code text[start, end)}; {@link #NONE} when no lexicon has it. */
    WordFacts of(String text, int start, int end) {
      WordFacts f = table.get(text, start, end);
      return f == null ? NONE : f;
    }
  }
}
