package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.casualtyclaims.solr.ClaimFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's install steps, on a Solr whose class path has Solr's jars but not the plugin: the
 * plugin jar alone, in {@code <solr_home>/lib} or in a module folder enabled with {@code
 * solr.modules}, is all the configset needs; without it the core does not load.
 */
class InstallTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path pluginJar;
  private static String classPathWithoutPlugin;

  @TempDir Path dir;

  @BeforeAll
  static void locateThePluginJar(@TempDir Path tmp) throws Exception {
    Path artifact = Path.of(ClaimFields.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(artifact)) {
      // mvn test without package: jar the classes as maven-jar would (PluginJarTest checks both)
      pluginJar = tmp.resolve("casualty-claims-solr-test.jar");
      try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(pluginJar));
          Stream<Path> files = Files.walk(artifact)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          jar.putNextEntry(new JarEntry(artifact.relativize(f).toString().replace('\\', '/')));
          jar.write(Files.readAllBytes(f));
          jar.closeEntry();
        }
      }
    } else {
      pluginJar = artifact;
    }
    Path root = Checkout.root();
    List<String> entries = new ArrayList<>();
    entries.add(root.resolve("app/target/test-classes").toString());
    entries.add(root.resolve("app/target/classes").toString());
    for (String e : Files.readString(root.resolve("app/target/runtime-classpath.txt")).strip().split(File.pathSeparator)) {
      if (!Path.of(e).toAbsolutePath().normalize().equals(artifact.toAbsolutePath().normalize())) {
        entries.add(e);
      }
    }
    classPathWithoutPlugin = String.join(File.pathSeparator, entries);
  }

  private record Started(Process process, String firstLine) {}

  private static Started start(Path home, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of("-cp", classPathWithoutPlugin, InstallLauncher.class.getName(), home.toString(),
            Checkout.conf().toString()));
    Process p = new ProcessBuilder(command).redirectError(home.resolveSibling(home.getFileName() + ".err").toFile()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    return new Started(p, line == null ? "" : line);
  }

  private static void stop(Process p) throws Exception {
    try (OutputStream in = p.getOutputStream()) {
      // closing standard input stops the launcher
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Solr did not stop");
  }

  private static JsonNode post(String url, String body, String type) throws Exception {
    HttpResponse<String> rsp =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), rsp.body());
    return MAPPER.readTree(rsp.body());
  }

  /** Index an article through /update and read its claims back, as the README's steps do. */
  private static void tagsAnArticle(int port) throws Exception {
    String core = "http://localhost:" + port + "/solr/news";
    post(core + "/update?commit=true",
        "[{\"id\": \"install-1\", \"title\": \"Gas blast kills 4\","
            + " \"body\": \"Police said 4 residents were killed in the explosion.\"}]",
        "application/json");
    JsonNode doc =
        post(core + "/select", "q=id:install-1&fl=claims_status,claims_count,claims_sources",
                "application/x-www-form-urlencoded")
            .path("response").path("docs").get(0);
    assertEquals("ok", doc.path("claims_status").asText(), doc.toString());
    assertEquals(1, doc.path("claims_count").asInt(), doc.toString());
    assertEquals("police", doc.path("claims_sources").get(0).asText(), doc.toString());
  }

  @Test
  void withoutThePluginJarTheCoreDoesNotLoad() throws Exception {
    Path home = dir.resolve("bare");
    Started s = start(home);
    assertTrue(s.process().waitFor(120, TimeUnit.SECONDS));
    assertEquals(1, s.process().exitValue(), s.firstLine());
    assertTrue(s.firstLine().startsWith("failed: Solr started but the core 'news' did not load"), s.firstLine());
    // the first of the plugin's classes Solr tries to load is named
    assertTrue(s.firstLine().contains("ClassNotFoundException: org.casualtyclaims.solr."),
        s.firstLine());
  }

  @Test
  void thePluginJarInSolrHomeLibIsAllItNeeds() throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("lib"));
    Files.copy(pluginJar, home.resolve("lib").resolve(pluginJar.getFileName()));
    Started s = start(home);
    try {
      assertTrue(s.firstLine().startsWith("port="), s.firstLine());
      tagsAnArticle(Integer.parseInt(s.firstLine().substring(5)));
    } finally {
      stop(s.process());
    }
  }

  @Test
  void thePluginJarAsAModuleIsAllItNeeds() throws Exception {
    Path home = dir.resolve("modular");
    // EmbeddedSolr makes the home Solr's install dir, so modules/ sits in it
    Path lib = Files.createDirectories(home.resolve("modules").resolve("casualty-claims").resolve("lib"));
    Files.copy(pluginJar, lib.resolve(pluginJar.getFileName()));
    Started s = start(home, "-Dsolr.modules=casualty-claims");
    try {
      assertTrue(s.firstLine().startsWith("port="), s.firstLine());
      tagsAnArticle(Integer.parseInt(s.firstLine().substring(5)));
      assertFalse(Files.exists(home.resolve("lib")));
    } finally {
      stop(s.process());
    }
  }
}
