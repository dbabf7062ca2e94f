package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's Solr leaves no core reference open: stopped, its core is closed, so a kept {@code
 * --home} is shut down cleanly and opens again in the same JVM with its index.
 */
class EmbeddedSolrTest {

  @Test
  void aKeptHomeIsClosedCleanlyAndOpensAgain(@TempDir Path home) throws Exception {
    EmbeddedSolr solr = EmbeddedSolr.start(home, Checkout.conf(), 0);
    SolrCore core;
    try {
      core = solr.cores().getCore(EmbeddedSolr.CORE);
      int open = core.getOpenCount();
      core.close();
      assertEquals(2, open, "the container's reference and this test's, no other");
      try (SolrClient client = new Http2SolrClient.Builder(solr.coreUrl()).build()) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", "kept-1");
        doc.setField("title", "Ferry capsizes on Lake Varn, 9 dead");
        client.add(doc);
        client.commit();
      }
    } finally {
      solr.close();
    }
    assertTrue(core.isClosed(), "the core is closed when Solr stops");

    // the same home again, in the same JVM: the index lock was released, the article is there
    EmbeddedSolr again = EmbeddedSolr.start(home, Checkout.conf(), 0);
    try (SolrClient client = new Http2SolrClient.Builder(again.coreUrl()).build()) {
      assertEquals(1, client.query(new org.apache.solr.common.params.ModifiableSolrParams()
          .set("q", "id:kept-1")).getResults().getNumFound());
    } finally {
      again.close();
    }
  }
}
