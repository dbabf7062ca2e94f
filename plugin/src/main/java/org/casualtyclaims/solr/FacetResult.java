package org.casualtyclaims.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;

/**
 * Read access to the output of Solr's facet module, which is a NamedList in one core and after a
 * distributed merge, and may hold Maps where it came back from a shard.
 */
final class FacetResult {
  private FacetResult() {}

  static Object get(Object container, String key) {
    if (container instanceof NamedList<?> list) {
      return list.get(key);
    }
    if (container instanceof Map<?, ?> map) {
      return map.get(key);
    }
    return null;
  }

  /** The buckets of a terms or range facet; empty when the facet is absent. */
  static List<?> buckets(Object facet) {
    Object buckets = get(facet, "buckets");
    return buckets instanceof List<?> list ? list : List.of();
  }

  static long count(Object bucket) {
    return longOr(get(bucket, "count"), 0);
  }

  static long longOr(Object value, long def) {
    return value instanceof Number n ? Math.round(n.doubleValue()) : def;
  }

  /** A numeric statistic, or null when the bucket has none (no claim in it had a figure). */
  static Long longOrNull(Object value) {
    return value instanceof Number n ? Long.valueOf(Math.round(n.doubleValue())) : null;
  }
}
