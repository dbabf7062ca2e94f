package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A tally verb acts on "figures" as on "figure": "the ministry gave its latest figures, province
 * by province: Herat: 45 dead; Badghis: 12 dead" is the ministry's, each figure of the list.
 */
class PluralTallyNounTest {
  @Test
  void aListAfterGivenFiguresIsTheGiversFigures() {
    List<Claim> found = claims("A strong earthquake struck the north of the country on Friday."
        + "\n\nThe interior ministry gave its latest figures on Saturday, province by province: "
        + "Herat: 45 dead; Badghis: 12 dead.");
    for (long count : new long[] {45, 12}) {
      Claim c = find(found, Category.KILLED, count);
      assertEquals("interior ministry", c.source().toLowerCase(Locale.ROOT), "" + count);
      assertEquals(SourceType.OFFICIAL, c.sourceType(), "" + count);
    }
  }
}
