package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.SimpleOrderedMap;

/**
 * Turns the facet module's result for {@link ClaimsJsonFacet#KEY} into the response's {@code
 * claims_facets} section:
 *
 * <pre>
 * claims, documents, min, max, sum          over all claims in the domain
 * fields: {source: [bucket...], ...}        one list per claims.facet.field
 * confidence: [bucket + range, from, to]    when claims.facet.confidence.buckets is given
 * compare: {ratio, categories: [...]}       when claims.compare=true
 * compare: {by: event, ratio, events, ...}  with claims.compare.by=event (ClaimsEventCompare)
 * timeline: {id, found, event, sources}     with claims.timeline (ClaimsTimeline)
 * partial: true                             when some shard did not answer
 * bucket: value, claims, documents, min, max, sum, categories (with claims.facet.byCategory)
 * </pre>
 */
final class ClaimsFacetsOutput {
  private ClaimsFacetsOutput() {}

  static final String SECTION = "claims_facets";

  /**
   * @param eventCompare the compare section of claims.compare.by=event, worked out in two passes
   *     by the component ({@link ClaimsEventCompare}); null for other requests
   */
  static SimpleOrderedMap<Object> shape(
      Object result,
      ClaimsRequest request,
      boolean partial,
      SimpleOrderedMap<Object> eventCompare) {
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    addStats(out, result, true);
    if (request.facet()) {
      SimpleOrderedMap<Object> fields = new SimpleOrderedMap<>();
      for (ClaimFacetField field : request.fields()) {
        List<Object> buckets = new ArrayList<>();
        for (Object bucket : FacetResult.buckets(FacetResult.get(result, field.key))) {
          SimpleOrderedMap<Object> row = new SimpleOrderedMap<>();
          row.add("value", String.valueOf(FacetResult.get(bucket, "val")));
          addBucket(row, bucket, request);
          buckets.add(row);
        }
        fields.add(field.key, buckets);
      }
      out.add("fields", fields);
      if (request.buckets() != null) {
        out.add("confidence", confidence(FacetResult.get(result, ClaimsJsonFacet.CONFIDENCE), request));
      }
    }
    if (request.compare() && request.compareByEvent()) {
      out.add("compare", eventCompare);
    } else if (request.compare()) {
      out.add(
          "compare",
          ClaimsCompare.shape(
              FacetResult.get(result, ClaimsJsonFacet.COMPARE), request.compareRatio()));
    }
    if (request.timeline() != null) {
      out.add(
          "timeline",
          ClaimsTimeline.shape(FacetResult.get(result, ClaimsJsonFacet.TIMELINE), request));
    }
    if (partial) {
      out.add("partial", true);
    }
    return out;
  }

  private static List<Object> confidence(Object facet, ClaimsRequest request) {
    Map<String, Object> byLabel = new HashMap<>();
    for (Object bucket : FacetResult.buckets(facet)) {
      byLabel.put(String.valueOf(FacetResult.get(bucket, "val")), bucket);
    }
    ConfidenceBuckets buckets = request.buckets();
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      Object bucket = byLabel.get(buckets.label(i));
      if (bucket == null) {
        continue; // under mincount
      }
      SimpleOrderedMap<Object> row = new SimpleOrderedMap<>();
      row.add("range", buckets.label(i));
      row.add("from", Double.parseDouble(Float.toString(buckets.from(i))));
      row.add("to", Double.parseDouble(Float.toString(buckets.to(i))));
      addBucket(row, bucket, request);
      out.add(row);
    }
    return out;
  }

  private static void addBucket(SimpleOrderedMap<Object> row, Object bucket, ClaimsRequest request) {
    addStats(row, bucket, true);
    if (request.byCategory()) {
      List<Object> categories = new ArrayList<>();
      for (Object category :
          FacetResult.buckets(FacetResult.get(bucket, ClaimsJsonFacet.BY_CATEGORY))) {
        SimpleOrderedMap<Object> sub = new SimpleOrderedMap<>();
        sub.add("value", String.valueOf(FacetResult.get(category, "val")));
        addStats(sub, category, true);
        categories.add(sub);
      }
      row.add("categories", categories);
    }
  }

  /** claims, documents, min, max and (with {@code sum}) sum; absent statistics are left out. */
  static void addStats(SimpleOrderedMap<Object> row, Object bucket, boolean sum) {
    row.add("claims", FacetResult.count(bucket));
    row.add("documents", FacetResult.longOr(FacetResult.get(bucket, ClaimsJsonFacet.DOCUMENTS), 0));
    Long min = FacetResult.longOrNull(FacetResult.get(bucket, ClaimsJsonFacet.MIN));
    Long max = FacetResult.longOrNull(FacetResult.get(bucket, ClaimsJsonFacet.MAX));
    if (min != null) {
      row.add("min", min);
    }
    if (max != null) {
      row.add("max", max);
    }
    if (sum && min != null) {
      row.add("sum", FacetResult.longOr(FacetResult.get(bucket, ClaimsJsonFacet.SUM), 0));
    }
  }
}
