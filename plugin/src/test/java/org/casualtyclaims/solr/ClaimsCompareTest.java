package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The disagreement rule on its own, at its edges. */
class ClaimsCompareTest {

  private static ClaimsCompare.Verdict judge(double ratio, long[]... ranges) {
    return ClaimsCompare.judge(List.of(ranges), ratio);
  }

  @Test
  void seedArticleOfficialsAgainstSpyAgencyDisagree() {
    ClaimsCompare.Verdict v = judge(1.5, new long[] {1000, 1000}, new long[] {300, 300});
    assertTrue(v.disagreement());
    assertEquals(1000.0 / 300, v.spread(), 1e-12);
  }

  @Test
  void oneSourceCannotDisagree() {
    ClaimsCompare.Verdict v = judge(1.5, new long[] {1, 5000});
    assertFalse(v.disagreement());
    assertNull(v.spread());
    assertFalse(judge(1.5).disagreement());
  }

  @Test
  void overlappingRangesAgree() {
    // 24 then 30 from one source, 28 from another: 28 lies in both ranges
    ClaimsCompare.Verdict v = judge(1.0, new long[] {24, 30}, new long[] {28, 28});
    assertFalse(v.disagreement());
    assertEquals(1.0, v.spread());
  }

  @Test
  void theRatioIsAThresholdToExceed() {
    assertFalse(judge(1.5, new long[] {20, 20}, new long[] {30, 30}).disagreement());
    assertTrue(judge(1.49, new long[] {20, 20}, new long[] {30, 30}).disagreement());
    // any gap counts with a ratio of 1
    assertTrue(judge(1.0, new long[] {24, 24}, new long[] {25, 25}).disagreement());
  }

  @Test
  void zeroAgainstAFigureIsADisagreementWithoutASpread() {
    ClaimsCompare.Verdict v = judge(1.5, new long[] {0, 0}, new long[] {3, 3});
    assertTrue(v.disagreement());
    assertNull(v.spread());
    assertFalse(judge(1.5, new long[] {0, 0}, new long[] {0, 0}).disagreement());
  }
}
