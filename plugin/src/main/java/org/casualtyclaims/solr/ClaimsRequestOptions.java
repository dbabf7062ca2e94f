package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;
import static org.apache.solr.common.SolrException.ErrorCode.FORBIDDEN;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;

/**
 * The {@code claims.*} parameters of one update request, over the processor's init args. The
 * request handler's defaults, appends and invariants are already merged into the params Solr
 * passes. An unknown {@code claims.*} name is a 400, so that a typo cannot silently tag.
 *
 * @param enabled {@code claims.enabled}: false indexes documents untagged ({@code
 *     claims_status:skipped}); a 403 when the init arg {@code lockEnabled} locks tagging on
 * @param onError {@code claims.onError}: {@code index} or {@code fail}
 */
public record ClaimsRequestOptions(boolean enabled, OnError onError) {
  public static final String PREFIX = "claims.";
  public static final String ENABLED = PREFIX + "enabled";
  public static final String ON_ERROR = PREFIX + "onError";
  public static final List<String> PARAMS = List.of(ENABLED, ON_ERROR);

  public static ClaimsRequestOptions of(SolrParams params, ClaimsSettings settings) {
    for (Iterator<String> names = params.getParameterNamesIterator(); names.hasNext(); ) {
      String name = names.next();
      if (name.startsWith(PREFIX) && !PARAMS.contains(name)) {
        throw new SolrException(
            BAD_REQUEST,
            "claims: unknown request parameter '" + name + "'; the claims processor accepts "
                + String.join(", ", PARAMS));
      }
    }
    boolean enabled = settings.enabled();
    String enabledText = single(params, ENABLED);
    if (enabledText != null) {
      switch (enabledText.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> enabled = true;
        case "false" -> {
          if (settings.lockEnabled()) {
            throw new SolrException(
                FORBIDDEN, "claims: '" + ENABLED + "=false' is refused: the operator has locked"
                    + " tagging on (init arg '" + ClaimsSettings.LOCK_ENABLED + "')");
          }
          enabled = false;
        }
        default -> throw new SolrException(
            BAD_REQUEST, "claims: '" + ENABLED + "' must be true or false, found '"
                + enabledText + "'");
      }
    }
    OnError onError = settings.onError();
    String onErrorText = single(params, ON_ERROR);
    if (onErrorText != null) {
      onError = OnError.fromLabel(onErrorText);
      if (onError == null) {
        throw new SolrException(
            BAD_REQUEST, "claims: '" + ON_ERROR + "' must be 'index' or 'fail', found '"
                + onErrorText + "'");
      }
    }
    return new ClaimsRequestOptions(enabled, onError);
  }

  /**
   * The parameter's only value, or null. Given twice ({@code claims.enabled=true&claims.enabled=
   * false}) it is a 400, as in the claims search component: taking one of the values silently
   * could tag, or not tag, against the client's intent.
   */
  private static String single(SolrParams params, String name) {
    String[] values = params.getParams(name);
    if (values == null || values.length == 0) {
      return null;
    }
    if (values.length > 1) {
      throw new SolrException(
          BAD_REQUEST, "claims: '" + name + "' is given " + values.length + " times ("
              + String.join(", ", values) + "); give it once");
    }
    return values[0];
  }
}
