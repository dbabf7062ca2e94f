package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.casualtyclaims.solr.ClaimFields;
import org.junit.jupiter.api.Test;

/**
 * The plugin artifact the app is built against (the jar after {@code mvn package} or {@code
 * verify}; the classes folder after {@code mvn test}) holds our classes alone: everything else
 * the plugin uses ships with Solr, so the one jar is all a Solr node needs.
 */
class PluginJarTest {

  private static List<String> entries(Path artifact) throws Exception {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(artifact)) {
      try (Stream<Path> files = Files.walk(artifact)) {
        files.filter(Files::isRegularFile).forEach(f -> names.add(artifact.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      assertTrue(
          artifact.getFileName().toString().matches("casualty-claims-solr-[0-9][^/]*\\.jar"),
          "the plugin jar's name: " + artifact);
      try (JarFile jar = new JarFile(artifact.toFile())) {
        jar.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
      }
    }
    return names;
  }

  @Test
  void thePluginHoldsOnlyOurClasses() throws Exception {
    Path artifact = Path.of(ClaimFields.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = entries(artifact);
    List<String> foreign =
        names.stream()
            .filter(n -> !n.startsWith("org/casualtyclaims/") && !n.startsWith("META-INF/"))
            .toList();
    assertEquals(List.of(), foreign, "entries of " + artifact + " that are not ours");
    List<String> bundled =
        names.stream().filter(n -> n.startsWith("META-INF/") && n.endsWith(".jar")).toList();
    assertEquals(List.of(), bundled, "jars inside " + artifact);
    for (String needed :
        List.of(
            "org/casualtyclaims/solr/ClaimsUpdateProcessorFactory.class",
            "org/casualtyclaims/solr/ClaimsAnalyzeHandler.class",
            "org/casualtyclaims/engine/ClaimExtractor.class")) {
      assertTrue(names.contains(needed), needed + " missing from " + artifact);
    }
  }
}
