package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.DeleteUpdateCommand;
import org.apache.solr.update.processor.AtomicUpdateDocumentMerger;
import org.apache.solr.update.processor.UpdateRequestProcessor;

/**
 * Checks what a client writes on the pre-extracted path: the claims are trusted, their structure
 * is not. {@code {!claims}} and the facets find an article's claims by block join, whose parent
 * filter must match every root; a root that is not an article would have its claims counted under
 * the neighbouring article. So each document sent must be an article ({@code doc_type:article},
 * no claim fields, no nesting fields of Solr's) whose only children are claims ({@code
 * doc_type:claim}, {@code claim_article} its id, no children of their own) under {@code claims}.
 * Anything else is a 400 naming the document. Deletes by query keep articles and claims in step
 * ({@link BlockDeletes}).
 */
final class PreextractedClaimsProcessor extends UpdateRequestProcessor {
  /** What an atomic update may not touch here: the block's structure. */
  private static final Set<String> STRUCTURE;

  static {
    List<String> fields = new ArrayList<>(ClaimDocuments.CLAIM_FIELDS);
    fields.add(ClaimFields.DOC_TYPE);
    fields.add(ClaimFields.CLAIMS);
    STRUCTURE = Set.copyOf(fields);
  }

  private final String uniqueKey;

  PreextractedClaimsProcessor(String uniqueKey, UpdateRequestProcessor next) {
    super(next);
    this.uniqueKey = uniqueKey;
  }

  @Override
  public void processAdd(AddUpdateCommand cmd) throws IOException {
    SolrInputDocument doc = cmd.getSolrInputDocument();
    Object id = doc.getFieldValue(uniqueKey);
    if (id != null) { // else Solr refuses it, naming the missing uniqueKey
      if (AtomicUpdateDocumentMerger.isAtomicUpdate(cmd)) {
        ArticleIntake.admitAtomic(doc, id.toString(), STRUCTURE);
      } else {
        checkArticle(doc, id.toString());
      }
    }
    super.processAdd(cmd);
  }

  @Override
  public void processDelete(DeleteUpdateCommand cmd) throws IOException {
    for (DeleteUpdateCommand part : BlockDeletes.rewrite(cmd)) {
      super.processDelete(part);
    }
  }

  static void checkArticle(SolrInputDocument doc, String id) {
    List<String> problems = new ArrayList<>();
    if (!hasType(doc, ClaimFields.ARTICLE)) {
      problems.add("it has no doc_type:article (found " + doc.getFieldValues(ClaimFields.DOC_TYPE)
          + ")");
    }
    if (doc.hasChildDocuments()) {
      problems.add("it has anonymous child documents (_childDocuments_); claims go under '"
          + ClaimFields.CLAIMS + "'");
    }
    for (SolrInputField field : doc) {
      String name = field.getName();
      if (name.equals(ClaimFields.CLAIMS)) {
        checkClaims(field.getValue(), id, problems);
      } else if (ArticleIntake.holdsDocuments(field.getValue())) {
        problems.add("it has child documents under '" + name + "'; claims go under '"
            + ClaimFields.CLAIMS + "'");
      } else if (ClaimDocuments.CLAIM_FIELDS.contains(name)
          || ArticleIntake.NESTING_FIELDS.contains(name)) {
        problems.add("it sets '" + name + "', a field of claims or of Solr's nesting");
      }
    }
    if (!problems.isEmpty()) {
      throw new SolrException(
          BAD_REQUEST, "claims: pre-extracted document '" + id + "' refused: "
              + String.join("; ", problems));
    }
  }

  private static void checkClaims(Object value, String id, List<String> problems) {
    Collection<?> claims = value instanceof Collection<?> c ? c : List.of(value);
    for (Object claim : claims) {
      if (!(claim instanceof SolrInputDocument child)) {
        problems.add("'" + ClaimFields.CLAIMS + "' holds a value that is not a document");
        continue;
      }
      String childId = String.valueOf(child.getFieldValue(ClaimFields.ID));
      if (!hasType(child, ClaimFields.CLAIM)) {
        problems.add("its child '" + childId + "' has no doc_type:claim");
      }
      if (!id.equals(String.valueOf(child.getFieldValue(ClaimFields.ARTICLE_ID)))) {
        problems.add("its child '" + childId + "' has claim_article "
            + child.getFieldValue(ClaimFields.ARTICLE_ID) + ", not '" + id + "'");
      }
      boolean nested = child.hasChildDocuments();
      for (SolrInputField field : child) {
        nested |= ArticleIntake.holdsDocuments(field.getValue());
      }
      if (nested) {
        problems.add("its child '" + childId + "' has child documents of its own");
      }
    }
  }

  private static boolean hasType(SolrInputDocument doc, String type) {
    Collection<Object> types = doc.getFieldValues(ClaimFields.DOC_TYPE);
    return types != null && types.size() == 1 && type.equals(String.valueOf(types.iterator().next()));
  }
}
