package org.casualtyclaims.engine.place.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.PlaceStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence is split once into the words every anchoring stage reads: hyphens, inner
 * apostrophes and dots join, a possessive "'s" is split off, and each word is looked up once.
 */
class SentenceWordsTest {
  @TempDir Path conf;
  private AnchorWords lexicon;
  private WordFacts.Table facts;

  private void write(String name, String... lines) throws IOException {
    Fixtures.writeLexicon(conf, name, lines);
  }

  @BeforeEach
  void load() throws IOException {
    write("place-words.tsv", "governorate\tadmin", "district\tadmin", "in\tlocative",
        "floods\twidespread");
    write("gazetteer/countries.tsv", "AF\tAfghanistan\t33.0\t65.0\t-\tAfghan");
    write("gazetteer/regions.tsv", "AF-KDZ\tKunduz Province\tAF\t36.7\t68.9\t-");
    write("gazetteer/files.txt", "places-1.tsv");
    write("gazetteer/places-1.tsv", "Kunduz\tAF\tKunduz Province\t36.7\t68.9\t260000\t-");
    ResourceOpener opener = ResourceOpener.folder(conf);
    PlaceStage stage = PlaceStage.load(opener, "claims", Set.of(), Set.of("tuesday"));
    lexicon = stage.lexicon();
    facts = new WordFacts.Table(stage.gazetteer());
  }

  private SentenceWords split(String sentence) {
    return SentenceWords.split(sentence, lexicon, facts);
  }

  private static List<String> words(SentenceWords ws) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < ws.size(); k++) {
      out.add(ws.text().substring(ws.start(k), ws.end(k)));
    }
    return out;
  }

  @Test
  void joinsHyphensApostrophesAndInnerDotsAndSplitsOffThePossessive() {
    SentenceWords ws = split("U.S. troops reached Kunduz's al-Shifa district on the 3rd.");
    assertEquals(List.of("U.S.", "troops", "reached", "Kunduz", "al-Shifa", "district", "on",
        "the", "3rd"), words(ws));
    assertTrue(ws.possessive(3));
    assertEquals(ws.end(3) + 2, ws.fullEnd(3), "the full word keeps its 's");
    assertFalse(ws.plainWhole(3), "a possessive word is not whole as split");
    assertFalse(ws.plainWhole(0), "'U.S.' has dots");
    assertFalse(ws.plainWhole(4), "'al-Shifa' has a hyphen");
    assertTrue(ws.plainWhole(8));
    assertTrue(ws.hasDigit(8));
    assertFalse(ws.hasDigit(7));
    assertTrue(ws.capital(3));
    assertFalse(ws.capital(4));
  }

  @Test
  void aWordRunsOnOnlyAfterSpaces() {
    SentenceWords ws = split("Kunduz,  police in  Kunduz\u00A0City (north)");
    assertFalse(ws.joined(0));
    assertFalse(ws.joined(1), "a comma stands between");
    assertTrue(ws.joined(2));
    assertTrue(ws.joined(3), "two spaces are only spaces");
    assertTrue(ws.joined(4), "so is a no-break space");
    assertFalse(ws.joined(5), "a parenthesis stands between");
  }

  @Test
  void eachWordIsLookedUpOnceInAnyCaseShortOrLong() {
    SentenceWords ws = split("FLOODS hit the Kunduz Governorate and the IN district on Tuesday");
    assertEquals(PlaceWords.Role.WIDESPREAD, ws.role(0));
    assertEquals(PlaceWords.Role.ADMIN, ws.role(4), "a word of 11 letters is found too");
    assertEquals(PlaceWords.Role.LOCATIVE, ws.role(7));
    assertNull(ws.role(3));
    assertTrue(ws.has(PlaceWords.Role.WIDESPREAD));
    assertFalse(ws.has(PlaceWords.Role.TYPE));
    assertEquals(lexicon.id("tuesday"), ws.id(10), "the event stage's words are numbered too");
    assertTrue(ws.id(10) > AnchorWords.UNKNOWN);
    assertEquals(AnchorWords.UNKNOWN, ws.id(1));
    assertEquals(AnchorWords.NOT_PLAIN, split("al-Shifa").id(0));
    assertEquals(2, ws.facts(3).nameWords(), "'Kunduz Province' opens with it");
  }

  @Test
  void aParticleJoinedToACapitalIsMarked() {
    SentenceWords ws = split("Deir ez-Zor and al-Balah, anti-War and al-shifa");
    assertFalse(ws.particleName(0));
    assertTrue(ws.particleName(1));
    assertFalse(ws.particleName(2));
    assertTrue(ws.particleName(3));
    assertFalse(ws.particleName(4), "a prefix longer than an article's is no particle");
    assertFalse(ws.particleName(6), "no capital after the hyphen");
  }

  @Test
  void keysCompareWithoutCuttingOutPlainWordsTheLexiconLacks() {
    SentenceWords ws = split("The Thea al-Shifa camp");
    assertTrue(ws.keyIs(0, "the"));
    assertFalse(ws.keyIs(1, "the"));
    assertEquals("thea", ws.key(1));
    assertTrue(ws.keyIs(1, "thea"), "a capitalised word the lexicon lacks reads in lower case");
    assertFalse(ws.keyIs(1, "then"));
    assertFalse(ws.keyIs(3, "camps"));
    assertTrue(ws.keyIs(2, "al shifa"), "a word that is not plain has its PlaceKeys form");
    assertTrue(ws.keyIs(3, "camp"), "a word the rules do not list is compared by its key");
  }
}
