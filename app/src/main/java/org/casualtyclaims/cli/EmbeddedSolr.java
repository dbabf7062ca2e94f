package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * Solr 9 in this JVM with a real HTTP endpoint on 127.0.0.1: Jetty plus Solr's dispatch filter
 * (the test framework's {@link JettySolrRunner}), a Solr home with one core, {@value #CORE}, on
 * the project's configset. The plugin's classes are on this JVM's class path, so the configset's
 * {@code org.casualtyclaims.solr.*} classes load without a lib folder.
 */
final class EmbeddedSolr implements AutoCloseable {
  /** The core's name, as in {@code /solr/news/select}. */
  static final String CORE = "news";

  /** Where the claims explorer's files are served, under Solr's context: {@code /solr/claims-ui/}. */
  static final String UI_PATH = "/claims-ui";

  private static final String SOLR_XML =
      String.join(
          "\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>",
          "<!-- written by bin/claims demo: a standalone Solr with the core news -->",
          "<solr>",
          "  <str name=\"allowPaths\">${solr.allowPaths:}</str>",
          "</solr>",
          "");

  /** A startup failure with a one-line explanation for the user. */
  static final class StartException extends Exception {
    StartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Path home;
  private final JettySolrRunner jetty;

  private EmbeddedSolr(Path home, JettySolrRunner jetty) {
    this.home = home;
    this.jetty = jetty;
  }

  /** The Solr home's log folder, where {@link DemoLogging} writes {@code solr.log}. */
  static Path logDir(Path home) {
    return home.resolve("logs");
  }

  /** {@link #start(Path, Path, int, Path)} without the claims explorer. */
  static EmbeddedSolr start(Path home, Path conf, int port) throws StartException, IOException {
    return start(home, conf, port, null);
  }

  /**
   * Writes the Solr home ({@code solr.xml}, the core {@value #CORE} with a copy of {@code conf})
   * and starts Solr on {@code port} of 127.0.0.1 (0: a free port). An existing home keeps its
   * index and gets a fresh copy of the configset. When {@code ui} is not null, its files are
   * served at {@value #UI_PATH}/ under Solr's context, next to Solr's own paths, as they would be
   * copied into a Solr installation's {@code server/solr-webapp/webapp/claims-ui}: Solr's dispatch
   * filter passes requests for paths that name no core or handler on to the servlet.
   */
  static EmbeddedSolr start(Path home, Path conf, int port, Path ui)
      throws StartException, IOException {
    if (port != 0 && !portIsFree(port)) {
      throw new StartException(portInUse(port), null);
    }
    writeHome(home, conf);
    System.setProperty("solr.log.dir", logDir(home).toString());
    // the demo is its own installation: no $SOLR_TIP/lib, modules or admin UI files to find
    System.setProperty("solr.install.dir", home.toString());
    JettyConfig.Builder builder =
        JettyConfig.builder()
            .setPort(port)
            .setContext("/solr")
            .withPortRetryTime(0) // a port in use is an error at once, not a minute of retries
            .stopAtShutdown(false); // the demo's shutdown hook stops it
    if (ui != null) {
      builder.withServlet(new ServletHolder(new StaticFilesServlet(ui)), UI_PATH + "/*");
    }
    JettyConfig config = builder.build();
    JettySolrRunner jetty = new JettySolrRunner(home.toString(), new Properties(), config);
    try {
      jetty.start();
    } catch (Exception e) {
      stopQuietly(jetty);
      throw new StartException(startFailure(e, port), e);
    }
    EmbeddedSolr solr = new EmbeddedSolr(home, jetty);
    CoreContainer cores = jetty.getCoreContainer();
    Map<String, CoreContainer.CoreLoadFailure> failures =
        cores == null ? Map.of() : cores.getCoreInitFailures();
    // getCore counts a reference, released at once: one left open keeps the core open at
    // shutdown, and a kept --home would then be closed unclean (index writer and lock held)
    SolrCore core = cores == null || failures.containsKey(CORE) ? null : cores.getCore(CORE);
    if (core == null) {
      String why =
          failures.containsKey(CORE)
              ? rootMessage(failures.get(CORE).exception)
              : cores == null ? "no core container" : "no such core";
      solr.close();
      throw new StartException(
          "Solr started but the core '" + CORE + "' did not load: " + why, null);
    }
    core.close();
    return solr;
  }

  /** True when nothing listens on {@code port} of 127.0.0.1 (the address Jetty binds). */
  static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // as Jetty does: a socket in TIME_WAIT is no obstacle
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static String portInUse(int port) {
    return "port "
        + port
        + " is already in use (another Solr, or a demo still running?);"
        + " stop it or pick another port with --port N (--port 0 picks a free one)";
  }

  /** The one-line explanation of a failed start: a port in use, or the root cause. */
  static String startFailure(Throwable e, int port) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BindException) {
        return portInUse(port);
      }
    }
    return "Solr did not start: " + rootMessage(e);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void writeHome(Path home, Path conf) throws IOException {
    if (!Files.isDirectory(conf.resolve("claims")) || !Files.isRegularFile(conf.resolve("solrconfig.xml"))) {
      throw new IOException("configset folder not found or incomplete: " + conf.toAbsolutePath());
    }
    Path core = home.resolve(CORE);
    Path coreConf = core.resolve("conf");
    deleteTree(coreConf);
    Files.createDirectories(coreConf);
    Files.createDirectories(logDir(home));
    Files.writeString(home.resolve("solr.xml"), SOLR_XML, StandardCharsets.UTF_8);
    Files.writeString(
        core.resolve("core.properties"),
        "# written by bin/claims demo\nname=" + CORE + "\n",
        StandardCharsets.UTF_8);
    copyTree(conf, coreConf);
  }

  /** Copies the folder {@code from}, with everything in it, to {@code to}. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The port Solr listens on (the actual one when started with port 0). */
  int port() {
    return jetty.getLocalPort();
  }

  /** {@code http://localhost:PORT/solr}. */
  String baseUrl() {
    return "http://localhost:" + port() + "/solr";
  }

  /** {@code http://localhost:PORT/solr/news}. */
  String coreUrl() {
    return baseUrl() + "/" + CORE;
  }

  /** {@code http://localhost:PORT/solr/claims-ui/}, the claims explorer. */
  String uiUrl() {
    return baseUrl() + UI_PATH + "/";
  }

  Path home() {
    return home;
  }

  /** Solr's core container, while it runs. */
  CoreContainer cores() {
    return jetty.getCoreContainer();
  }

  /** Stops Jetty and Solr (cores closed, index flushed). */
  @Override
  public void close() {
    stopQuietly(jetty);
  }

  private static void stopQuietly(JettySolrRunner jetty) {
    try {
      jetty.stop();
    } catch (Exception e) {
      // already stopped or never started
    }
  }
}
