package org.casualtyclaims.solr;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.QueryParsing;

/**
 * {@code {!claims minConfidence=0.7 category=killed source_type=official source='UN'}}: selects
 * the articles having at least one claim that matches every condition given. {@code category},
 * {@code source_type}, {@code country} and {@code scope} take comma-separated lists, {@code source}
 * and {@code place} may be repeated; {@code near=LAT,LON km=50} is a distance and {@code
 * from=2024-01-01 to=2024-01-31} an event date range (see {@link ClaimFilter}); with no condition
 * it selects the articles that have any claim. Registered as {@code claims}.
 */
public class ClaimsQParserPlugin extends QParserPlugin {
  public static final String NAME = "claims";

  /** Local params Solr itself may set or read on any parser. */
  private static final Set<String> GENERIC =
      Set.of(QueryParsing.TYPE, QueryParsing.V, "tag", "cache", "cost", "excludeTags");

  private static final List<String> OWN = ClaimFilter.LOCAL_PARAMS.all();

  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() {
        SolrParams local = localParams == null ? new ModifiableSolrParams() : localParams;
        Iterator<String> names = local.getParameterNamesIterator();
        while (names.hasNext()) {
          String name = names.next();
          if (!GENERIC.contains(name) && !OWN.contains(name)) {
            throw ParamReader.bad(
                name + " in {!claims}",
                "unknown parameter; expected " + String.join(", ", OWN));
          }
        }
        if (qstr != null && !qstr.isBlank()) {
          throw ParamReader.bad(
              CommonParams.Q + " of {!claims}",
              "takes no query text, only " + String.join(", ", OWN) + "; got '"
                  + qstr
                  + "'");
        }
        ClaimFilter filter =
            ClaimFilter.parse(new ParamReader(local, " in {!claims}"), ClaimFilter.LOCAL_PARAMS);
        return filter.parentQuery(req);
      }
    };
  }
}
