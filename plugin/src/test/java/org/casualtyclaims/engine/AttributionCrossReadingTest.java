package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Attribution constructions met in reporting the earlier attribution rounds never read, each a
 * class of wording rather than one sentence.
 */
class AttributionCrossReadingTest {
  private static void assertSource(Claim c, String source, SourceType type) {
    assertEquals(source, c.source() == null ? null : c.source().toLowerCase(Locale.ROOT));
    assertEquals(type, c.sourceType());
  }

  @Test
  void aReportByItsKeeperIsTheKeepers() {
    Claim c = find(claims("A lorry left a hill road near the border on Thursday, killing nine "
        + "people, according to a preliminary report by the state police."), Category.KILLED, 9);
    assertSource(c, "state police", SourceType.OFFICIAL);
  }

  @Test
  void reportsFromABodyAreTheBodys() {
    Claim c = find(claims("Floodwater swept through two river towns overnight, killing at least "
        + "14 people, according to initial reports from the district administration."),
        Category.KILLED, 14);
    assertSource(c, "district administration", SourceType.OFFICIAL);
  }
}
