package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;

/**
 * What an article sent on the default path may carry: nothing about claims that the claims
 * processor did not derive. Two answers, by what the client can have meant:
 *
 * <ul>
 *   <li>the claims and summary fields the processor writes ({@code claims}, {@code claims_*}) are
 *       what Solr returns for a stored article ({@code fl=*,[child]}), so a client re-sending one
 *       sends them back: they are removed (the caller logs a warning) and derived anew;
 *   <li>anything else that would put claim data into the index is refused with a 400 naming the
 *       document and what was refused: child documents under any other field or anonymous ones,
 *       a claim's own fields ({@code claim_*}), a {@code doc_type} other than {@code article}
 *       (a document posing as a claim), and Solr's nesting fields ({@code _root_}, {@code
 *       _nest_path_}, {@code _nest_parent_}), which would file the document as a child of
 *       another block. Removing these would drop data the client meant to index, silently.
 * </ul>
 */
final class ArticleIntake {
  /** The fields Solr sets on the documents of a block; never a client's to send. */
  static final Set<String> NESTING_FIELDS =
      Set.of(ClaimFields.ROOT, ClaimFields.NEST_PATH, "_nest_parent_");

  private ArticleIntake() {}

  /**
   * Refuses a whole article that carries claim data the processor would not derive, and removes
   * the claims and summary fields it may carry back from a stored copy.
   *
   * @return the names of the fields removed, for the caller's warning; empty when none
   * @throws SolrException a 400 naming the document {@code id} and what was refused
   */
  static List<String> admit(SolrInputDocument doc, String id) {
    List<String> refused = new ArrayList<>();
    if (doc.hasChildDocuments()) {
      refused.add("anonymous child documents (_childDocuments_)");
    }
    for (SolrInputField field : doc) {
      String name = field.getName();
      if (name.equals(ClaimFields.CLAIMS)) {
        continue;
      }
      if (holdsDocuments(field.getValue())) {
        refused.add("child documents under '" + name + "'");
      } else if (ClaimDocuments.CLAIM_FIELDS.contains(name)) {
        refused.add("the claim field '" + name + "'");
      } else if (NESTING_FIELDS.contains(name)) {
        refused.add("Solr's nesting field '" + name + "'");
      }
    }
    Collection<Object> types = doc.getFieldValues(ClaimFields.DOC_TYPE);
    if (types != null && !(types.size() == 1 && ClaimFields.ARTICLE.equals(first(types)))) {
      refused.add("doc_type " + types + " (the processor sets 'article')");
    }
    if (!refused.isEmpty()) {
      throw refusal(id, refused);
    }
    List<String> removed = new ArrayList<>();
    for (String name : doc.getFieldNames()) {
      if (name.equals(ClaimFields.CLAIMS) || ClaimDocuments.SUMMARY_FIELDS.contains(name)) {
        removed.add(name);
      }
    }
    ClaimDocuments.clear(doc);
    return removed;
  }

  /**
   * Refuses an atomic update that would change what the processor derives or add documents to
   * the block (Solr merges an atomic update into the stored block, children included).
   *
   * @param guarded the fields no atomic update may touch: the processor's inputs and outputs
   */
  static void admitAtomic(SolrInputDocument doc, String id, Set<String> guarded) {
    List<String> touched = new ArrayList<>();
    if (doc.hasChildDocuments()) {
      touched.add("_childDocuments_");
    }
    for (SolrInputField field : doc) {
      String name = field.getName();
      if (guarded.contains(name) || NESTING_FIELDS.contains(name) || holdsDocuments(field.getValue())) {
        touched.add(name);
      }
    }
    if (!touched.isEmpty()) {
      throw new SolrException(
          BAD_REQUEST,
          "claims: an atomic update of document '" + id + "' cannot change "
              + String.join(", ", touched) + ": the claims processor derives the claims and"
              + " their fields from the article's text; send the whole document instead");
    }
  }

  /** Whether a field value is, or holds, a document: a child, or an atomic "add" of one. */
  static boolean holdsDocuments(Object value) {
    if (value instanceof SolrInputDocument) {
      return true;
    }
    if (value instanceof Collection<?> values) {
      for (Object v : values) {
        if (holdsDocuments(v)) {
          return true;
        }
      }
    }
    if (value instanceof Map<?, ?> operations) {
      return holdsDocuments(operations.values());
    }
    return false;
  }

  private static Object first(Collection<Object> values) {
    Object v = values.iterator().next();
    return v == null ? null : v.toString();
  }

  private static SolrException refusal(String id, List<String> refused) {
    return new SolrException(
        BAD_REQUEST,
        "claims: document '" + id + "' refused: it carries " + String.join("; ", refused)
            + ". Only the claims processor writes claims on this path; claims extracted elsewhere"
            + " go to the pre-extracted update handler, if the operator has granted it to you");
  }
}
