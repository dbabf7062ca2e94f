package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.FORBIDDEN;

import org.apache.solr.common.SolrException;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.update.processor.DistributingUpdateProcessorFactory;
import org.apache.solr.update.processor.UpdateRequestProcessorChain;

/**
 * How an update request reached its chain, for the processors that guard the claims: which
 * update chain its handler granted, and whether it is a copy Solr forwards between the cores of a
 * SolrCloud collection.
 */
final class UpdatePath {
  /** Request context key: the chain {@link ClaimsUpdateRequestHandler} runs the request through. */
  static final String GRANTED_CHAIN = "claims.grantedChain";

  private UpdatePath() {}

  /** The chain the request's handler granted, or null when no claims handler received it. */
  static UpdateRequestProcessorChain grantedChain(SolrQueryRequest req) {
    return (UpdateRequestProcessorChain) req.getContext().get(GRANTED_CHAIN);
  }

  /**
   * Whether the request is a copy Solr forwards to a shard leader or replica ({@code
   * update.distrib}): its documents were checked on the core that received them first, and Solr
   * skips the processors before the distributed one on it. A standalone core forwards nothing, so
   * there the parameter can only come from a client that would skip the claims processor with
   * it: a 403 naming it.
   */
  static boolean isForwardedCopy(SolrQueryRequest req) {
    if (req.getParams().get(DistributingUpdateProcessorFactory.DISTRIB_UPDATE_PARAM) == null) {
      return false;
    }
    if (!req.getCore().getCoreContainer().isZooKeeperAware()) {
      throw new SolrException(
          FORBIDDEN,
          "claims: '" + DistributingUpdateProcessorFactory.DISTRIB_UPDATE_PARAM + "' is Solr's"
              + " own parameter for copies forwarded inside SolrCloud; a standalone core refuses"
              + " it, as it would skip the claims processor");
    }
    return true;
  }

  /**
   * Refuses the {@code processor} and {@code post-processor} parameters: Solr inserts the update
   * processors they name after the claims processor, where one such as {@code template} could set
   * claim fields the processor did not derive.
   */
  static void refuseAddedProcessors(SolrQueryRequest req) {
    for (String param : ADDED_PROCESSORS) {
      if (req.getParams().get(param) != null) {
        throw new SolrException(
            FORBIDDEN,
            "claims: the parameter '" + param + "' is refused: it would add update processors"
                + " after the claims processor; an operator configures them in the update chain");
      }
    }
  }

  private static final String[] ADDED_PROCESSORS = {"processor", "post-processor"};
}
