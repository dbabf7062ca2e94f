package org.casualtyclaims.solr;

import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.apache.solr.util.plugin.SolrCoreAware;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index-time tagging of casualty claims. Configure it in the default update chain, before {@code
 * DistributedUpdateProcessorFactory}, so that extraction runs once per document on the node that
 * receives it; see README.md for the init args, the {@code claims.*} request parameters and what
 * the processor writes.
 *
 * <p>It runs on every update request ({@link RunAlways}) but passes SolrCloud's forwarded copies
 * on untouched, so that a client's {@code update.distrib} cannot skip it on a standalone core.
 *
 * <p>The init args are parsed in {@link #init} and checked against the schema in {@link #inform},
 * where the lexicons are loaded through the core's resource loader (the configset folder, or
 * ZooKeeper in SolrCloud) and one thread-safe {@link ClaimExtractor} is built for all requests.
 */
public class ClaimsUpdateProcessorFactory extends UpdateRequestProcessorFactory
    implements SolrCoreAware, UpdateRequestProcessorFactory.RunAlways {
  private static final Logger log = LoggerFactory.getLogger(MethodHandles.lookup().lookupClass());

  private ClaimsSettings settings;
  private volatile ClaimExtractor extractor;
  private volatile EventSeries eventSeries;
  /** What the processors and /claims/analyze run: the extractor's extract, but for a test. */
  private volatile BiFunction<List<FieldText>, LocalDate, ExtractionResult> extraction;
  private volatile ClaimsMetrics metrics;

  @Override
  public void init(NamedList<?> args) {
    settings = ClaimsSettings.parse(args);
  }

  @Override
  public void inform(SolrCore core) {
    checkSchema(core.getLatestSchema(), settings);
    Lexicons lexicons;
    try {
      ResourceOpener opener = name -> core.getResourceLoader().openResource(name);
      LexiconFiles files = new LexiconFiles(settings.lexiconDir());
      lexicons = Lexicons.load(opener, files);
      eventSeries = EventSeries.load(opener, files);
    } catch (LexiconException e) {
      throw ClaimsSettings.error(
          "cannot load the lexicons of " + ClaimsSettings.LEXICON_DIR + " '"
              + settings.lexiconDir() + "': " + e.getMessage());
    }
    ClaimExtractor built = new ClaimExtractor(lexicons, settings.limits());
    extractor = built;
    extraction = built::extract;
    metrics = new ClaimsMetrics(core.getSolrMetricsContext().getChildContext(this));
    log.info(
        "claims: tagging {} of core {} with lexicons from '{}' ({} known sources), {}",
        settings.sourceFields(), core.getName(), settings.lexiconDir(),
        lexicons.knownSourceCount(), settings.enabled() ? "enabled" : "disabled by default");
  }

  /** The fields read and written must exist, and the schema must support nested documents. */
  static void checkSchema(IndexSchema schema, ClaimsSettings settings) {
    List<String> problems = new ArrayList<>();
    for (String field : settings.sourceFields()) {
      if (schema.getFieldOrNull(field) == null) {
        problems.add("no field '" + field + "' to read ("
            + (field.equals(settings.titleField())
                ? ClaimsSettings.TITLE_FIELD : ClaimsSettings.BODY_FIELDS) + ")");
      }
    }
    if (schema.getFieldOrNull(settings.publishedField()) == null) {
      problems.add("no field '" + settings.publishedField() + "' ("
          + ClaimsSettings.PUBLISHED_FIELD + ")");
    }
    SchemaField uniqueKey = schema.getUniqueKeyField();
    if (uniqueKey == null) {
      problems.add("no uniqueKey");
    }
    if (!schema.isUsableForChildDocs() || schema.getFieldOrNull(ClaimFields.NEST_PATH) == null) {
      problems.add("no nested documents (it needs the fields _root_ and _nest_path_)");
    }
    List<String> written = new ArrayList<>();
    written.add(ClaimFields.DOC_TYPE);
    written.addAll(ClaimDocuments.SUMMARY_FIELDS);
    written.addAll(ClaimDocuments.CLAIM_FIELDS);
    for (String field : written) {
      if (schema.getFieldOrNull(field) == null) {
        problems.add("no field '" + field + "' to write");
      }
    }
    if (!problems.isEmpty()) {
      throw ClaimsSettings.error(
          "the schema does not fit the claims processor: " + String.join("; ", problems));
    }
  }

  @Override
  public UpdateRequestProcessor getInstance(
      SolrQueryRequest req, SolrQueryResponse rsp, UpdateRequestProcessor next) {
    // runs always, so that update.distrib cannot skip it on a standalone core; SolrCloud's
    // forwarded copies hold the claims written on the core that received the documents
    if (UpdatePath.isForwardedCopy(req)) {
      return next;
    }
    UpdatePath.refuseAddedProcessors(req);
    return new ClaimsUpdateProcessor(
        settings,
        ClaimsRequestOptions.of(req.getParams(), settings),
        extraction,
        eventSeries,
        metrics,
        req.getSchema().getUniqueKeyField().getName(),
        next);
  }

  /** The parsed init args. */
  public ClaimsSettings settings() {
    return settings;
  }

  /** The extraction the processors and {@code /claims/analyze} run; null before {@link #inform}. */
  BiFunction<List<FieldText>, LocalDate, ExtractionResult> extraction() {
    return extraction;
  }

  /** The seam for tests of how a failing engine is answered: replaces {@link #extraction()}. */
  void replaceExtraction(BiFunction<List<FieldText>, LocalDate, ExtractionResult> replacement) {
    extraction = replacement;
  }

  /** The shared extractor, built at core load; null before {@link #inform}. */
  public ClaimExtractor extractor() {
    return extractor;
  }
}
