package org.casualtyclaims.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.solr.SolrTestCaseJ4;

/** The configset the tests run on: the real solr-config/conf, copied by the build. */
final class ClaimsTestSupport {
  private ClaimsTestSupport() {}

  static Path configset() {
    return SolrTestCaseJ4.getFile("configsets/claims/conf").toPath();
  }

  /** A Solr home holding one core directory {@code core} with the configset. */
  static Path solrHome(Path home, String core) throws IOException {
    Path conf = home.resolve(core).resolve("conf");
    copy(configset(), conf);
    return home;
  }

  static void copy(Path from, Path to) throws IOException {
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
}
