package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confidence ranges of {@code claims.facet.confidence.buckets}: ascending bounds b0 < b1 <
 * ... < bn within [0, 1] make the buckets [b0, b1), [b1, b2), ..., [bn-1, bn], the last one closed
 * so that a confidence of exactly bn (usually 1) is counted. Bounds are floats, like the {@code
 * claim_confidence} field they cut.
 */
record ConfidenceBuckets(List<Float> bounds) {

  static ConfidenceBuckets parse(ParamReader reader, String name) {
    List<String> items = reader.commaList(name);
    if (items == null) {
      return null;
    }
    if (items.size() < 2) {
      throw reader.badValue(
          name, "expected at least two ascending bounds such as 0,0.4,0.7,1, got " + items);
    }
    List<Float> bounds = new ArrayList<>();
    for (String item : items) {
      double value = reader.parseNumber(name, item);
      if (value < 0 || value > 1) {
        throw reader.badValue(name, "bound " + item + " is outside [0, 1]");
      }
      float bound = (float) value;
      if (!bounds.isEmpty() && bound <= bounds.get(bounds.size() - 1)) {
        throw reader.badValue(name, "bounds must be strictly ascending, got " + items);
      }
      bounds.add(bound);
    }
    return new ConfidenceBuckets(List.copyOf(bounds));
  }

  int size() {
    return bounds.size() - 1;
  }

  float from(int bucket) {
    return bounds.get(bucket);
  }

  float to(int bucket) {
    return bounds.get(bucket + 1);
  }

  boolean last(int bucket) {
    return bucket == size() - 1;
  }

  /** The bucket's label in interval notation, e.g. {@code [0.4,0.7)} or {@code [0.7,1.0]}. */
  String label(int bucket) {
    return "[" + from(bucket) + "," + to(bucket) + (last(bucket) ? "]" : ")");
  }

  /** The {@code ranges} list of a JSON range facet. */
  List<Map<String, Object>> jsonRanges() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      Map<String, Object> range = new LinkedHashMap<>();
      range.put("from", Float.toString(from(i)));
      range.put("to", Float.toString(to(i)));
      if (last(i)) {
        range.put("inclusive_to", true);
      }
      out.add(range);
    }
    return out;
  }
}
