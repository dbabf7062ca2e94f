package org.casualtyclaims.solr;

import java.util.Collection;
import org.apache.solr.api.AnnotatedApi;
import org.apache.solr.api.Api;
import org.apache.solr.handler.admin.api.UpdateAPI;

/**
 * {@link ClaimsUpdateRequestHandler} on the v2 API's update paths ({@code
 * /api/collections/NAME/update}, {@code /api/cores/NAME/update}), in place of Solr's implicit
 * {@code V2UpdateRequestHandler}, so that the v2 API has the same fixed chain and JSON depth limit
 * as {@code /update}.
 */
public class ClaimsV2UpdateRequestHandler extends ClaimsUpdateRequestHandler {
  @Override
  public Collection<Api> getApis() {
    return AnnotatedApi.getApis(new UpdateAPI(this));
  }

  @Override
  public Boolean registerV1() {
    return Boolean.FALSE;
  }

  @Override
  public Boolean registerV2() {
    return Boolean.TRUE;
  }
}
