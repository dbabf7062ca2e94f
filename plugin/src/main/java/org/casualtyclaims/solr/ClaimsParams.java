package org.casualtyclaims.solr;

import java.util.Set;

/**
 * Request parameters of the claims search component, with their defaults. See README.md, section
 * "Faceting claims", for what each one does.
 */
public final class ClaimsParams {
  private ClaimsParams() {}

  /** Every parameter of the component starts with this. */
  public static final String PREFIX = "claims.";

  /** Switches the facets on: {@code claims.facet=true}. */
  public static final String FACET = "claims.facet";
  /** Which claim fields to facet; repeatable or comma-separated. */
  public static final String FACET_FIELD = "claims.facet.field";
  public static final String FACET_LIMIT = "claims.facet.limit";
  /** How many buckets of each field to skip, in the sort order: paging with the limit. */
  public static final String FACET_OFFSET = "claims.facet.offset";
  public static final String FACET_MINCOUNT = "claims.facet.mincount";
  public static final String FACET_SORT = "claims.facet.sort";
  public static final String FACET_OVERREQUEST = "claims.facet.overrequest";
  public static final String FACET_BUCKETS = "claims.facet.confidence.buckets";
  public static final String FACET_BY_CATEGORY = "claims.facet.byCategory";

  public static final String MIN_CONFIDENCE = "claims.minConfidence";
  public static final String CATEGORY = "claims.category";
  public static final String SOURCE = "claims.source";
  public static final String SOURCE_TYPE = "claims.source_type";
  /** The event's country codes (ISO 3166-1 alpha-2), comma-separated. */
  public static final String COUNTRY = "claims.country";
  /** incident, cumulative, or both. */
  public static final String SCOPE = "claims.scope";
  /** Canonical place names; repeatable. */
  public static final String PLACE = "claims.place";
  /** LAT,LON: with {@link #KM}, claims whose place lies within KM kilometres of it. */
  public static final String NEAR = "claims.near";
  public static final String KM = "claims.km";
  /** The event date range, ISO dates, inclusive; either end may be left open. */
  public static final String FROM = "claims.from";
  public static final String TO = "claims.to";
  /** Applies the claim filters to the documents too, not only to the facets. */
  public static final String FILTER_DOCS = "claims.filterDocs";

  public static final String COMPARE = "claims.compare";
  public static final String COMPARE_RATIO = "claims.compare.ratio";
  public static final String COMPARE_LIMIT = "claims.compare.limit";
  /** category (per category over all claims) or event (per event across articles). */
  public static final String COMPARE_BY = "claims.compare.by";
  /** With by=event: how many events to skip, largest first. */
  public static final String COMPARE_OFFSET = "claims.compare.offset";
  /** With by=event and for the timeline: the largest gap, in days, within one incident. */
  public static final String COMPARE_WINDOW = "claims.compare.window";
  /** An event id from compare by=event: that event's figures over time, by source. */
  public static final String TIMELINE = "claims.timeline";

  public static final int DEFAULT_LIMIT = 10;
  public static final int DEFAULT_MINCOUNT = 1;
  public static final String DEFAULT_FIELDS = "source,confidence_label";
  public static final double DEFAULT_COMPARE_RATIO = 1.5;
  public static final int DEFAULT_COMPARE_LIMIT = 10;
  /** claims.compare.limit with by=event: the 20 largest events. */
  public static final int DEFAULT_EVENT_LIMIT = 20;
  public static final int DEFAULT_COMPARE_WINDOW = 3;
  /** The longest window, in days, a request may ask for: about ten years. */
  public static final int MAX_COMPARE_WINDOW = 3660;

  /** The names the component knows; any other {@code claims.*} parameter is a 400. */
  public static final Set<String> ALL =
      Set.of(
          FACET,
          FACET_FIELD,
          FACET_LIMIT,
          FACET_OFFSET,
          FACET_MINCOUNT,
          FACET_SORT,
          FACET_OVERREQUEST,
          FACET_BUCKETS,
          FACET_BY_CATEGORY,
          MIN_CONFIDENCE,
          CATEGORY,
          SOURCE,
          SOURCE_TYPE,
          COUNTRY,
          SCOPE,
          PLACE,
          NEAR,
          KM,
          FROM,
          TO,
          FILTER_DOCS,
          COMPARE,
          COMPARE_RATIO,
          COMPARE_LIMIT,
          COMPARE_BY,
          COMPARE_OFFSET,
          COMPARE_WINDOW,
          TIMELINE);
}
