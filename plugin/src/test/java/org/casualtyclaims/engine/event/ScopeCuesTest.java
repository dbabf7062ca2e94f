package org.casualtyclaims.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.CaptionCredits;
import org.casualtyclaims.engine.event.ScopeCues.Cue;
import org.casualtyclaims.engine.place.PlaceStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cue phrases are read word by word from the sentence, the longest listed phrase winning. */
class ScopeCuesTest {
  @TempDir Path conf;
  private ScopeCues cues;
  private PlaceStage places;

  private void write(String name, String... lines) throws IOException {
    Fixtures.writeLexicon(conf, name, lines);
  }

  @BeforeEach
  void load() throws IOException {
    write(ScopeCues.FILE,
        "since\tcumulative",
        "since the flood season\tcumulative",
        "so far this year\tcumulative",
        "the ferry's\tincident",
        "quake\tincident",
        "nationwide\tcountrywide",
        "clashes\tbattle",
        "had since\tnone");
    // the place stage splits the sentences: it needs its own files
    write("place-words.tsv", "in\tlocative");
    write("gazetteer/countries.tsv", "AF\tAfghanistan\t33.0\t65.0\t-\tAfghan");
    write("gazetteer/regions.tsv", "AF-GHO\tGhor Province\tAF\t34.0\t65.0\t-");
    write("gazetteer/files.txt", "places-1.tsv");
    write("gazetteer/places-1.tsv", "Kabul\tAF\t-\t34.5\t69.2\t4000000\t-");
    ResourceOpener opener = ResourceOpener.folder(conf);
    ScopeCues listed = ScopeCues.load(opener, "claims");
    places = PlaceStage.load(opener, "claims", Set.of(), listed.firstWords());
    cues = listed.numbered(places.lexicon());
  }

  /** The cues of {@code sentence}, split as the place stage splits it. */
  private List<ScopeCues.Cue> find(String sentence) {
    return cues.find(places.story(List.of(sentence), new boolean[1], new int[1],
        CaptionCredits.of(Set.of())).words(0));
  }

  private String found(String sentence) {
    StringBuilder sb = new StringBuilder();
    for (ScopeCues.Cue c : find(sentence)) {
      sb.append(c.kind() == ScopeCues.Kind.CUMULATIVE ? "C:"
              : c.kind() == ScopeCues.Kind.INCIDENT ? "I:" : c.kind() + ":")
          .append(sentence, c.start(), c.end()).append('|');
    }
    return sb.toString();
  }

  @Test
  void theLongestListedPhraseWins() {
    assertEquals("C:Since the flood season|", found("Since the flood season began, 40 died."));
    assertEquals("C:since|", found("Deaths since the flood rose to 40."),
        "'since the flood' only begins a phrase: the one word is the cue");
    assertEquals("C:So far this year|I:quake|",
        found("So far this year, before the quake, 12 died."));
  }

  @Test
  void anUnfinishedPhraseIsNoCue() {
    assertEquals("", found("So far, this is all we know."));
    assertEquals("", found("so far this"));
  }

  @Test
  void wordsFoldCaseAndTheTypographicApostrophe() {
    assertEquals("I:THE FERRY\u2019S|", found("THE FERRY\u2019S crew of 12 survived."));
    assertEquals(List.of(), find("Quakes and floods"));
  }

  @Test
  void countrywideAndBattleCuesAreFoundButTellNoScope() {
    assertEquals("COUNTRYWIDE:Nationwide|BATTLE:clashes|C:since|",
        found("Nationwide, clashes have killed 40 since the vote."));
    for (Cue c : find("Nationwide, clashes have killed 40.")) {
      assertNull(c.scope());
    }
  }

  @Test
  void aPhraseOfNoneHidesTheShorterCueInsideIt() {
    assertEquals("NONE:had since|", found("Two had since died."));
    assertNull(find("Two had since died.").get(0).scope());
    assertEquals("C:since|", found("Two died since the vote."));
  }

  @Test
  void anUnknownLabelFailsTheLoadNamingIt() throws IOException {
    write(ScopeCues.FILE, "massacre\tmassacre");
    LexiconException e = assertThrows(LexiconException.class,
        () -> ScopeCues.load(ResourceOpener.folder(conf), "claims"));
    assertTrue(e.getMessage().contains("'massacre'"), e.getMessage());
  }
}
