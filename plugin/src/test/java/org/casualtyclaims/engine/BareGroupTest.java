package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bare "the group said" (attribution-words.tsv's any-body) speaks for the latest armed or
 * international group named before it, whichever kind that was.
 */
class BareGroupTest {

  @Test
  void theGroupAfterARightsGroupIsThatRightsGroup() {
    String text = "At least 900 people were abducted in the region last year, Human Rights Watch "
        + "said in a report on Thursday. In the worst raid, gunmen abducted 64 farmers at a market, "
        + "the group said.";
    Claim c = find(claims(text), Category.CAPTURED, 64);
    assertEquals("Human Rights Watch", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void theGroupAfterAMonitorOfConflictIsThatMonitor() {
    String text = "Violence between armed factions killed 310 people in March, according to "
        + "the conflict monitor ACLED. Gunmen killed 11 guests at a wedding, the group said.";
    Claim c = find(claims(text), Category.KILLED, 11);
    assertEquals("ACLED", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void theGroupAfterAnArmedGroupNamedLastIsTheArmedGroup() {
    String text = "Amnesty International said 40 civilians were killed in the offensive. "
        + "Al-Shabaab claimed the attack on Friday. Its fighters killed 12 soldiers at the base, "
        + "the group said.";
    Claim c = find(claims(text), Category.KILLED, 12);
    assertEquals(SourceType.GROUP, c.sourceType(), c.source());
  }
}
