package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.FacetParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.handler.component.ShardResponse;
import org.apache.solr.response.SolrQueryResponse;

/**
 * Compare by event in two passes, on the node that answers the request. The first pass is the
 * claims facet, whose {@code claim_event_rows()} gives every event's day rows; they are grouped
 * and paged ({@link #grouped}). The second asks each core, or each shard in SolrCloud, what the
 * sources of the page's events said ({@link EventPageReports}); the answers are added up and the
 * section shaped ({@link #shape}).
 *
 * <p>A shard's second-pass request is the original request with {@code rows=0} and the page's
 * filter in {@value #PAGE_FILTER}, an internal parameter that only shards read; the shard answers
 * under {@value #SECTION}.
 */
final class EventPagePass {
  static final String PAGE_FILTER = "_claims_event_page_";
  static final String SECTION = "claims_event_page";

  private Object result;
  private ClaimsEventCompare.Page page;
  private String filter;
  private final List<Object> answers = new ArrayList<>();
  private ShardRequest sent;

  /** The first pass's merged result: its events are grouped and the requested page picked. */
  void grouped(Object facetResult, ClaimsRequest request) {
    result = facetResult;
    page = ClaimsEventCompare.page(FacetResult.get(facetResult, ClaimsJsonFacet.EVENTS), request);
    filter = page.shown().isEmpty() ? null : EventPageReports.filter(page.shown());
  }

  /** The first pass's merged result, for the rest of the section. */
  Object result() {
    return result;
  }

  /** True when the page shows events, whose reports the second pass reads. */
  boolean needed() {
    return filter != null;
  }

  String filter() {
    return filter;
  }

  /** The second pass's request to every shard. */
  ShardRequest shardRequest(SolrParams original) {
    ShardRequest sreq = new ShardRequest();
    sreq.purpose = ShardRequest.PURPOSE_PRIVATE;
    sreq.shards = ShardRequest.ALL_SHARDS;
    sreq.params = new ModifiableSolrParams(original);
    sreq.params.remove(CommonParams.START);
    sreq.params.set(CommonParams.ROWS, 0);
    sreq.params.set(FacetParams.FACET, false);
    sreq.params.set(PAGE_FILTER, filter);
    sent = sreq;
    return sreq;
  }

  boolean isItsRequest(ShardRequest sreq) {
    return sreq == sent;
  }

  /**
   * The shards' answers. A shard that failed (only possible with {@code shards.tolerant=true})
   * makes the response partial, as it does in the first pass.
   */
  void answered(ShardRequest sreq, SolrQueryResponse rsp) {
    for (ShardResponse shard : sreq.responses) {
      NamedList<Object> top =
          shard.getException() != null || shard.getSolrResponse() == null
              ? null
              : shard.getSolrResponse().getResponse();
      if (top == null || top.get(SECTION) == null) {
        rsp.getResponseHeader()
            .asShallowMap()
            .put(SolrQueryResponse.RESPONSE_HEADER_PARTIAL_RESULTS_KEY, Boolean.TRUE);
        continue;
      }
      answers.add(top.get(SECTION));
    }
  }

  /** One core's answer, computed in place. */
  void answered(Object local) {
    answers.add(local);
  }

  SimpleOrderedMap<Object> shape(ClaimsRequest request) {
    return ClaimsEventCompare.shape(
        page, EventPageReports.read(answers, page.shown()), request);
  }
}
