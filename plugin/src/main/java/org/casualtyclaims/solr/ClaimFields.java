package org.casualtyclaims.solr;

import java.util.Locale;
import org.casualtyclaims.engine.Category;

/**
 * The schema's field names, in one place (see solr-config/conf/schema.xml). Articles are parent
 * documents; each claim is a nested child under the pseudo-field {@link #CLAIMS}.
 */
public final class ClaimFields {
  private ClaimFields() {}

  public static final String ID = "id";
  public static final String ROOT = "_root_";
  public static final String NEST_PATH = "_nest_path_";
  /** {@value #ARTICLE} on parents, {@value #CLAIM} on claims. */
  public static final String DOC_TYPE = "doc_type";
  public static final String ARTICLE = "article";
  public static final String CLAIM = "claim";
  /** The pseudo-field holding the nested claim documents. */
  public static final String CLAIMS = "claims";

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String PUBLISHED = "published";
  public static final String OUTLET = "outlet";

  // the article's summary of its claims
  public static final String SOURCES = "claims_sources";
  public static final String SOURCE_TYPES = "claims_source_types";
  public static final String CATEGORIES = "claims_categories";
  public static final String CONFIDENCE_LABELS = "claims_confidence_labels";
  public static final String CLAIM_COUNT = "claims_count";
  public static final String CLAIMS_JSON = "claims_json";
  public static final String STATUS = "claims_status";

  /** The largest figure of a category in the article: {@code claims_max_killed}. */
  public static String maxOf(Category category) {
    return "claims_max_" + category.label().toLowerCase(Locale.ROOT);
  }

  // one claim
  public static final String CATEGORY = "claim_category";
  public static final String COUNT = "claim_count";
  public static final String COUNT_MAX = "claim_count_max";
  public static final String QUALIFIER = "claim_qualifier";
  public static final String VAGUE = "claim_vague";
  public static final String VICTIMS = "claim_victims";
  public static final String SOURCE = "claim_source";
  public static final String SOURCE_TYPE = "claim_source_type";
  public static final String VIA = "claim_via";
  public static final String CONFIDENCE = "claim_confidence";
  public static final String CONFIDENCE_LABEL = "claim_confidence_label";
  public static final String REASONS = "claim_reasons";
  public static final String MENTIONS = "claim_mentions";
  public static final String EVIDENCE = "claim_evidence";
  /** The parent's published date, copied so claims can be compared by date. */
  public static final String CLAIM_PUBLISHED = "claim_published";
  /** The parent's id. */
  public static final String ARTICLE_ID = "claim_article";

  // where and when: the event a claim counts (the claim's EventAnchor), and the article's summary
  /** The place as the text names it ("Kursk region"). */
  public static final String PLACE = "claim_place";
  /** The gazetteer's canonical name of the place ("Kursk Oblast"). */
  public static final String PLACE_NAME = "claim_place_name";
  public static final String REGION = "claim_region";
  /** ISO 3166-1 alpha-2, upper case. */
  public static final String COUNTRY = "claim_country";
  /** "lat,lon" of the place, a LatLonPointSpatialField. */
  public static final String LOCATION = "claim_location";
  /** The day of the event, or the first day of a range (00:00 UTC). */
  public static final String EVENT_DATE = "claim_event_date";
  /** The last day of a range; absent for a single day. */
  public static final String EVENT_DATE_END = "claim_event_date_end";
  /** incident or cumulative. */
  public static final String SCOPE = "claim_scope";
  /** The claim's event series (SeriesKey): category|victims group|country|scope|region|place. */
  public static final String EVENT_SERIES = "claim_event_series";
  /** The hash of the series' family, which opens the ids of its events (claims.timeline). */
  public static final String EVENT_FAMILY = "claim_event_family";
  /** The event's day, else the article's publication day (UTC): the day events are grouped by. */
  public static final String EVENT_DAY = "claim_event_day";
  /** The series and the event day: {@code series|2024-05-02}, one row of the grouping. */
  public static final String EVENT_KEY = "claim_event_key";
  /** The series, day, figure and source: {@code series|2024-05-02|24|Police}. */
  public static final String EVENT_REPORT = "claim_event_report";
  /** True when the claim's figure is corrected, revised or retracted (CorrectionReasons). */
  public static final String CORRECTED = "claim_corrected";
  /** Distinct countries, canonical places and scopes of the article's claims. */
  public static final String COUNTRIES = "claims_countries";
  public static final String PLACES = "claims_places";
  public static final String SCOPES = "claims_scopes";

  /** Values of {@link #STATUS}. */
  public static final String STATUS_OK = "ok";
  public static final String STATUS_NONE = "none";
  public static final String STATUS_TRUNCATED = "truncated";
  public static final String STATUS_ERROR = "error";
  public static final String STATUS_SKIPPED = "skipped";
}
