package org.casualtyclaims.solr;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
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
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.events.EventSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index-time tagging of casualty claims. Configure it in the default update chain, before {@code
 * DistributedUpdateProcessorFactory}, so that extraction runs once per document on the node that
 * receives it; see README.md for the init args, the {@code claims.*} request parameters and what
 * the processor writes.
 *
 * <p>The init args are parsed in {@link #init} and checked against the schema in {@link #inform},
 * where the lexicons are loaded through the core's resource loader (the configset folder, or
 * ZooKeeper in SolrCloud) and one thread-safe {@link ClaimExtractor} is built for all requests.
 */
public class ClaimsUpdateProcessorFactory extends UpdateRequestProcessorFactory
    implements SolrCoreAware {
  private static final Logger log = LoggerFactory.getLogger(MethodHandles.lookup().lookupClass());

  private ClaimsSettings settings;
  private volatile ClaimExtractor extractor;
  private volatile EventSeries eventSeries;
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
    extractor = new ClaimExtractor(lexicons, settings.limits());
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
    ClaimExtractor engine = extractor;
    return new ClaimsUpdateProcessor(
        settings,
        ClaimsRequestOptions.of(req.getParams(), settings),
        engine::extract,
        eventSeries,
        metrics,
        req.getSchema().getUniqueKeyField().getName(),
        next);
  }

  /** The parsed init args. */
  public ClaimsSettings settings() {
    return settings;
  }

  /** The shared extractor, built at core load; null before {@link #inform}. */
  public ClaimExtractor extractor() {
    return extractor;
  }
}
