package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;
import static org.apache.solr.common.SolrException.ErrorCode.SERVER_ERROR;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.security.AuthorizationContext;
import org.apache.solr.update.processor.UpdateRequestProcessorChain;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.apache.solr.util.plugin.SolrCoreAware;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;

/**
 * {@code /claims/analyze}: the dry run of the claims processor. Takes {@code text} (read as the
 * first body field) and optionally {@code title}, and returns the claims the processor of the
 * update chain would write for them, with reasons and evidence, and the parent's summary fields.
 * Nothing is indexed. It uses that processor's extractor and settings, so the answer is the
 * processor's own.
 *
 * <p>Init args: {@code chain}, the update chain whose claims processor to use (default: the
 * default chain), besides the usual defaults, appends and invariants.
 */
public class ClaimsAnalyzeHandler extends RequestHandlerBase implements SolrCoreAware {
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String CHAIN = "chain";

  /** Init args {@link RequestHandlerBase#init} reads. */
  private static final Set<String> BASE_ARGS =
      Set.of("defaults", "appends", "invariants", "httpCaching", "aggregateNodeLevelMetricsEnabled");

  private String chainName;
  private volatile ClaimsUpdateProcessorFactory processor;

  @Override
  public void init(NamedList<?> args) {
    super.init(args);
    Set<String> unknown = new LinkedHashSet<>();
    List<String> chains = new ArrayList<>();
    if (args != null) {
      for (int i = 0; i < args.size(); i++) {
        String name = args.getName(i);
        if (CHAIN.equals(name)) {
          if (!(args.getVal(i) instanceof String s) || s.isBlank()) {
            throw new SolrException(
                SERVER_ERROR, getClass().getSimpleName() + ": init arg 'chain' must be a chain name");
          }
          chains.add(s.strip());
        } else if (!BASE_ARGS.contains(name)) {
          unknown.add(name);
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new SolrException(
          SERVER_ERROR,
          getClass().getSimpleName() + ": unknown init arg(s) '" + String.join("', '", unknown)
              + "'; known args are 'chain', 'defaults', 'appends', 'invariants'");
    }
    if (chains.size() > 1) {
      throw new SolrException(
          SERVER_ERROR, getClass().getSimpleName() + ": 'chain' is given " + chains.size()
              + " times; give it once");
    }
    chainName = chains.isEmpty() ? null : chains.get(0);
  }

  @Override
  public void inform(SolrCore core) {
    String shown = chainName == null ? "the default update chain" : "update chain '" + chainName + "'";
    UpdateRequestProcessorChain chain;
    try {
      chain = core.getUpdateProcessingChain(chainName);
    } catch (SolrException e) {
      throw new SolrException(
          SERVER_ERROR, getClass().getSimpleName() + ": there is no " + shown + " (init arg 'chain')");
    }
    for (UpdateRequestProcessorFactory f : chain.getProcessors()) {
      if (f instanceof ClaimsUpdateProcessorFactory claims) {
        processor = claims;
        return;
      }
    }
    throw new SolrException(
        SERVER_ERROR,
        getClass().getSimpleName() + ": " + shown + " has no "
            + ClaimsUpdateProcessorFactory.class.getSimpleName() + " (init arg 'chain')");
  }

  @Override
  public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) {
    ClaimsUpdateProcessorFactory claims = processor;
    ClaimsSettings settings = claims.settings();
    SolrParams params = req.getParams();
    String text = joined(params.getParams(TEXT));
    if (text == null || text.isBlank()) {
      throw new SolrException(
          BAD_REQUEST, "claims analyze: missing required parameter '" + TEXT
              + "' (the article body; '" + TITLE + "' is optional)");
    }
    String title = joined(params.getParams(TITLE));
    long chars = (long) text.length() + (title == null ? 0 : title.length());
    int cap = settings.limits().maxChars();
    if (chars > cap) {
      throw new SolrException(
          BAD_REQUEST, "claims analyze: the input is " + chars + " characters, above the cap of "
              + cap + " (" + ClaimsSettings.MAX_CHARS + " of the claims processor)");
    }
    List<FieldText> fields =
        List.of(
            new FieldText(settings.titleField(), title, true),
            new FieldText(settings.bodyFields().get(0), text, false));
    ExtractionResult result;
    try {
      result = claims.extraction().apply(fields);
    } catch (RuntimeException | StackOverflowError e) {
      // the text was accepted above: a failure here is the engine's, a fault of ours
      throw new SolrException(SERVER_ERROR, "claims analyze: extraction failed: " + e, e);
    }
    String status = ClaimDocuments.status(result);
    Map<String, Object> summary = ClaimDocuments.summary(result.claims(), status);
    summary.remove(ClaimFields.CLAIMS_JSON); // the same claims as below
    rsp.add("status", status);
    rsp.add("chars", result.charsRead());
    rsp.add("enabled", settings.enabled());
    rsp.add("claims", ClaimJson.toMaps(result.claims()));
    rsp.add("summary", summary);
  }

  /** The values of a repeated parameter, as paragraphs (as the processor reads a field). */
  private static String joined(String[] values) {
    if (values == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String v : values) {
      if (v == null || v.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(ArticleText.PARAGRAPH);
      }
      text.append(v);
    }
    return text.length() == 0 ? null : text.toString();
  }

  @Override
  public String getDescription() {
    return "Casualty claims dry run: the claims the update processor would write for a text";
  }

  @Override
  public Name getPermissionName(AuthorizationContext request) {
    return Name.READ_PERM;
  }
}
