package org.casualtyclaims.engine.place.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.PlaceStage;
import org.casualtyclaims.engine.place.mentions.PlaceScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One look-up per word answers what the gazetteer's names and demonyms say of it, and the
 * sentence split its role among the place words, for plain words and for words the fast path cannot fold (hyphens, accents, apostrophes).
 */
class WordFactsTest {
  @TempDir Path conf;
  private WordFacts.Table table;
  private AnchorWords lexicon;

  private void write(String name, String... lines) throws IOException {
    Fixtures.writeLexicon(conf, name, lines);
  }

  @BeforeEach
  void load() throws IOException {
    write("place-words.tsv", "oblast\tadmin", "in\tlocative", "al-qaeda\tnot-place");
    write("gazetteer/countries.tsv",
        "KP\tNorth Korea\t40.0\t127.0\tDPRK\tNorth Korean",
        "AF\tAfghanistan\t33.0\t65.0\t-\tAfghan",
        "PS\tPalestine\t31.9\t35.2\t-\tPalestinian");
    write("gazetteer/regions.tsv", "AF-GHO\tGhōr Province\tAF\t34.0\t65.0\t-");
    write("gazetteer/files.txt", "places-1.tsv");
    write("gazetteer/places-1.tsv",
        "Al-Shifa Camp\tPS\t-\t31.5\t34.4\t1000\t-",
        "Sana'a\tAF\t-\t15.3\t44.2\t2000000\t-");
    PlaceWords words = PlaceWords.load(ResourceOpener.folder(conf), "claims");
    Gazetteer gazetteer =
        PlaceStage.load(ResourceOpener.folder(conf), "claims", Set.of(), Set.of()).gazetteer();
    table = new WordFacts.Table(gazetteer);
    lexicon = new AnchorWords(words, Set.of(), Set.of(), PlaceScanner.RULE_WORDS);
  }

  private WordFacts facts(String sentence, String word) {
    int at = sentence.indexOf(word);
    return table.of(sentence, at, at + word.length());
  }

  private PlaceWords.Role role(String sentence, String word) {
    SentenceWords ws = SentenceWords.split(sentence, lexicon, table);
    for (int k = 0; k < ws.size(); k++) {
      if (ws.start(k) == sentence.indexOf(word)) {
        return ws.role(k);
      }
    }
    throw new AssertionError("no word at '" + word + "'");
  }

  @Test
  void aPlainWordIsFoundInAnyCase() {
    assertEquals(PlaceWords.Role.ADMIN, role("the Kursk OBLAST", "OBLAST"));
    assertEquals(2, facts("North Korean troops", "North").demonymWords());
    assertEquals(2, facts("in North Korea", "North").nameWords());
    assertEquals("AF", facts("Afghan officials", "Afghan").demonymCountry());
    assertEquals(0, facts("Afghan officials", "Afghan").nameWords());
    assertSame(WordFacts.NONE, facts("the Bangkok Post", "Post"));
  }

  @Test
  void aHyphenedWordOpensTheNamesOfItsFirstPart() {
    WordFacts f = facts("strikes on al-Shifa Camp", "al-Shifa");
    assertEquals(3, f.nameWords(), "'al shifa camp' has three words");
    assertEquals(PlaceWords.Role.NOT_PLACE, role("Al-Qaeda fighters", "Al-Qaeda"));
  }

  @Test
  void accentsAndTheTypographicApostropheFoldAsPlaceKeysFoldThem() {
    assertEquals(2, facts("in Ghōr province", "Ghōr").nameWords());
    assertEquals(1, facts("in Sana\u2019a", "Sana\u2019a").nameWords());
    assertEquals(0, facts("in Sana-a", "Sana-a").nameWords(), "the apostrophe is kept");
  }

  @Test
  void aNameWithAnApostropheInsideAWordIsFiledAlsoWithoutIt() {
    // GeoNames writes a soft sign as an apostrophe ("Kramators'k"); news leaves it out
    assertEquals(1, facts("in Sanaa", "Sanaa").nameWords());
    assertEquals(0, facts("in Sana", "Sana").nameWords());
  }
}
