package org.casualtyclaims.solr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.grouping.EventSeries;

/**
 * The Solr documents of an article's claims: one child document per claim, and the summary
 * fields of the parent. Field names are those of {@link ClaimFields}.
 *
 * <p>{@link #attach} is public for clients that extract claims themselves and index through the
 * configset's {@code preextracted} chain: they get exactly the documents the processor writes.
 */
public final class ClaimDocuments {
  /** Child ids are the parent id, this, and the claim's 1-based position. */
  static final String CHILD_ID_INFIX = "::claim-";


  /** The parent fields the processor owns (besides {@code doc_type} and {@code claims}). */
  static final List<String> SUMMARY_FIELDS;

  static {
    List<String> fields = new ArrayList<>();
    fields.add(ClaimFields.SOURCES);
    fields.add(ClaimFields.SOURCE_TYPES);
    fields.add(ClaimFields.CATEGORIES);
    fields.add(ClaimFields.CONFIDENCE_LABELS);
    fields.add(ClaimFields.COUNTRIES);
    fields.add(ClaimFields.PLACES);
    fields.add(ClaimFields.SCOPES);
    for (Category c : Category.values()) {
      fields.add(ClaimFields.maxOf(c));
    }
    fields.add(ClaimFields.CLAIM_COUNT);
    fields.add(ClaimFields.CLAIMS_JSON);
    fields.add(ClaimFields.STATUS);
    SUMMARY_FIELDS = List.copyOf(fields);
  }

  /** The fields of a claim document, id and doc_type aside. */
  static final List<String> CLAIM_FIELDS =
      List.of(ClaimFields.CATEGORY, ClaimFields.COUNT, ClaimFields.COUNT_MAX,
          ClaimFields.QUALIFIER, ClaimFields.VAGUE, ClaimFields.VICTIMS, ClaimFields.SOURCE,
          ClaimFields.SOURCE_TYPE, ClaimFields.VIA, ClaimFields.CONFIDENCE,
          ClaimFields.CONFIDENCE_LABEL, ClaimFields.REASONS, ClaimFields.MENTIONS,
          ClaimFields.EVIDENCE, ClaimFields.CLAIM_PUBLISHED, ClaimFields.ARTICLE_ID,
          ClaimFields.PLACE, ClaimFields.PLACE_NAME, ClaimFields.REGION, ClaimFields.COUNTRY,
          ClaimFields.LOCATION, ClaimFields.EVENT_DATE, ClaimFields.EVENT_DATE_END,
          ClaimFields.SCOPE, ClaimFields.EVENT_SERIES, ClaimFields.EVENT_FAMILY,
          ClaimFields.EVENT_DAY, ClaimFields.EVENT_KEY, ClaimFields.EVENT_REPORT,
          ClaimFields.CORRECTED);

  private ClaimDocuments() {}

  /**
   * Writes an extraction's claims onto the article {@code doc} (id {@code id}, date {@code
   * published}, possibly null), as the claims processor does: the summary fields and, when there
   * are claims, the child documents under {@code claims}. Both are built before either is written.
   * The claims' event series fold no victims phrase and mark no figure corrected ({@link
   * EventSeries#UNFOLDED}); the processor, and clients with the configset, pass the configset's
   * series to the overload below.
   */
  public static void attach(SolrInputDocument doc, String id, Object published, ExtractionResult result) {
    attach(doc, id, published, result, EventSeries.UNFOLDED);
  }

  /** As {@link #attach(SolrInputDocument, String, Object, ExtractionResult)}, with these series. */
  public static void attach(
      SolrInputDocument doc, String id, Object published, ExtractionResult result, EventSeries series) {
    List<SolrInputDocument> children = children(id, published, result.claims(), series);
    Map<String, Object> summary = summary(result.claims(), status(result));
    summary.forEach(doc::setField);
    if (!children.isEmpty()) {
      doc.setField(ClaimFields.CLAIMS, children);
    }
  }

  static String childId(String parentId, int position) {
    return parentId + CHILD_ID_INFIX + position;
  }

  /** {@code ok}, {@code none} or {@code truncated}: the status of a successful extraction. */
  static String status(ExtractionResult result) {
    if (result.truncated()) {
      return ClaimFields.STATUS_TRUNCATED;
    }
    return result.claims().isEmpty() ? ClaimFields.STATUS_NONE : ClaimFields.STATUS_OK;
  }

  /** Removes the claims and summary fields a client may have sent along with an article. */
  static void clear(SolrInputDocument doc) {
    doc.removeField(ClaimFields.CLAIMS);
    for (String field : SUMMARY_FIELDS) {
      doc.removeField(field);
    }
  }

  /**
   * The parent's summary fields in schema order: distinct sources, source types, categories and
   * confidence labels; distinct countries, canonical places and scopes of the events; the largest figure of each category (the high end of a range; vague
   * figures such as "dozens" are left out); the number of claims; the claims as JSON; the status.
   */
  static Map<String, Object> summary(List<Claim> claims, String status) {
    Set<String> sources = new LinkedHashSet<>();
    Set<String> sourceTypes = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> labels = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> scopes = new LinkedHashSet<>();
    Map<Category, Long> max = new EnumMap<>(Category.class);
    for (Claim c : claims) {
      if (c.source() != null) {
        sources.add(c.source());
      }
      sourceTypes.add(c.sourceType().label());
      categories.add(c.category().label());
      labels.add(c.confidenceLabel().label());
      EventAnchor event = c.event();
      addIfPresent(countries, event.country());
      addIfPresent(places, event.placeName());
      if (event.scope() != null) {
        scopes.add(event.scope().label());
      }
      if (!c.vague()) {
        long figure = c.countMax() != null ? Math.max(c.count(), c.countMax()) : c.count();
        max.merge(c.category(), figure, Math::max);
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    putIfAny(fields, ClaimFields.SOURCES, sources);
    putIfAny(fields, ClaimFields.SOURCE_TYPES, sourceTypes);
    putIfAny(fields, ClaimFields.CATEGORIES, categories);
    putIfAny(fields, ClaimFields.CONFIDENCE_LABELS, labels);
    putIfAny(fields, ClaimFields.COUNTRIES, countries);
    putIfAny(fields, ClaimFields.PLACES, places);
    putIfAny(fields, ClaimFields.SCOPES, scopes);
    for (Map.Entry<Category, Long> e : max.entrySet()) {
      fields.put(ClaimFields.maxOf(e.getKey()), e.getValue());
    }
    fields.put(ClaimFields.CLAIM_COUNT, claims.size());
    fields.put(ClaimFields.CLAIMS_JSON, ClaimJson.toJson(claims));
    fields.put(ClaimFields.STATUS, status);
    return fields;
  }

  private static void addIfPresent(Set<String> values, String value) {
    if (value != null) {
      values.add(value);
    }
  }

  private static void putIfAny(Map<String, Object> fields, String name, Set<String> values) {
    if (!values.isEmpty()) {
      fields.put(name, List.copyOf(values));
    }
  }

  /**
   * One child document per claim, with ids {@code parentId::claim-1}, {@code parentId::claim-2},
   * ...; {@code published} (the parent's date, possibly null) is copied to each.
   */
  static List<SolrInputDocument> children(
      String parentId, Object published, List<Claim> claims, EventSeries series) {
    List<SolrInputDocument> children = new ArrayList<>(claims.size());
    LocalDate publishedDay = PublishedDay.of(published);
    int position = 0;
    for (Claim c : claims) {
      SolrInputDocument child = new SolrInputDocument();
      child.setField(ClaimFields.ID, childId(parentId, ++position));
      child.setField(ClaimFields.DOC_TYPE, ClaimFields.CLAIM);
      child.setField(ClaimFields.CATEGORY, c.category().label());
      child.setField(ClaimFields.COUNT, c.count());
      setIfPresent(child, ClaimFields.COUNT_MAX, c.countMax());
      child.setField(ClaimFields.QUALIFIER, c.qualifier().label());
      child.setField(ClaimFields.VAGUE, c.vague());
      setIfPresent(child, ClaimFields.VICTIMS, c.victims());
      setIfPresent(child, ClaimFields.SOURCE, c.source());
      child.setField(ClaimFields.SOURCE_TYPE, c.sourceType().label());
      setIfPresent(child, ClaimFields.VIA, c.via());
      child.setField(ClaimFields.CONFIDENCE, (float) c.confidence());
      child.setField(ClaimFields.CONFIDENCE_LABEL, c.confidenceLabel().label());
      if (!c.confidenceReasons().isEmpty()) {
        child.setField(ClaimFields.REASONS, new ArrayList<>(c.confidenceReasons()));
      }
      child.setField(ClaimFields.MENTIONS, c.mentions());
      child.setField(ClaimFields.EVIDENCE, ClaimJson.evidenceJson(c.evidence()));
      setIfPresent(child, ClaimFields.CLAIM_PUBLISHED, published);
      child.setField(ClaimFields.ARTICLE_ID, parentId);
      setEvent(child, c.event());
      EventFields.write(child, c, series, publishedDay);
      children.add(child);
    }
    return children;
  }

  /** The event's fields; unknown components are left out. */
  private static void setEvent(SolrInputDocument child, EventAnchor event) {
    setIfPresent(child, ClaimFields.PLACE, event.place());
    setIfPresent(child, ClaimFields.PLACE_NAME, event.placeName());
    setIfPresent(child, ClaimFields.REGION, event.region());
    setIfPresent(child, ClaimFields.COUNTRY, event.country());
    if (event.lat() != null) {
      child.setField(ClaimFields.LOCATION, location(event.lat(), event.lon()));
    }
    setIfPresent(child, ClaimFields.EVENT_DATE, day(event.date()));
    setIfPresent(child, ClaimFields.EVENT_DATE_END, day(event.dateEnd()));
    if (event.scope() != null) {
      child.setField(ClaimFields.SCOPE, event.scope().label());
    }
  }

  /** A point as LatLonPointSpatialField reads it: "lat,lon", never in exponent notation. */
  static String location(double lat, double lon) {
    return plain(lat) + "," + plain(lon);
  }

  private static String plain(double degrees) {
    return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
  }

  /** A day as a date field's value: its start, in UTC; null stays null. */
  static Date day(LocalDate date) {
    return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static void setIfPresent(SolrInputDocument doc, String field, Object value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }
}
