package org.casualtyclaims.engine.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.Tokenizer;
import org.casualtyclaims.engine.text.WordInfo;
import org.junit.jupiter.api.Test;

/**
 * The document pre-check: it must never call a document free of category words when the
 * tokenizer would flag one, since the extractor then returns no claims without reading further.
 */
class CategoryWordScanTest {
  private static final CategoryWordScan SCAN = new CategoryWordScan(Fixtures.lexicons());

  private static boolean any(String text) {
    return SCAN.anyIn(List.of(new FieldText("body", text)));
  }

  /** What the extractor's own cheap sentence test sees: a token the word table flags. */
  private static boolean tokenizerFlags(String text) {
    for (Token t : Tokenizer.tokenize(text, 0, text.length(), Fixtures.lexicons().words)) {
      if ((t.info.flags & WordInfo.CATEGORY) != 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void findsCategoryWordsWhateverTheirCaseAndWhereverTheyStand() {
    assertTrue(any("Nine people were killed."));
    assertTrue(any("KILLED"));
    assertTrue(any("The Toll rose overnight"));
    assertTrue(any("(wounded)"));
    assertTrue(any("a drone-strike left them dead"));
    assertTrue(any("treated in hospital")); // passive cues count too
    assertTrue(any("Kilkenny overkilled it"), "inside a longer word: the safe side");
    assertTrue(any("\u212Ailled"), "the Kelvin sign lower-cases to k");
    assertFalse(any("The council approved the budget on Tuesday, the mayor said."));
    assertFalse(any(""));
    assertFalse(any("k i l l e d, kil-led, kil\u00ADled"));
  }

  @Test
  void anyFieldCounts() {
    assertTrue(SCAN.anyIn(List.of(new FieldText("title", "Storm warning", true),
        new FieldText("body", "Two hikers are missing."))));
    assertFalse(SCAN.anyIn(List.of(new FieldText("title", "Storm warning", true),
        new FieldText("body", null))));
  }

  @Test
  void wordsBeyondLowerCaseAToZAreStillFound() {
    CategoryWordScan scan = new CategoryWordScan(Set.of("blessés", "mort", "hors-de-combat"));
    assertTrue(scan.anyIn(List.of(new FieldText("body", "Les BLESSÉS sont arrivés"))));
    assertTrue(scan.anyIn(List.of(new FieldText("body", "put hors-de-combat"))));
    assertTrue(scan.anyIn(List.of(new FieldText("body", "la mort"))));
    assertFalse(scan.anyIn(List.of(new FieldText("body", "les blessures"))));
  }

  /**
   * Random text from category words, their pieces, other words, digits, punctuation and letters
   * beyond ASCII: wherever the tokenizer flags a category word, the scan finds one.
   */
  @Test
  void neverMissesWhatTheTokenizerFlags() {
    // category words make half the pieces drawn, however many the lexicon lists, so that both
    // kinds of text stay common as it grows
    List<String> words = new ArrayList<>(CategoryWordScan.categoryWords(Fixtures.lexicons()));
    List<String> pieces = new ArrayList<>(List.of("kil", "led", "wound", "ed", "the", "said", "12",
        "’s", "'s", " ", " ", "-", ".", ",", "\u00AD", "\u2019", "é", "İ", "\u212A", "Ω", "\"",
        "(", "\n\n", "U.S."));
    Random random = new Random(20261206);
    int flagged = 0;
    int free = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int k = 0; k < length; k++) {
        List<String> from = random.nextBoolean() ? words : pieces;
        String p = from.get(random.nextInt(from.size()));
        text.append(random.nextInt(4) == 0 ? p.toUpperCase(java.util.Locale.ROOT) : p);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String s = text.toString();
      boolean tokens = tokenizerFlags(s);
      if (tokens) {
        flagged++;
        assertTrue(any(s), () -> "the tokenizer flags a category word in '" + s + "'");
      } else if (!any(s)) {
        free++;
      }
    }
    assertTrue(flagged > 1_000 && free > 1_000, flagged + " flagged, " + free + " free");
  }

  @Test
  void aDocumentWithoutCategoryWordsGetsTheFullExtractionsAnswer() {
    // truncation and characters read as the full extraction reports them
    ClaimExtractor small =
        new ClaimExtractor(Fixtures.lexicons(), new ExtractorSettings(40, 1_000_000, 20));
    String dead = "The dead were mourned in the square. Nobody gave a figure.";
    String plain = "The council met on Monday. The mayor spoke about the budget for an hour.";
    for (List<FieldText> fields : List.of(
        List.of(new FieldText("title", "Short", true), new FieldText("body", dead)),
        List.of(new FieldText("title", "", true),
            new FieldText("body", "dead " + "x".repeat(34) + "\uD83D\uDE00")),
        List.of(new FieldText("title", "x".repeat(45), true), new FieldText("body", dead)))) {
      ExtractionResult full = small.extract(fields);
      assertTrue(full.claims().isEmpty(), "no figure, no claim");
      ExtractionResult quick = CategoryWordScan.nothingFound(fields, 40);
      assertEquals(full.truncated(), quick.truncated(), fields.toString());
      assertEquals(full.charsRead(), quick.charsRead(), fields.toString());
    }
    ExtractionResult skipped = small.extract(List.of(new FieldText("body", plain)));
    assertEquals(List.of(), skipped.claims());
    assertTrue(skipped.truncated());
    assertEquals(40, skipped.charsRead());
  }
}
