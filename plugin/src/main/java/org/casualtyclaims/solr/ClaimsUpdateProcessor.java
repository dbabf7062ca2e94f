package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;
import static org.apache.solr.common.SolrException.ErrorCode.SERVER_ERROR;

import com.codahale.metrics.Timer;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.DeleteUpdateCommand;
import org.apache.solr.update.processor.AtomicUpdateDocumentMerger;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.event.PublishedDate;
import org.casualtyclaims.engine.grouping.EventSeries;
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

  private final ClaimsSettings settings;
  private final ClaimsRequestOptions options;
  private final BiFunction<List<FieldText>, LocalDate, ExtractionResult> extraction;
  private final EventSeries eventSeries;
  private final ClaimsMetrics metrics;
  private final String uniqueKey;
  /** Fields an atomic update may not touch: the sources of the claims and what is derived. */
  private final Set<String> guarded;

  ClaimsUpdateProcessor(
      ClaimsSettings settings,
      ClaimsRequestOptions options,
      BiFunction<List<FieldText>, LocalDate, ExtractionResult> extraction,
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

  /**
   * The day an article was published, from its date field as sent (a Date, or an ISO string);
   * null when absent or unreadable, so that relative dates stay unresolved (the schema's date
   * field reports a malformed value itself).
   */
  static LocalDate publishedDay(Object published) {
    if (published instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (published instanceof Instant instant) {
      return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (published instanceof CharSequence text) {
      try {
        return PublishedDate.parse(text.toString());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
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
      ArticleIntake.admitAtomic(doc, cmd.getPrintableId(), guarded);
      super.processAdd(cmd);
      return;
    }
    Object idValue = doc.getFieldValue(uniqueKey);
    if (idValue == null) {
      super.processAdd(cmd); // Solr refuses it, naming the missing uniqueKey
      return;
    }
    String id = idValue.toString();
    List<String> removed = ArticleIntake.admit(doc, id);
    if (!removed.isEmpty()) {
      log.warn("claims: document '{}' was sent with {}, which the processor derives: removed, and"
          + " derived from its text", id, removed);
    }
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
      Object published = doc.getFieldValue(settings.publishedField());
      ExtractionResult result =
          extraction.apply(ArticleText.read(doc, settings), publishedDay(published));
      // nothing is written to the document until the extraction has succeeded
      ClaimDocuments.attach(doc, id, published, result, eventSeries);
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

  /**
   * The error policy: with onError=fail the update is refused, a 400 when the document is at fault
   * (a title or body with no text form), a 500 with the cause kept when the engine is (a fault of
   * ours); else the document is indexed marked as such.
   */
  private void failed(SolrInputDocument doc, String id, Throwable e) {
    boolean unreadable = e instanceof ArticleText.UnreadableFieldException;
    String reason = unreadable ? e.getMessage() : e.toString();
    if (options.onError() == OnError.FAIL) {
      throw new SolrException(
          unreadable ? BAD_REQUEST : SERVER_ERROR,
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

  /** A delete by query deletes articles with their claims, never claims alone. */
  @Override
  public void processDelete(DeleteUpdateCommand cmd) throws IOException {
    for (DeleteUpdateCommand part : BlockDeletes.rewrite(cmd)) {
      super.processDelete(part);
    }
  }
}
