package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;

import java.io.IOException;
import org.apache.solr.common.SolrException;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.SyntaxError;
import org.apache.solr.update.DeleteUpdateCommand;

/**
 * Deletes by query that keep every article and its claims in step, for both update chains.
 * Deleting by id removes the whole block (Solr 9 deletes by {@code _root_}); a delete by query
 * removes only what it matches, so on its own it would leave the claims of a matched article
 * behind, or remove claims and leave their article's {@code claims_count} and {@code claims_json}
 * stale. Here a delete by query becomes two: the claims of the articles it matches, then those
 * articles; claims are never deleted on their own.
 *
 * <p>A query that matches claims whose article it does not match (say {@code doc_type:claim}) is
 * refused with a 400 that says why, when the receiving core's index shows such claims (exact in a
 * standalone core; in SolrCloud the core that receives the delete checks its own shard, and the
 * rewrite keeps every shard consistent in any case).
 */
final class BlockDeletes {
  /** Root documents: those without a nest path. Children (the claims) all have one. */
  static final String ROOT_DOCS = "*:* -" + ClaimFields.NEST_PATH + ":*";

  private BlockDeletes() {}

  /**
   * The deletes to run instead of {@code cmd}: a delete by query becomes claims first, then roots;
   * a delete by id (which removes the whole block) or without a query runs as it is.
   */
  static DeleteUpdateCommand[] rewrite(DeleteUpdateCommand cmd) throws IOException {
    String query = cmd.getQuery();
    if (cmd.isDeleteById() || query == null) {
      return new DeleteUpdateCommand[] {cmd};
    }
    refuseOrphaningClaims(cmd.getReq(), query);
    DeleteUpdateCommand claims = (DeleteUpdateCommand) cmd.clone(); // same route, flags
    claims.setQuery(claimsOf(query));
    DeleteUpdateCommand roots = (DeleteUpdateCommand) cmd.clone();
    roots.setQuery(rootsOf(query));
    return new DeleteUpdateCommand[] {claims, roots};
  }

  private static void refuseOrphaningClaims(SolrQueryRequest req, String query)
      throws IOException {
    String orphaned =
        "{!bool filter=" + quote(query) + " filter=" + quote(ClaimFields.NEST_PATH + ":*")
            + " must_not=" + quote(claimsOf(query)) + "}";
    int count;
    try {
      count = req.getSearcher().count(QParser.getParser(orphaned, req).getQuery());
    } catch (SyntaxError e) {
      throw new SolrException(BAD_REQUEST, "claims: cannot parse the delete query '" + query
          + "': " + e.getMessage(), e);
    }
    if (count > 0) {
      throw new SolrException(
          BAD_REQUEST,
          "claims: the delete query '" + query + "' matches " + count + " claim document(s)"
              + " without their article: deleting them would leave the articles' claims_count,"
              + " claims_json and other claims_* fields stale. Delete the articles (their claims"
              + " go with them), or re-send an article to re-extract its claims");
    }
  }

  /** A query for the root documents that {@code query} matches. */
  static String rootsOf(String query) {
    return "{!bool filter=" + quote(ROOT_DOCS) + " must=" + quote(query) + "}";
  }

  /** A query for the children of the root documents that {@code query} matches. */
  static String claimsOf(String query) {
    return "{!child of=" + quote(ROOT_DOCS) + " v=" + quote(rootsOf(query)) + "}";
  }

  /** A local-params value in single quotes. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
