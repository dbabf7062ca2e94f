package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Incident or running total, per GUIDELINES.md; every claim gets one. */
class EventScopeTest {
  private static Scope scope(String body, Category category, long count) {
    return find(claims(body), category, count).event().scope();
  }

  @Test
  void oneAttackOrDisasterIsAnIncident() {
    assertEquals(Scope.INCIDENT,
        scope("A suicide bombing at a wedding killed 22 guests, police said.", Category.KILLED, 22));
    assertEquals(Scope.INCIDENT,
        scope("The earthquake injured 140 people, the governor said.", Category.INJURED, 140));
    assertEquals(Scope.INCIDENT,
        scope("Police said 5 people were killed.", Category.KILLED, 5), "no cue: one event");
  }

  @Test
  void aRunningTotalIsCumulative() {
    assertEquals(Scope.CUMULATIVE, scope(
        "The health ministry said 3,100 people have been killed since the war began.",
        Category.KILLED, 3100));
    assertEquals(Scope.CUMULATIVE, scope(
        "So far this year, 412 migrants have died at sea, the agency said.", Category.KILLED, 412));
    assertEquals(Scope.CUMULATIVE, scope(
        "Over the past decade the conflict has killed 18,000 people, the monitor said.",
        Category.KILLED, 18000));
    assertEquals(Scope.CUMULATIVE, scope(
        "In total, 260 people have died of cholera, the ministry said.", Category.KILLED, 260));
  }

  @Test
  void theCueNearestTheFigureDecides() {
    String body = "Since the war began the city has been shelled daily, and on Monday an "
        + "artillery strike killed 8 people, officials said.";
    assertEquals(Scope.INCIDENT, scope(body, Category.KILLED, 8));
  }

  @Test
  void anEpidemicIsCumulative() {
    assertEquals(Scope.CUMULATIVE, scope(
        "Officials said the epidemic had killed 75 people in the region.", Category.KILLED, 75));
  }
}
