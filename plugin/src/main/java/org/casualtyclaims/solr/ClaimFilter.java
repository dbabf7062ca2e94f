package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.solr.common.SolrException;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.SyntaxError;
import org.apache.solr.search.join.BlockJoinParentQParser;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;

/**
 * Claim-level conditions: a minimum confidence, categories, sources and source types, and the
 * event's countries, scopes, places, a distance from a point and a date range. A claim matches
 * when it meets every condition given (several values of one condition: any of them). The same
 * filter restricts the claims that are faceted, and selects the articles that have at least one
 * matching claim ({@link #parentQuery}).
 *
 * @param places canonical place names, as the place facet lists them
 * @param near null for no distance condition
 * @param dates null for no date condition
 */
record ClaimFilter(
    Float minConfidence,
    List<String> categories,
    List<String> sources,
    List<String> sourceTypes,
    List<String> countries,
    List<String> scopes,
    List<String> places,
    ClaimNear near,
    ClaimEventDates dates) {

  /** The parameter names a filter is read from: request parameters or the query parser's. */
  record Names(
      String minConfidence,
      String category,
      String source,
      String sourceType,
      String country,
      String scope,
      String place,
      String near,
      String km,
      String from,
      String to) {

    List<String> all() {
      return List.of(
          minConfidence, category, source, sourceType, country, scope, place, near, km, from, to);
    }
  }

  static final Names REQUEST_PARAMS =
      new Names(
          ClaimsParams.MIN_CONFIDENCE,
          ClaimsParams.CATEGORY,
          ClaimsParams.SOURCE,
          ClaimsParams.SOURCE_TYPE,
          ClaimsParams.COUNTRY,
          ClaimsParams.SCOPE,
          ClaimsParams.PLACE,
          ClaimsParams.NEAR,
          ClaimsParams.KM,
          ClaimsParams.FROM,
          ClaimsParams.TO);

  static final Names LOCAL_PARAMS =
      new Names(
          "minConfidence",
          "category",
          "source",
          "source_type",
          "country",
          "scope",
          "place",
          "near",
          "km",
          "from",
          "to");

  static ClaimFilter parse(ParamReader reader, Names names) {
    Float min = null;
    Double raw = reader.number(names.minConfidence());
    if (raw != null) {
      if (raw < 0 || raw > 1) {
        throw reader.badValue(names.minConfidence(), "must be within [0, 1], got " + raw);
      }
      min = raw.floatValue();
    }
    return new ClaimFilter(
        min,
        orEmpty(labels(reader, names.category(), s -> Category.fromLabel(s).label())),
        distinct(reader.repeated(names.source())),
        orEmpty(labels(reader, names.sourceType(), s -> SourceType.fromLabel(s).label())),
        orEmpty(labels(reader, names.country(), ClaimFilter::countryCode)),
        orEmpty(labels(reader, names.scope(), s -> Scope.fromLabel(s).label())),
        distinct(reader.repeated(names.place())),
        ClaimNear.parse(reader, names.near(), names.km()),
        ClaimEventDates.parse(reader, names.from(), names.to()));
  }

  /** An ISO 3166-1 alpha-2 code in any case, as the schema holds it: upper case. */
  private static String countryCode(String value) {
    if (value.length() != 2
        || !isAsciiLetter(value.charAt(0))
        || !isAsciiLetter(value.charAt(1))) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a two-letter country code (ISO 3166-1 alpha-2, such as UA)");
    }
    return value.toUpperCase(Locale.ROOT);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static List<String> distinct(List<String> values) {
    return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
  }

  private static List<String> labels(
      ParamReader reader, String name, Function<String, String> canonical) {
    List<String> values = reader.commaList(name);
    if (values == null) {
      return null;
    }
    if (values.isEmpty()) {
      throw reader.badValue(name, "must not be empty");
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String value : values) {
      try {
        out.add(canonical.apply(value));
      } catch (IllegalArgumentException e) {
        throw reader.badValue(name, e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  /** True when any claim matches. */
  boolean isEmpty() {
    return minConfidence == null
        && categories.isEmpty()
        && sources.isEmpty()
        && sourceTypes.isEmpty()
        && countries.isEmpty()
        && scopes.isEmpty()
        && places.isEmpty()
        && near == null
        && dates == null;
  }

  /**
   * The filter as Solr filter queries, every one of which a claim must match; the first selects
   * claim documents.
   */
  List<String> filterQueries() {
    List<String> out = new ArrayList<>();
    out.add(term(ClaimFields.DOC_TYPE, ClaimFields.CLAIM));
    if (minConfidence != null) {
      out.add(ClaimFields.CONFIDENCE + ":[" + minConfidence + " TO *]");
    }
    addTerms(out, ClaimFields.CATEGORY, categories);
    addTerms(out, ClaimFields.SOURCE_TYPE, sourceTypes);
    addTerms(out, ClaimFields.SOURCE, sources);
    addTerms(out, ClaimFields.COUNTRY, countries);
    addTerms(out, ClaimFields.SCOPE, scopes);
    addTerms(out, ClaimFields.PLACE_NAME, places);
    if (near != null) {
      out.add(near.filterQuery());
    }
    if (dates != null) {
      out.addAll(dates.filterQueries());
    }
    return out;
  }

  /** The articles (doc_type:article) having at least one claim that matches. */
  static String parentsFilter() {
    return term(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
  }

  /** A term query in local-params syntax; the value follows the braces verbatim. */
  static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  private static void addTerms(List<String> out, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    if (values.size() == 1) {
      out.add(term(field, values.get(0)));
      return;
    }
    String separator = "|";
    while (containsSeparator(values, separator)) {
      separator += "|";
    }
    out.add(
        "{!terms f=" + field + " separator=" + separator + "}" + String.join(separator, values));
  }

  private static boolean containsSeparator(List<String> values, String separator) {
    for (String value : values) {
      if (value.contains(separator)) {
        return true;
      }
    }
    return false;
  }

  /** The claims that match, as one Lucene query. */
  Query childQuery(SolrQueryRequest req) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String filter : filterQueries()) {
      all.add(parseBuilt(filter, req), BooleanClause.Occur.FILTER);
    }
    return new ConstantScoreQuery(all.build());
  }

  /**
   * The articles having a matching claim: a block join from {@link #childQuery} to the parents,
   * with Solr's cached parent bit sets (the {@code perSegFilter} cache, where configured).
   */
  Query parentQuery(SolrQueryRequest req) {
    Query parents = parseBuilt(parentsFilter(), req);
    return new ToParentBlockJoinQuery(
        childQuery(req),
        BlockJoinParentQParser.getCachedBitSetProducer(req, parents),
        ScoreMode.None);
  }

  /** A filter query this plugin wrote itself (from validated values, hashes and dates). */
  static Query parseBuilt(String query, SolrQueryRequest req) {
    try {
      QParser parser = QParser.getParser(query, req);
      parser.setIsFilter(true);
      return parser.getQuery();
    } catch (SyntaxError e) {
      // the plugin built the string: a failure here is a bug
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR, "claims: cannot parse " + query, e);
    }
  }
}
