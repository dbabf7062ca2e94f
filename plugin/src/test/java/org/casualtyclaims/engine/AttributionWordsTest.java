package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claims/attribution-words.tsv: the words of the attribution constructions, checked on load. */
class AttributionWordsTest {
  @TempDir Path dir;

  /** A copy of the configset's lexicons, gazetteer included, with attribution-words.tsv replaced by {@code text}. */
  private Path confWith(String text) throws IOException {
    return Fixtures.confWith(dir, "attribution-words.tsv", text);
  }

  @Test
  void anUnknownRoleNamesTheFileAndLine() throws IOException {
    Path conf = confWith("# roles\nput\ttally-verb\nshows\tspeech-thing\n");
    LexiconException e = assertThrows(LexiconException.class,
        () -> Lexicons.load(ResourceOpener.folder(conf)));
    assertTrue(e.getMessage().contains("attribution-words.tsv line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("speech-thing"), e.getMessage());
  }

  @Test
  void aWordListedTwiceForOneRoleIsRejected() throws IOException {
    Path conf = confWith("put\ttally-verb\nput\ttally-verb\n");
    LexiconException e = assertThrows(LexiconException.class,
        () -> Lexicons.load(ResourceOpener.folder(conf)));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void theWordsDecideWhatTheEngineReads() throws IOException {
    // without "show" as a record verb, figures that "show" a toll have no speaker
    Path conf = confWith("put\ttally-verb\ntoll\ttally-noun\nstatement\tstatement\n");
    ClaimExtractor extractor =
        new ClaimExtractor(Lexicons.load(ResourceOpener.folder(conf)), ExtractorSettings.defaults());
    String text = "Figures released by the regional health office show 24 people were killed.";
    Claim c = Fixtures.find(extractor.extract(java.util.List.of(new FieldText("body", text))).claims(),
        Category.KILLED, 24);
    assertTrue(c.source() == null, "no record verb, no speaker: " + c.source());
    Claim withShow = Fixtures.find(Fixtures.claims(text), Category.KILLED, 24);
    assertTrue("regional health office".equals(withShow.source()), withShow.source());
  }
}
