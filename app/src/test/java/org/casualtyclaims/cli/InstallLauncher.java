package org.casualtyclaims.cli;

import java.nio.file.Path;

/**
 * Starts Solr on a prepared Solr home, in a JVM whose class path lacks the plugin (see {@link
 * InstallTest}): prints {@code port=N} once the core is up, or {@code failed: why}, and stops
 * when standard input closes.
 */
public final class InstallLauncher {
  private InstallLauncher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    Path conf = Path.of(args[1]);
    EmbeddedSolr solr;
    try {
      solr = EmbeddedSolr.start(home, conf, 0);
    } catch (EmbeddedSolr.StartException e) {
      System.out.println("failed: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println("port=" + solr.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // serve until the test closes our standard input
    }
    solr.close();
    System.exit(0);
  }
}
