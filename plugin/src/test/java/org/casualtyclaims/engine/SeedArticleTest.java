package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts of the article the project started from, retold in our own words: six claims, and
 * the 11,000-strong contingent that is not one.
 */
class SeedArticleTest {
  private static final String TITLE =
      "About 1,000 North Korean soldiers killed fighting for Russia, officials say";
  private static final String BODY =
      String.join(
          "\n\n",
          "Approximately 1,000 North Korean troops have died in Russia's Kursk region while fighting "
              + "Ukraine for Moscow, officials say.",
          "Western sources who declined to be named told the BBC that by mid-January the 11,000-strong "
              + "contingent sent to Kursk had suffered 4,000 casualties.",
          "The figure is far above the earlier estimate from South Korea's spy agency, which claimed "
              + "that around 300 North Korean soldiers had been killed and 2,700 injured.",
          "The UK's ministry of defence said this month that Russia is estimated to have suffered more "
              + "than 790,000 casualties since the invasion began.",
          "Ukrainian president Volodymyr Zelenskyy confirmed this month that his forces had captured two "
              + "North Korean soldiers in Kursk.");

  @Test
  void yieldsTheSixClaimsAndNothingElse() {
    List<Claim> claims = claims(TITLE, BODY);
    assertEquals(6, claims.size(), () -> Fixtures.describe(claims));

    Claim killed = find(claims, Category.KILLED, 1000);
    assertEquals(Qualifier.APPROXIMATE, killed.qualifier());
    assertEquals(SourceType.ANONYMOUS, killed.sourceType());
    assertEquals(ConfidenceLabel.LOW, killed.confidenceLabel());
    assertEquals(2, killed.mentions(), "the headline repeats the body's figure");

    Claim casualties = find(claims, Category.CASUALTIES, 4000);
    assertEquals(SourceType.ANONYMOUS, casualties.sourceType());
    assertEquals("BBC", casualties.via());
    assertEquals(ConfidenceLabel.LOW, casualties.confidenceLabel());

    Claim spyKilled = find(claims, Category.KILLED, 300);
    assertEquals("South Korea's spy agency", spyKilled.source());
    assertEquals(SourceType.OFFICIAL, spyKilled.sourceType());
    assertEquals(Qualifier.APPROXIMATE, spyKilled.qualifier());
    assertEquals(ConfidenceLabel.LOW, spyKilled.confidenceLabel(), "claimed");

    Claim spyInjured = find(claims, Category.INJURED, 2700);
    assertEquals("South Korea's spy agency", spyInjured.source());
    assertEquals(ConfidenceLabel.LOW, spyInjured.confidenceLabel());

    Claim mod = find(claims, Category.CASUALTIES, 790000);
    assertEquals("UK Ministry of Defence", mod.source());
    assertEquals(Qualifier.AT_LEAST, mod.qualifier());
    assertEquals(ConfidenceLabel.MEDIUM, mod.confidenceLabel(), "is estimated");

    Claim captured = find(claims, Category.CAPTURED, 2);
    assertEquals("Volodymyr Zelenskyy", captured.source());
    assertEquals(SourceType.OFFICIAL, captured.sourceType());
    assertEquals(ConfidenceLabel.HIGH, captured.confidenceLabel());
    assertTrue(captured.confidenceReasons().contains("confirmed by named official"));

    assertTrue(claims.stream().noneMatch(c -> c.count() == 11000), "a force size is not a claim");
  }

  @Test
  void anchorsEachClaimToItsEvent() {
    List<Claim> claims = claims(TITLE, BODY);
    EventAnchor kursk = find(claims, Category.KILLED, 1000).event();
    assertEquals("Kursk region", kursk.place(), "not North Korea: a nationality is no place");
    assertEquals("RU", kursk.country());
    assertEquals("Kursk Oblast", kursk.placeName());
    assertEquals(Scope.INCIDENT, kursk.scope());

    EventAnchor war = find(claims, Category.CASUALTIES, 790000).event();
    assertEquals("UA", war.country(), "Russia's losses in the war fought in Ukraine");
    assertEquals("Ukraine", war.place());
    assertEquals(Scope.CUMULATIVE, war.scope());

    assertEquals("RU", find(claims, Category.CASUALTIES, 4000).event().country());
    assertEquals("RU", find(claims, Category.CAPTURED, 2).event().country());
  }
}
