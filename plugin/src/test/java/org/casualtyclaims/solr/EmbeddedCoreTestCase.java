package org.casualtyclaims.solr;

import java.nio.file.Path;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.junit.AfterClass;

/**
 * One core of the project's configset per test class, started by the class's own
 * {@code @BeforeClass}, with a client on it that every test of the class uses.
 */
public abstract class EmbeddedCoreTestCase extends SolrTestCaseJ4 {
  static EmbeddedSolrServer client;

  /** Starts core "claims" from a fresh copy of the configset in a temporary home {@code homeName}. */
  static void startCore(String homeName) throws Exception {
    ClaimsTestSupport.setSystemProperties();
    Path home = ClaimsTestSupport.solrHome(createTempDir(homeName), "claims");
    initCore("solrconfig.xml", "schema.xml", home.toString(), "claims");
    openClient();
  }

  /** Starts the test resources' core (collection1), whose configset is the project's. */
  static void startTestHomeCore() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    initCore("solrconfig.xml", "schema.xml", TEST_HOME());
    openClient();
  }

  private static void openClient() {
    // the harness's core is not ref-counted for the caller: the client must not close it
    client = new EmbeddedSolrServer(h.getCoreContainer(), h.getCore().getName());
  }

  @AfterClass
  public static void closeEmbeddedClient() throws Exception {
    if (client != null) {
      client.close(); // does not shut the container down: SolrTestCaseJ4 does
      client = null;
    }
  }
}
