package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;

/** Builds the extractor from the configset folder, as Solr would from its resource loader. */
final class Engine {
  private Engine() {}

  /** The project's configset {@code conf} folder: {@code $claims.home/solr-config/conf}. */
  static Path defaultConf() {
    return Path.of(System.getProperty("claims.home", ".")).resolve("solr-config").resolve("conf");
  }

  /** The extractor, or null after printing why it cannot be built. */
  static ClaimExtractor extractor(String confOption, PrintStream err) {
    Path conf = confOption == null ? defaultConf() : Path.of(confOption);
    if (!Files.isDirectory(conf)) {
      err.println("claims: configset folder not found: " + conf.toAbsolutePath());
      return null;
    }
    try {
      return new ClaimExtractor(Lexicons.load(ResourceOpener.folder(conf)), ExtractorSettings.defaults());
    } catch (LexiconException e) {
      err.println("claims: " + e.getMessage());
      return null;
    }
  }
}
