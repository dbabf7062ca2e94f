package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.solr.common.params.SolrParams;

/**
 * What one request asks of the claims component, read and validated from its {@code claims.*}
 * parameters. Any malformed or unknown {@code claims.*} parameter is a 400 naming it.
 */
record ClaimsRequest(
    boolean facet,
    List<ClaimFacetField> fields,
    int limit,
    int offset,
    int mincount,
    boolean sortByIndex,
    int overrequest,
    ConfidenceBuckets buckets,
    boolean byCategory,
    ClaimFilter filter,
    boolean filterDocs,
    boolean compare,
    double compareRatio,
    int compareLimit,
    boolean compareByEvent,
    int compareOffset,
    int compareWindow,
    String timeline) {

  /** What an event id looks like: the family's 8 hex digits, a dash, 12 more. */
  private static final Pattern EVENT_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{12}");

  static ClaimsRequest parse(SolrParams params) {
    rejectUnknown(params);
    ParamReader reader = new ParamReader(params, "");
    boolean facet = reader.bool(ClaimsParams.FACET, false);
    List<ClaimFacetField> fields = fields(reader);
    int limit =
        reader.integer(
            ClaimsParams.FACET_LIMIT,
            ClaimsParams.DEFAULT_LIMIT,
            -1,
            "must be 0 or more, or -1 for no limit");
    int offset = reader.integer(ClaimsParams.FACET_OFFSET, 0, 0, "must be 0 or more");
    int mincount =
        reader.integer(
            ClaimsParams.FACET_MINCOUNT, ClaimsParams.DEFAULT_MINCOUNT, 0, "must be 0 or more");
    boolean byIndex = sort(reader);
    int overrequest =
        reader.integer(
            ClaimsParams.FACET_OVERREQUEST,
            -1,
            -1,
            "must be 0 or more, or -1 for Solr's default");
    ConfidenceBuckets buckets = ConfidenceBuckets.parse(reader, ClaimsParams.FACET_BUCKETS);
    boolean byCategory = reader.bool(ClaimsParams.FACET_BY_CATEGORY, false);
    ClaimFilter filter = ClaimFilter.parse(reader, ClaimFilter.REQUEST_PARAMS);
    boolean filterDocs = reader.bool(ClaimsParams.FILTER_DOCS, false);
    boolean compare = reader.bool(ClaimsParams.COMPARE, false);
    Double ratio = reader.number(ClaimsParams.COMPARE_RATIO);
    if (ratio != null && ratio < 1) {
      throw reader.badValue(ClaimsParams.COMPARE_RATIO, "must be 1 or more, got " + ratio);
    }
    boolean byEvent = compareByEvent(reader);
    int compareLimit =
        reader.integer(
            ClaimsParams.COMPARE_LIMIT,
            byEvent ? ClaimsParams.DEFAULT_EVENT_LIMIT : ClaimsParams.DEFAULT_COMPARE_LIMIT,
            -1,
            "must be 0 or more, or -1 for no limit");
    int compareOffset = reader.integer(ClaimsParams.COMPARE_OFFSET, 0, 0, "must be 0 or more");
    int window =
        reader.integer(
            ClaimsParams.COMPARE_WINDOW,
            ClaimsParams.DEFAULT_COMPARE_WINDOW,
            0,
            "must be 0 or more days");
    if (window > ClaimsParams.MAX_COMPARE_WINDOW) {
      throw reader.badValue(
          ClaimsParams.COMPARE_WINDOW,
          "must be at most " + ClaimsParams.MAX_COMPARE_WINDOW + " days, got " + window);
    }
    String timeline = reader.text(ClaimsParams.TIMELINE);
    if (timeline != null && !EVENT_ID.matcher(timeline).matches()) {
      throw reader.badValue(
          ClaimsParams.TIMELINE,
          "expected an event id from claims.compare.by=event, such as 0a1b2c3d-0123456789ab, got '"
              + timeline + "'");
    }
    return new ClaimsRequest(
        facet,
        fields,
        limit,
        offset,
        mincount,
        byIndex,
        overrequest,
        buckets,
        byCategory,
        filter,
        filterDocs,
        compare,
        ratio == null ? ClaimsParams.DEFAULT_COMPARE_RATIO : ratio,
        compareLimit,
        byEvent,
        compareOffset,
        window,
        timeline);
  }

  private static boolean compareByEvent(ParamReader reader) {
    String by = reader.text(ClaimsParams.COMPARE_BY);
    if (by == null) {
      return false;
    }
    switch (by.toLowerCase(Locale.ROOT)) {
      case "category":
        return false;
      case "event":
        return true;
      default:
        throw reader.badValue(
            ClaimsParams.COMPARE_BY, "expected category or event, got '" + by + "'");
    }
  }

  /** True when the response gets a claims_facets section. */
  boolean facetsWanted() {
    return facet || compare || timeline != null;
  }

  /** True when the facet request needs the claims' event series by day. */
  boolean eventsWanted() {
    return (compare && compareByEvent) || timeline != null;
  }

  private static void rejectUnknown(SolrParams params) {
    Iterator<String> names = params.getParameterNamesIterator();
    while (names.hasNext()) {
      String name = names.next();
      if (name.startsWith(ClaimsParams.PREFIX) && !ClaimsParams.ALL.contains(name)) {
        throw ParamReader.bad(
            name,
            "unknown parameter; the claims component knows "
                + ClaimsParams.ALL.stream().sorted().toList());
      }
    }
  }

  private static List<ClaimFacetField> fields(ParamReader reader) {
    List<String> names = reader.commaList(ClaimsParams.FACET_FIELD);
    if (names == null) {
      names = List.of(ClaimsParams.DEFAULT_FIELDS.split(","));
    }
    List<ClaimFacetField> out = new ArrayList<>();
    for (String name : names) {
      ClaimFacetField field = ClaimFacetField.parse(name);
      if (field == null) {
        throw reader.badValue(
            ClaimsParams.FACET_FIELD,
            "unknown field '" + name + "'; expected one of " + ClaimFacetField.allowed());
      }
      if (!out.contains(field)) {
        out.add(field);
      }
    }
    return List.copyOf(out);
  }

  private static boolean sort(ParamReader reader) {
    List<String> values = reader.commaList(ClaimsParams.FACET_SORT);
    if (values == null) {
      return false;
    }
    if (values.size() != 1) {
      throw reader.badValue(ClaimsParams.FACET_SORT, "expected count or index, got " + values);
    }
    switch (values.get(0).toLowerCase(Locale.ROOT)) {
      case "count":
        return false;
      case "index":
        return true;
      default:
        throw reader.badValue(
            ClaimsParams.FACET_SORT, "expected count or index, got '" + values.get(0) + "'");
    }
  }
}
