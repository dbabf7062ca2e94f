package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.FORBIDDEN;

import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorChain;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;

/**
 * The guard of the configset's {@code preextracted} chain, where clients write claims extracted
 * elsewhere: the chain runs only for requests that came through a {@link
 * ClaimsUpdateRequestHandler} granted it (its init arg {@code chain}, in the configset {@code
 * /update/preextracted}), so an operator grants it with that handler's path alone; a request
 * naming it with {@code update.chain} on any other update handler is a 403. Each document is
 * checked for the structure the claims component relies on (see {@link
 * PreextractedClaimsProcessor}). It runs always ({@link RunAlways}) so that {@code update.distrib}
 * cannot skip it on a standalone core; on SolrCloud's forwarded copies it does nothing, as the
 * core that received the documents checked them.
 */
public class PreextractedClaimsProcessorFactory extends UpdateRequestProcessorFactory
    implements UpdateRequestProcessorFactory.RunAlways {

  @Override
  public void init(NamedList<?> args) {
    if (args != null && args.size() > 0) {
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR,
          getClass().getSimpleName() + ": takes no init args, found '" + args.getName(0) + "'");
    }
  }

  @Override
  public UpdateRequestProcessor getInstance(
      SolrQueryRequest req, SolrQueryResponse rsp, UpdateRequestProcessor next) {
    if (UpdatePath.isForwardedCopy(req)) {
      return next;
    }
    UpdatePath.refuseAddedProcessors(req);
    UpdateRequestProcessorChain granted = UpdatePath.grantedChain(req);
    if (granted == null || !granted.getProcessors().contains(this)) {
      throw new SolrException(
          FORBIDDEN,
          "claims: the pre-extracted update chain is granted only through its own request"
              + " handler (/update/preextracted in the configset); 'update.chain' cannot select"
              + " it on this path");
    }
    return new PreextractedClaimsProcessor(
        req.getSchema().getUniqueKeyField().getName(), next);
  }
}
