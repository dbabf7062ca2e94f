package org.casualtyclaims.solr;

import java.util.Iterator;
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
 * the articles having at least one claim that matches every condition given. {@code category}
 * and {@code source_type} take comma-separated lists, {@code source} may be repeated; with no
 * condition it selects the articles that have any claim. Registered as {@code claims}.
 */
public class ClaimsQParserPlugin extends QParserPlugin {
  public static final String NAME = "claims";

  /** Local params Solr itself may set or read on any parser. */
  private static final Set<String> GENERIC =
      Set.of(QueryParsing.TYPE, QueryParsing.V, "tag", "cache", "cost", "excludeTags");

  private static final Set<String> OWN =
      Set.of(
          ClaimFilter.LOCAL_PARAMS.minConfidence(),
          ClaimFilter.LOCAL_PARAMS.category(),
          ClaimFilter.LOCAL_PARAMS.source(),
          ClaimFilter.LOCAL_PARAMS.sourceType());

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
                "unknown parameter; expected minConfidence, category, source, source_type");
          }
        }
        if (qstr != null && !qstr.isBlank()) {
          throw ParamReader.bad(
              CommonParams.Q + " of {!claims}",
              "takes no query text, only minConfidence, category, source, source_type; got '"
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
