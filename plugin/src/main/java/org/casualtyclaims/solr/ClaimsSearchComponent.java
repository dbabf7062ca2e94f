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
import org.apache.solr.handler.component.ShardRequest;
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

  /**
   * A stage after the facet module's last ({@link ResponseBuilder#STAGE_GET_FIELDS}): compare by
   * event's second pass asks the shards what the sources of the page's events said.
   */
  static final int STAGE_EVENT_PAGE = ResponseBuilder.STAGE_GET_FIELDS + 500;

  /**
   * What prepare decided, kept in the request context for the later phases.
   *
   * @param pageFilter on a shard's second-pass request of compare by event: the page's filter
   * @param pass on the node that merges shards' answers, compare by event's second pass
   */
  private record State(
      ClaimsRequest request, boolean userFacets, String pageFilter, EventPagePass pass) {}

  @Override
  public void prepare(ResponseBuilder rb) throws IOException {
    SolrParams params = rb.req.getParams();
    if (!mentionsClaims(params)) {
      return;
    }
    ClaimsRequest request = ClaimsRequest.parse(params);
    String pageFilter = isShard(rb) ? params.get(EventPagePass.PAGE_FILTER) : null;
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
    if (pageFilter != null) {
      rb.setNeedDocSet(true); // the second pass facets the claims of the matching articles
    } else if (request.facetsWanted()) {
      Map<String, Object> facet =
          ClaimsJsonFacet.build(request, HttpShardHandler.getShardsTolerantAsBool(rb.req));
      userFacets = addFacet(rb, facet);
      reprepareFacetModule(rb);
      // on one line, ready to paste as json.facet
      debug.add("json.facet", JSONUtil.toJSON(Map.of(ClaimsJsonFacet.KEY, facet), -1));
    }
    boolean twoPasses =
        !isShard(rb) && request.compare() && request.compareByEvent();
    rb.req.getContext().put(
        CONTEXT_KEY,
        new State(request, userFacets, pageFilter, twoPasses ? new EventPagePass() : null));
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
    if (state != null && state.pageFilter() != null) {
      if (rb.getResults() != null) { // else the query did not finish: no answer, a partial one
        rb.rsp.add(
            EventPagePass.SECTION,
            EventPageReports.compute(
                rb.req, rb.getResults().docSet, state.request(), state.pageFilter()));
      }
      return;
    }
    if (state == null || !state.request().facetsWanted() || isShard(rb)) {
      // a shard leaves its part under "facets", where the facet module merges it
      return;
    }
    Object result = takeResult(rb, state);
    SimpleOrderedMap<Object> eventCompare = null;
    if (state.pass() != null) {
      // one core: the second pass runs here, on the articles the query matched
      EventPagePass pass = state.pass();
      pass.grouped(result, state.request());
      if (pass.needed() && rb.getResults() != null) {
        pass.answered(
            EventPageReports.compute(
                rb.req, rb.getResults().docSet, state.request(), pass.filter()));
      }
      eventCompare = pass.shape(state.request());
    }
    addSection(rb, state, result, eventCompare);
  }

  @Override
  public int distributedProcess(ResponseBuilder rb) {
    State state = state(rb);
    if (state == null || state.pass() == null) {
      return ResponseBuilder.STAGE_DONE;
    }
    if (rb.getStage() < STAGE_EVENT_PAGE) {
      return STAGE_EVENT_PAGE;
    }
    if (rb.getStage() == STAGE_EVENT_PAGE && state.pass().needed()) {
      rb.addRequest(this, state.pass().shardRequest(rb.req.getParams()));
    }
    return ResponseBuilder.STAGE_DONE;
  }

  @Override
  public void handleResponses(ResponseBuilder rb, ShardRequest sreq) {
    State state = state(rb);
    if (state != null && state.pass() != null && state.pass().isItsRequest(sreq)) {
      state.pass().answered(sreq, rb.rsp);
    }
  }

  @Override
  public void finishStage(ResponseBuilder rb) {
    State state = state(rb);
    if (state == null || !state.request().facetsWanted()) {
      return;
    }
    if (rb.getStage() == ResponseBuilder.STAGE_GET_FIELDS) {
      // the facet module, before this component, has just put the merged facets in the response
      Object result = takeResult(rb, state);
      if (state.pass() == null) {
        addSection(rb, state, result, null);
      } else {
        state.pass().grouped(result, state.request());
      }
    } else if (rb.getStage() == STAGE_EVENT_PAGE && state.pass() != null) {
      EventPagePass pass = state.pass();
      addSection(rb, state, pass.result(), pass.shape(state.request()));
    }
  }

  /** Takes the claims facet's merged result out of the response's {@code facets}. */
  private static Object takeResult(ResponseBuilder rb, State state) {
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
    return result;
  }

  private static void addSection(
      ResponseBuilder rb, State state, Object result, SimpleOrderedMap<Object> eventCompare) {
    boolean partial = SolrQueryResponse.isPartialResults(rb.rsp.getResponseHeader());
    rb.rsp.add(
        ClaimsFacetsOutput.SECTION,
        ClaimsFacetsOutput.shape(result, state.request(), partial, eventCompare));
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
