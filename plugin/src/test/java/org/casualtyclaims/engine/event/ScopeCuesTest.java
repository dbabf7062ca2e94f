package org.casualtyclaims.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cue phrases are read word by word from the sentence, the longest listed phrase winning. */
class ScopeCuesTest {
  @TempDir Path conf;
  private ScopeCues cues;

  @BeforeEach
  void load() throws IOException {
    Path file = conf.resolve("claims").resolve(ScopeCues.FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "since\tcumulative",
        "since the flood season\tcumulative",
        "so far this year\tcumulative",
        "the ferry's\tincident",
        "quake\tincident") + "\n", StandardCharsets.UTF_8);
    cues = ScopeCues.load(ResourceOpener.folder(conf), "claims");
  }

  private String found(String sentence) {
    StringBuilder sb = new StringBuilder();
    for (ScopeCues.Cue c : cues.find(sentence)) {
      sb.append(c.scope() == Scope.CUMULATIVE ? "C:" : "I:")
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
    assertEquals(List.of(), cues.find("Quakes and floods"));
  }
}
