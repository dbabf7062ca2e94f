package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;

import com.codahale.metrics.Timer;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.DeleteUpdateCommand;
import org.apache.solr.update.processor.AtomicUpdateDocumentMerger;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.events.EventSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags the articles of one update request (see {@link ClaimsUpdateProcessorFactory}): runs the
 * extractor on each added document, writes one child document per claim under {@code claims} and
 * the summary fields on the parent. It runs before the distributed processor, so once per
 * document, on the node that received it.
 */
final class ClaimsUpdateProcessor extends UpdateRequestProcessor {
  private static final Logger log = LoggerFactory.getLogger(MethodHandles.lookup().lookupClass());

  /** Root documents: those without a nest path. Children (the claims) all have one. */
  static final String ROOT_DOCS = "*:* -" + ClaimFields.NEST_PATH + ":*";

  private final ClaimsSettings settings;
  private final ClaimsRequestOptions options;
  private final Function<List<FieldText>, ExtractionResult> extraction;
  private final EventSeries eventSeries;
  private final ClaimsMetrics metrics;
  private final String uniqueKey;
  /** Fields an atomic update may not touch: the sources of the claims and what is derived. */
  private final Set<String> guarded;

  ClaimsUpdateProcessor(
      ClaimsSettings settings,
      ClaimsRequestOptions options,
      Function<List<FieldText>, ExtractionResult> extraction,
      EventSeries eventSeries,
      ClaimsMetrics metrics,
      String uniqueKey,
      UpdateRequestProcessor next) {
    super(next);
    this.settings = settings;
    this.options = options;
    this.extraction = extraction;
    this.eventSeries = eventSeries;
    this.metrics = metrics;
    this.uniqueKey = uniqueKey;
    this.guarded = guardedFields(settings);
  }

  static Set<String> guardedFields(ClaimsSettings settings) {
    Set<String> fields = new LinkedHashSet<>(settings.sourceFields());
    fields.add(settings.publishedField());
    fields.add(ClaimFields.CLAIMS);
    fields.add(ClaimFields.DOC_TYPE);
    fields.addAll(ClaimDocuments.SUMMARY_FIELDS);
    fields.addAll(ClaimDocuments.CLAIM_FIELDS);
    return fields;
  }

  @Override
  public void processAdd(AddUpdateCommand cmd) throws IOException {
    SolrInputDocument doc = cmd.getSolrInputDocument();
    if (AtomicUpdateDocumentMerger.isAtomicUpdate(cmd)) {
      // Solr merges the update into the stored document, children included: claims carry over.
      refuseIfItTouchesClaims(doc, cmd.getPrintableId());
      super.processAdd(cmd);
      return;
    }
    Object idValue = doc.getFieldValue(uniqueKey);
    if (idValue == null) {
      super.processAdd(cmd); // Solr refuses it, naming the missing uniqueKey
      return;
    }
    String id = idValue.toString();
    ClaimDocuments.clear(doc);
    doc.setField(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
    if (options.enabled()) {
      tag(doc, id);
    } else {
      doc.setField(ClaimFields.STATUS, ClaimFields.STATUS_SKIPPED);
      metrics.skipped.inc();
    }
    super.processAdd(cmd);
  }

  private void tag(SolrInputDocument doc, String id) {
    Timer.Context timer = metrics.time.time();
    try {
      ExtractionResult result = extraction.apply(ArticleText.read(doc, settings));
      // nothing is written to the document until the extraction has succeeded
      ClaimDocuments.attach(
          doc, id, doc.getFieldValue(settings.publishedField()), result, eventSeries);
      metrics.tagged.inc();
      metrics.claimsFound.inc(result.claims().size());
      if (result.truncated()) {
        metrics.truncated.inc();
      }
    } catch (RuntimeException | StackOverflowError e) {
      metrics.errors.inc();
      failed(doc, id, e);
    } finally {
      timer.stop();
    }
  }

  /** The error policy: a 400 with onError=fail, else the document is indexed marked as such. */
  private void failed(SolrInputDocument doc, String id, Throwable e) {
    boolean unreadable = e instanceof ArticleText.UnreadableFieldException;
    String reason = unreadable ? e.getMessage() : e.toString();
    if (options.onError() == OnError.FAIL) {
      throw new SolrException(
          BAD_REQUEST,
          "claims: extraction failed for document '" + id + "': " + reason + " (onError=fail)",
          e);
    }
    if (unreadable) {
      log.warn("claims: document '{}' indexed without claims: {}", id, reason);
    } else {
      log.warn("claims: extraction failed for document '{}'; indexed without claims", id, e);
    }
    ClaimDocuments.clear(doc);
    doc.setField(ClaimFields.STATUS, ClaimFields.STATUS_ERROR);
  }

  private void refuseIfItTouchesClaims(SolrInputDocument doc, String id) {
    List<String> touched = new ArrayList<>();
    for (String field : doc.getFieldNames()) {
      if (guarded.contains(field)) {
        touched.add(field);
      }
    }
    if (!touched.isEmpty()) {
      throw new SolrException(
          BAD_REQUEST,
          "claims: an atomic update of document '" + id + "' cannot change "
              + String.join(", ", touched) + ": the claims processor derives the claims and"
              + " their fields from " + String.join(", ", settings.sourceFields()) + " and "
              + settings.publishedField() + "; send the whole document instead");
    }
  }

  /**
   * Deleting by id removes the whole block (Solr 9 deletes by {@code _root_}). Deleting by query
   * removes only what the query matches, so the claims of the articles it matches are deleted
   * first, by a block-join query on the same query.
   */
  @Override
  public void processDelete(DeleteUpdateCommand cmd) throws IOException {
    if (!cmd.isDeleteById() && cmd.getQuery() != null) {
      DeleteUpdateCommand claims = (DeleteUpdateCommand) cmd.clone(); // same route, flags
      claims.setQuery(claimsOf(cmd.getQuery()));
      super.processDelete(claims);
    }
    super.processDelete(cmd);
  }

  /** A query for the children of the root documents that {@code query} matches. */
  static String claimsOf(String query) {
    String roots = "{!bool filter=" + quote(ROOT_DOCS) + " must=" + quote(query) + "}";
    return "{!child of=" + quote(ROOT_DOCS) + " v=" + quote(roots) + "}";
  }

  /** A local-params value in single quotes. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
