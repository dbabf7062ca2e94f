package org.casualtyclaims.engine.place.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.text.FoldedTable;

/**
 * What the gazetteer says of one word of a sentence: the most words a name and a demonym opening
 * with it have, and the country it names alone as a demonym. The scanner asks all three of a
 * capitalised word: one look-up in one table answers them.
 *
 * @param nameWords the most words of a gazetteer name that opens with it; 0 when none does
 * @param demonymWords likewise for demonyms ("North" of "North Korean")
 * @param demonymCountry the country it names as a demonym on its own ("Afghan"), or null
 */
public record WordFacts(int nameWords, int demonymWords, String demonymCountry) {
  static final WordFacts NONE = new WordFacts(0, 0, null);

  /**
   * The facts of every word, looked up by a stretch of the sentence: asked only of capitalised
   * words (the roles of the place words, asked of every word, are in {@link AnchorWords}).
   */
  public static final class Table {
    private final FoldedTable<WordFacts> facts;

    public Table(Gazetteer gazetteer) {
      Map<String, Integer> nameStarts = gazetteer.nameStarts();
      Map<String, Integer> demonymStarts = gazetteer.demonymStarts();
      Map<String, String> demonyms = gazetteer.demonyms();
      Set<String> keys = new HashSet<>(nameStarts.keySet());
      keys.addAll(demonymStarts.keySet());
      keys.addAll(demonyms.keySet());
      Map<String, WordFacts> byKey = new HashMap<>();
      for (String key : keys) {
        byKey.put(key, new WordFacts(nameStarts.getOrDefault(key, 0),
            demonymStarts.getOrDefault(key, 0), demonyms.get(key)));
      }
      // a word beyond plain ASCII ("al-Shifa", "Sana’a") is filed under its PlaceKeys form; a
      // name opens with the first word of that form ("al")
      this.facts = FoldedTable.withOtherWords(byKey, word -> {
        String key = PlaceKeys.key(word);
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        WordFacts f = new WordFacts(nameStarts.getOrDefault(first, 0),
            demonymStarts.getOrDefault(first, 0), demonyms.get(key));
        return f.equals(NONE) ? null : f;
      });
    }

    /** The facts of the word {@code text[start, end)}; {@link #NONE} when the gazetteer has none. */
    WordFacts of(String text, int start, int end) {
      WordFacts f = facts.get(text, start, end);
      return f == null ? NONE : f;
    }
  }
}
