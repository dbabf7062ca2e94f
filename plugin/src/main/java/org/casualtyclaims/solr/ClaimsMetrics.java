package org.casualtyclaims.solr;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Timer;
import java.util.List;
import org.apache.solr.metrics.SolrMetricsContext;

/**
 * The claims processor's metrics, in the core's registry ({@code solr.core.<collection>...}) under
 * {@value #CATEGORY}.{@value #SCOPE}: see them at {@code
 * /solr/admin/metrics?group=core&prefix=UPDATE.claims}. Counters of a core survive a reload.
 */
final class ClaimsMetrics {
  static final String CATEGORY = "UPDATE";
  static final String SCOPE = "claims";

  /** Articles the extractor read (status ok, none or truncated). */
  static final String TAGGED = "tagged";
  /** Claims written as child documents. */
  static final String CLAIMS_FOUND = "claimsFound";
  /** Articles whose extraction failed (status error, or refused with onError=fail). */
  static final String ERRORS = "errors";
  /** Articles longer than maxChars, of which only the first maxChars characters were read. */
  static final String TRUNCATED = "truncated";
  /** Articles indexed untagged because tagging was disabled (status skipped). */
  static final String SKIPPED = "skipped";
  /** Time spent reading an article's text, extracting its claims and building its documents. */
  static final String TIME = "time";

  static final List<String> NAMES = List.of(TAGGED, CLAIMS_FOUND, ERRORS, TRUNCATED, SKIPPED, TIME);

  final Counter tagged;
  final Counter claimsFound;
  final Counter errors;
  final Counter truncated;
  final Counter skipped;
  final Timer time;

  ClaimsMetrics(SolrMetricsContext context) {
    tagged = context.counter(TAGGED, CATEGORY, SCOPE);
    claimsFound = context.counter(CLAIMS_FOUND, CATEGORY, SCOPE);
    errors = context.counter(ERRORS, CATEGORY, SCOPE);
    truncated = context.counter(TRUNCATED, CATEGORY, SCOPE);
    skipped = context.counter(SKIPPED, CATEGORY, SCOPE);
    time = context.timer(TIME, CATEGORY, SCOPE);
  }

  /** The full name of one metric in the core registry: {@code UPDATE.claims.tagged}. */
  static String fullName(String name) {
    return CATEGORY + "." + SCOPE + "." + name;
  }
}
