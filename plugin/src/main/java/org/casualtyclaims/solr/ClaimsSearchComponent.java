package org.casualtyclaims.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.handler.component.HttpShardHandler;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.search.facet.FacetModule;
import org.noggit.JSONUtil;

/**
 * Facets the casualty claims of the documents matching q and fq, switched on per request with
 * {@code claims.facet=true} (or {@code claims.compare=true}); see {@link ClaimsParams}.
 *
 * <p>It counts nothing itself. In {@link #prepare} it translates the {@code claims.*} parameters
 * into a JSON facet request ({@link ClaimsJsonFacet}) under a reserved key of the request's {@code
 * json.facet}, and has Solr's facet module ({@code facet_module}) parse it; the facet module then
 * computes it in each core and, in SolrCloud, distributes, refines and merges it like any JSON
 * facet. Where the merged result is final ({@link #process} in one core, {@link #finishStage} on
 * the node that merges shards' answers) the component moves its key out of {@code facets} into a
 * {@code claims_facets} section, so a user's own {@code json.facet} output is left as it was.
 *
 * <p>It must come after {@code facet_module} in the handler's components: register it as a
 * {@code last-component}. Every shard runs it too, so every shard builds the same facet request
 * from the same parameters.
 */
public class ClaimsSearchComponent extends SearchComponent {
  public static final String COMPONENT_NAME = "claims";

  private static final String FACETS = "facets";
  private static final String CONTEXT_KEY = ClaimsSearchComponent.class.getName();

  /** What prepare decided, kept in the request context for the later phases. */
  private record State(ClaimsRequest request, boolean userFacets) {}

  @Override
  public void prepare(ResponseBuilder rb) throws IOException {
    SolrParams params = rb.req.getParams();
    if (!mentionsClaims(params)) {
      return;
    }
    ClaimsRequest request = ClaimsRequest.parse(params);
    SimpleOrderedMap<Object> debug = new SimpleOrderedMap<>();
    debug.add("claim_filters", request.filter().filterQueries());
    if (request.filterDocs()) {
      Query parents = request.filter().parentQuery(rb.req);
      List<Query> filters = new ArrayList<>();
      if (rb.getFilters() != null) {
        filters.addAll(rb.getFilters());
      }
      filters.add(parents);
      rb.setFilters(filters);
      debug.add("doc_filter", parents.toString());
    }
    boolean userFacets = false;
    if (request.facetsWanted()) {
      Map<String, Object> facet =
          ClaimsJsonFacet.build(request, HttpShardHandler.getShardsTolerantAsBool(rb.req));
      userFacets = addFacet(rb, facet);
      reprepareFacetModule(rb);
      // on one line, ready to paste as json.facet
      debug.add("json.facet", JSONUtil.toJSON(Map.of(ClaimsJsonFacet.KEY, facet), -1));
    }
    rb.req.getContext().put(CONTEXT_KEY, new State(request, userFacets));
    if (rb.isDebug() && !isShard(rb)) {
      rb.addDebugInfo(COMPONENT_NAME, debug);
    }
  }

  /** True when any {@code claims.*} parameter is present: those requests are validated. */
  private static boolean mentionsClaims(SolrParams params) {
    Iterator<String> names = params.getParameterNamesIterator();
    while (names.hasNext()) {
      if (names.next().startsWith(ClaimsParams.PREFIX)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts the claims facet under its reserved key in the request's JSON; returns whether the user
   * asked for JSON facets of their own.
   */
  private static boolean addFacet(ResponseBuilder rb, Map<String, Object> facet) {
    Map<String, Object> json =
        rb.req.getJSON() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rb.req.getJSON());
    Map<String, Object> facets = new LinkedHashMap<>();
    Object user = json.get("facet");
    if (user instanceof Map<?, ?> userMap) {
      if (userMap.containsKey(ClaimsJsonFacet.KEY)) {
        throw ParamReader.bad(
            "json.facet", "the key " + ClaimsJsonFacet.KEY + " is reserved for claims.facet");
      }
      for (Map.Entry<?, ?> entry : userMap.entrySet()) {
        facets.put(String.valueOf(entry.getKey()), entry.getValue());
      }
    } else if (user != null) {
      throw ParamReader.bad("json.facet", "expected a JSON object, got " + user);
    }
    facets.put(ClaimsJsonFacet.KEY, facet);
    json.put("facet", facets);
    rb.req.setJSON(json);
    return user != null;
  }

  /**
   * The facet module has prepared (parsed json.facet) before this component; it parses again, now
   * with the claims facet in. It keeps no other state from its first pass.
   */
  private void reprepareFacetModule(ResponseBuilder rb) throws IOException {
    int self = rb.components.indexOf(this);
    FacetModule facetModule = null;
    int at = -1;
    for (int i = 0; i < rb.components.size(); i++) {
      if (rb.components.get(i) instanceof FacetModule module) {
        facetModule = module;
        at = i;
        break;
      }
    }
    if (facetModule == null || at > self) {
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR,
          "The claims search component must come after facet_module in the request handler's"
              + " components: register it under last-components");
    }
    facetModule.prepare(rb);
  }

  @Override
  public void process(ResponseBuilder rb) throws IOException {
    State state = state(rb);
    if (state == null || !state.request().facetsWanted() || isShard(rb)) {
      // a shard leaves its part under "facets", where the facet module merges it
      return;
    }
    moveResult(rb, state);
  }

  @Override
  public void finishStage(ResponseBuilder rb) {
    State state = state(rb);
    if (state == null
        || !state.request().facetsWanted()
        || rb.getStage() != ResponseBuilder.STAGE_GET_FIELDS) {
      return;
    }
    // the facet module, before this component, has just put the merged facets in the response
    moveResult(rb, state);
  }

  private static void moveResult(ResponseBuilder rb, State state) {
    NamedList<Object> values = rb.rsp.getValues();
    Object result = null;
    int index = values.indexOf(FACETS, 0);
    if (index >= 0) {
      Object facets = values.getVal(index);
      result = FacetResult.get(facets, ClaimsJsonFacet.KEY);
      if (!state.userFacets()) {
        values.remove(index);
      } else if (facets instanceof NamedList<?> list) {
        list.remove(ClaimsJsonFacet.KEY);
      } else if (facets instanceof Map<?, ?> map) {
        map.remove(ClaimsJsonFacet.KEY);
      }
    }
    boolean partial = SolrQueryResponse.isPartialResults(rb.rsp.getResponseHeader());
    rb.rsp.add(
        ClaimsFacetsOutput.SECTION, ClaimsFacetsOutput.shape(result, state.request(), partial));
  }

  private static State state(ResponseBuilder rb) {
    return (State) rb.req.getContext().get(CONTEXT_KEY);
  }

  private static boolean isShard(ResponseBuilder rb) {
    return rb.req.getParams().getBool(ShardParams.IS_SHARD, false);
  }

  @Override
  public String getDescription() {
    return "Casualty claims: facets by source, source type, category, confidence; compare";
  }
}
