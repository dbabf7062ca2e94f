package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;

/** Converts a Solr response section into plain maps, lists, longs and doubles, for equals. */
final class Plain {
  private Plain() {}

  static Object of(Object value) {
    if (value instanceof NamedList<?> list) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, ?> e : list) {
        out.put(e.getKey(), of(e.getValue()));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), of(e.getValue()));
      }
      return out;
    }
    if (value instanceof Collection<?> items) {
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        out.add(of(item));
      }
      return out;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return Double.valueOf(Float.toString(f));
    }
    if (value instanceof Date d) {
      return new Date(d.getTime());
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) of(value);
  }
}
