package org.casualtyclaims.engine.place;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.ResourceOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo credit is a credit word against "/" or before ":", not the word anywhere. */
class CaptionCreditsTest {
  private final CaptionCredits credits = CaptionCredits.of(Set.of("photo", "getty"));

  @Test
  void aCreditWordBeforeASlashOrAColonOrAfterASlashIsACredit() {
    assertTrue(credits.credits("Mourners at the funeral on Monday. (AP Photo/Jane Okoro)"));
    assertTrue(credits.credits("Photo: Residents wade through floodwater."));
    assertTrue(credits.credits("Rescuers search the rubble. Jane Okoro/Getty Images"));
  }

  @Test
  void theWordElsewhereIsNoCredit() {
    assertFalse(credits.credits("A photo published by a news channel showed the shelter."));
    assertFalse(credits.credits("Medics worked 24/7, a doctor told AFP: \"we have no beds.\""));
    assertFalse(credits.credits("Photographers/reporters were barred from the site."));
  }

  @Test
  void aCreditWordMustBeLettersOnly(@TempDir Path conf) throws IOException {
    Fixtures.writeLexicon(conf, CaptionCredits.FILE, "photo", "ap photo");
    assertThrows(LexiconException.class,
        () -> CaptionCredits.load(ResourceOpener.folder(conf), "claims"));
  }
}
