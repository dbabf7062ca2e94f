package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A place inside a name given in quotation marks is part of the name, and a bearing written with
 * a hyphenated compass word ("800 km south-east of Algiers") is a point of reference, as one
 * written in one word is.
 */
class QuotedNamePlaceTest {
  private static final String RAID =
      "Gunmen stormed a gas plant outside Ouargla on Wednesday.\n\n";

  private static EventAnchor captured(String body, long count) {
    return find(claims(body), Category.CAPTURED, count).event();
  }

  @Test
  void aPlaceInsideAQuotedNameTheGroupCallsItselfIsNoPlace() {
    EventAnchor e = captured(RAID + "The kidnappers, who call themselves “The Avengers in "
        + "Tamanrasset”, said they were holding 12 foreign workers.", 12);
    assertEquals("Ouargla", e.place(), "the story's place, not the town inside the name");
  }

  @Test
  void theQuotedNameMayBeTheSecondOfTwoNames() {
    EventAnchor e = captured(RAID + "The kidnappers, who call themselves the Veiled Ones or "
        + "“Those Who Sign in Tamanrasset”, said they were holding 12 foreign workers.", 12);
    assertEquals("Ouargla", e.place());
  }

  @Test
  void aQuotedPlaceWithoutANamingWordStaysAPlace() {
    EventAnchor e = captured(RAID + "The kidnappers said they were holding 12 foreign workers "
        + "in “the desert near Tamanrasset”.", 12);
    assertEquals("Tamanrasset", e.place());
  }

  @Test
  void aHyphenatedCompassWordTakesABearingFromAPointOfReference() {
    EventAnchor e = killed("Gunmen killed nine guards at a gas plant 800 km south-east of "
        + "Algiers on Monday, officials said.", 9);
    assertNull(e.place(), "Algiers is where the bearing is taken from");
  }
}
