package org.casualtyclaims.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders claims in the JSON shape of GUIDELINES.md, plus victims, reasons, the event's place, date
 * and scope, and evidence.
 */
public final class ClaimJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClaimJson() {}

  /** The claim as an ordered map of JSON-ready values. */
  public static Map<String, Object> toMap(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", c.category().label());
    m.put("count", c.count());
    m.put("count_max", c.countMax());
    m.put("qualifier", c.qualifier().label());
    m.put("vague", c.vague());
    m.put("victims", c.victims());
    m.put("source", c.source());
    m.put("source_type", c.sourceType().label());
    m.put("via", c.via());
    m.put("confidence", c.confidence());
    m.put("confidence_label", c.confidenceLabel().label());
    m.put("confidence_reasons", c.confidenceReasons());
    m.put("mentions", c.mentions());
    putEvent(m, c.event());
    m.put("evidence", evidenceMaps(c.evidence()));
    return m;
  }

  private static void putEvent(Map<String, Object> m, EventAnchor e) {
    m.put("place", e.place());
    m.put("place_name", e.placeName());
    m.put("region", e.region());
    m.put("country", e.country());
    m.put("lat", e.lat());
    m.put("lon", e.lon());
    m.put("event_date", e.date() == null ? null : e.date().toString());
    m.put("event_date_end", e.dateEnd() == null ? null : e.dateEnd().toString());
    m.put("scope", e.scope() == null ? null : e.scope().label());
  }

  private static List<Map<String, Object>> evidenceMaps(List<Evidence> evidence) {
    List<Map<String, Object>> out = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("field", e.field());
      em.put("start", e.start());
      em.put("end", e.end());
      em.put("sentence_start", e.sentenceStart());
      em.put("sentence_end", e.sentenceEnd());
      em.put("sentence", e.sentence());
      out.add(em);
    }
    return out;
  }

  /** A claim's evidence as a JSON array, in the same shape as within {@link #toJson}. */
  public static String evidenceJson(List<Evidence> evidence) {
    return write(evidenceMaps(evidence));
  }

  public static List<Map<String, Object>> toMaps(List<Claim> claims) {
    List<Map<String, Object>> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(toMap(c));
    }
    return out;
  }

  /** The claims as a JSON array. */
  public static String toJson(List<Claim> claims) {
    return write(toMaps(claims));
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
