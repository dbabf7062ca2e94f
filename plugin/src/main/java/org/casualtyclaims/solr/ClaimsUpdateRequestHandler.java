package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;
import static org.apache.solr.common.SolrException.ErrorCode.FORBIDDEN;
import static org.apache.solr.common.SolrException.ErrorCode.SERVER_ERROR;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.MapSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.params.UpdateParams;
import org.apache.solr.common.util.ContentStream;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.apache.solr.handler.UpdateRequestHandler;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.request.SolrQueryRequestBase;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.processor.UpdateRequestProcessorChain;
import org.apache.solr.util.plugin.SolrCoreAware;

/**
 * Solr's {@link UpdateRequestHandler} with its update chain fixed (init arg {@code chain}, default
 * the core's default chain: a request cannot switch it, see {@link #fixChain}) and two answers to
 * malformed input that Solr 9.10 gives a 500 or no answer at all:
 *
 * <ul>
 *   <li>a JSON body whose arrays and objects nest deeper than {@code maxJsonDepth} (init arg,
 *       default {@value #DEFAULT_MAX_DEPTH}) is refused with a 400 naming the limit (see {@link
 *       JsonDepthLimit}). Solr's JSON loader reads nested values recursively, so a few thousand
 *       levels overflow the request thread's stack and the client gets a broken connection
 *       instead of an answer; no article, claims included, nests more than a handful of levels.
 *   <li>XML that the parser finds malformed only while reading a value (an invalid character
 *       reference such as {@code &#0;}) is a 400 naming the problem, not a 500.
 * </ul>
 *
 * <p>The configset registers it for every update path Solr has ({@code /update}, {@code
 * /update/json}, {@code /update/json/docs}, {@code /update/csv}, {@code /update/cbor}, the v2
 * API's {@code update} through {@link ClaimsV2UpdateRequestHandler}) and for {@code
 * /update/preextracted}. The JSON body is recognised as Solr's handler recognises it: by the path
 * ({@code /update/json...}), the {@code update.contentType} parameter, or the stream's content
 * type. XML, CSV, javabin and CBOR pass through untouched.
 */
public class ClaimsUpdateRequestHandler extends UpdateRequestHandler implements SolrCoreAware {
  public static final String MAX_JSON_DEPTH = "maxJsonDepth";
  public static final int DEFAULT_MAX_DEPTH = 100;
  /** Init arg: the update chain this handler runs, whatever a request asks (default: default). */
  public static final String CHAIN = "chain";

  private int maxDepth = DEFAULT_MAX_DEPTH;
  /** The chain's name, or null for the core's default chain. */
  private String chainName;

  @Override
  public void init(NamedList<?> args) {
    Object v = args == null ? null : args.get(MAX_JSON_DEPTH);
    if (v != null) {
      maxDepth = parseDepth(v);
    }
    Object chain = args == null ? null : args.get(CHAIN);
    if (chain != null) {
      if (!(chain instanceof String name) || name.isBlank()) {
        throw new SolrException(
            SERVER_ERROR, getClass().getSimpleName() + ": init arg '" + CHAIN
                + "' must name an update chain, found '" + chain + "'");
      }
      chainName = name.strip();
    }
    super.init(args);
  }

  @Override
  public void inform(SolrCore core) {
    try {
      core.getUpdateProcessingChain(chainName);
    } catch (SolrException e) {
      throw new SolrException(
          SERVER_ERROR, getClass().getSimpleName() + ": there is no update chain '" + chainName
              + "' (init arg '" + CHAIN + "')");
    }
  }

  /**
   * Fixes the request's update chain to this handler's: {@code update.chain} naming another chain
   * is a 403 naming it (an operator grants each chain with its handler's path, see {@link
   * PreextractedClaimsProcessorFactory}), as are {@code processor} and {@code post-processor}. The
   * chain is left in the request's context for the chains' own guards.
   */
  private void fixChain(SolrQueryRequest req) {
    SolrCore core = req.getCore();
    UpdateRequestProcessorChain chain = core.getUpdateProcessingChain(chainName);
    String[] asked = req.getParams().getParams(UpdateParams.UPDATE_CHAIN);
    if (asked != null && UpdatePath.isForwardedCopy(req)) {
      // SolrCloud forwards every copy to /update, naming the chain the first core ran
      asked = null;
    }
    for (String name : asked == null ? new String[0] : asked) {
      if (core.getUpdateProcessingChain(name) != chain) {
        throw new SolrException(
            FORBIDDEN, "claims: '" + UpdateParams.UPDATE_CHAIN + "=" + name + "' is refused: "
                + req.getContext().get("path") + " runs "
                + (chainName == null ? "the default update chain" : "the update chain '"
                    + chainName + "'") + " only (init arg '" + CHAIN + "' of its handler)");
      }
    }
    UpdatePath.refuseAddedProcessors(req);
    if (chainName != null) {
      req.setParams(SolrParams.wrapDefaults(
          new MapSolrParams(Map.of(UpdateParams.UPDATE_CHAIN, chainName)), req.getParams()));
    }
    req.getContext().put(UpdatePath.GRANTED_CHAIN, chain);
  }

  private int parseDepth(Object v) {
    long n;
    if (v instanceof Integer || v instanceof Long) {
      n = ((Number) v).longValue();
    } else {
      try {
        n = Long.parseLong(v.toString().strip());
      } catch (NumberFormatException e) {
        n = 0;
      }
    }
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw new SolrException(
          SERVER_ERROR, getClass().getSimpleName() + ": init arg '" + MAX_JSON_DEPTH
              + "' must be a whole number of at least 1, found '" + v + "'");
    }
    return (int) n;
  }

  int maxDepth() {
    return maxDepth;
  }

  @Override
  public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) throws Exception {
    fixChain(req);
    Iterable<ContentStream> streams = req.getContentStreams();
    if (streams != null && req instanceof SolrQueryRequestBase base) {
      String path = (String) req.getContext().get("path");
      String assumed = req.getParams().get(UpdateParams.ASSUME_CONTENT_TYPE);
      List<ContentStream> guarded = new ArrayList<>();
      boolean any = false;
      for (ContentStream stream : streams) {
        if (isJson(path, assumed, stream)) {
          guarded.add(new Guarded(stream, maxDepth, path));
          any = true;
        } else {
          guarded.add(stream);
        }
      }
      if (any) {
        base.setContentStreams(guarded);
      }
    }
    try {
      super.handleRequestBody(req, rsp);
    } catch (RuntimeException e) {
      throw malformedXmlIsABadRequest(e);
    }
  }

  /**
   * Woodstox, Solr's XML parser, reports some syntax errors lazily, as an unchecked exception
   * wrapping an {@link XMLStreamException} (an invalid character reference such as {@code &#0;},
   * found while reading a field's text), which Solr 9.10 answers with a 500. It is the client's
   * malformed XML: a 400, naming the problem.
   */
  static RuntimeException malformedXmlIsABadRequest(RuntimeException e) {
    if (!(e instanceof SolrException) && e.getCause() instanceof XMLStreamException xml) {
      return new SolrException(BAD_REQUEST, "Malformed XML: " + xml.getMessage(), e);
    }
    return e;
  }

  /** Whether Solr's handler would read {@code stream} with its JSON loader. */
  static boolean isJson(String path, String assumedType, ContentStream stream) {
    if (JSON_PATH.equals(path) || DOC_PATH.equals(path)) {
      return true;
    }
    if (path != null && (path.equals(CSV_PATH) || path.equals(BIN_PATH) || path.equals(CBOR_PATH))) {
      return false;
    }
    String type = assumedType != null ? assumedType : stream.getContentType();
    if (type == null) {
      return false;
    }
    int semicolon = type.indexOf(';');
    if (semicolon > 0) {
      type = type.substring(0, semicolon);
    }
    type = type.strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.equals("text/json");
  }

  /**
   * A content stream whose reader and byte stream both count nesting: Solr's JSON loader reads
   * through the reader, and any reader of the bytes is held to the same limit.
   */
  private static final class Guarded implements ContentStream {
    private final ContentStream stream;
    private final int maxDepth;
    private final String path;

    Guarded(ContentStream stream, int maxDepth, String path) {
      this.stream = stream;
      this.maxDepth = maxDepth;
      this.path = path;
    }

    @Override
    public Reader getReader() throws IOException {
      return new JsonDepthLimit(stream.getReader(), maxDepth, MAX_JSON_DEPTH + " of " + path);
    }

    @Override
    public InputStream getStream() throws IOException {
      return JsonDepthLimit.bytes(stream.getStream(), maxDepth, MAX_JSON_DEPTH + " of " + path);
    }

    @Override
    public String getName() {
      return stream.getName();
    }

    @Override
    public String getSourceInfo() {
      return stream.getSourceInfo();
    }

    @Override
    public String getContentType() {
      return stream.getContentType();
    }

    @Override
    public Long getSize() {
      return stream.getSize();
    }
  }
}
