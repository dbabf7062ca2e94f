package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.util.SimpleOrderedMap;

/**
 * The {@code compare} section: for each category, the figures each source gives side by side, and
 * whether the sources disagree.
 *
 * <p>The disagreement rule: take each compared source's range of figures [min, max] for the
 * category. The sources agree while some figure lies in every range; otherwise the spread is the
 * highest minimum over the lowest maximum (infinite when that maximum is 0), and the category is
 * flagged as a disagreement when the spread is above {@code claims.compare.ratio} (default 1.5).
 * So "1,000 killed" against "about 300 killed" (spread 3.3) is a disagreement, while a toll that
 * moved from 24 to 25 is not.
 */
final class ClaimsCompare {
  private ClaimsCompare() {}

  static SimpleOrderedMap<Object> shape(Object compareFacet, double ratio) {
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    out.add("ratio", ratio);
    List<Object> categories = new ArrayList<>();
    for (Object bucket : FacetResult.buckets(compareFacet)) {
      categories.add(category(bucket, ratio));
    }
    out.add("categories", categories);
    return out;
  }

  private static SimpleOrderedMap<Object> category(Object bucket, double ratio) {
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    out.add("category", String.valueOf(FacetResult.get(bucket, "val")));
    ClaimsFacetsOutput.addStats(out, bucket, false);
    List<Object> sources = new ArrayList<>();
    List<long[]> ranges = new ArrayList<>();
    for (Object source : FacetResult.buckets(FacetResult.get(bucket, ClaimsJsonFacet.SOURCES))) {
      SimpleOrderedMap<Object> row = new SimpleOrderedMap<>();
      row.add("source", String.valueOf(FacetResult.get(source, "val")));
      ClaimsFacetsOutput.addStats(row, source, false);
      List<?> latest = FacetResult.buckets(FacetResult.get(source, ClaimsJsonFacet.LATEST));
      if (!latest.isEmpty()) {
        Object newest = latest.get(0);
        row.add("latest", FacetResult.longOrNull(FacetResult.get(newest, "val")));
        Object published = FacetResult.get(newest, ClaimsJsonFacet.PUBLISHED);
        if (published != null) {
          row.add("latest_published", published);
        }
      }
      Long min = FacetResult.longOrNull(FacetResult.get(source, ClaimsJsonFacet.MIN));
      Long max = FacetResult.longOrNull(FacetResult.get(source, ClaimsJsonFacet.MAX));
      if (min != null && max != null) {
        ranges.add(new long[] {min, max});
      }
      sources.add(row);
    }
    Verdict verdict = judge(ranges, ratio);
    out.add("sources_compared", ranges.size());
    if (verdict.spread != null) {
      out.add("spread", verdict.spread);
    }
    out.add("disagreement", verdict.disagreement);
    out.add("sources", sources);
    return out;
  }

  /** The spread (null when undefined or infinite) and the flag. */
  record Verdict(Double spread, boolean disagreement) {}

  /** Applies the rule to the sources' [min, max] ranges. */
  static Verdict judge(List<long[]> ranges, double ratio) {
    if (ranges.size() < 2) {
      return new Verdict(null, false);
    }
    long highestMin = Long.MIN_VALUE;
    long lowestMax = Long.MAX_VALUE;
    for (long[] range : ranges) {
      highestMin = Math.max(highestMin, range[0]);
      lowestMax = Math.min(lowestMax, range[1]);
    }
    if (highestMin <= lowestMax) {
      // some figure lies in every source's range
      return new Verdict(1.0, false);
    }
    if (lowestMax <= 0) {
      return new Verdict(null, true);
    }
    double spread = (double) highestMin / lowestMax;
    return new Verdict(spread, spread > ratio);
  }
}
