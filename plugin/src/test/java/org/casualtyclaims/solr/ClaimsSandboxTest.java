package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.core.CoreContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin opens no network connection and reads no file outside the configset and its own
 * code, whatever a request says.
 *
 * <p>How this is checked, and why this way. Java 17 still has the SecurityManager, but it is
 * deprecated for removal, needs {@code -Djava.security.manager=allow} on the whole test JVM, and
 * an observer installed for a window sees every thread of the JVM; Solr's test framework under
 * Maven installs none. Instead, two complementary checks:
 *
 * <ol>
 *   <li><b>Statically, every code path</b> ({@link #thePluginsBytecodeUsesNoNetworkFileOrProcessApi}):
 *       the constant pool of every class of the plugin (engine and Solr glue, as compiled) is read
 *       with a small class-file parser ({@link ClassRefs}; no bytecode library, so no class-file
 *       version to keep up with). No class may name a socket, URL, HTTP, DNS, JNDI, RMI or
 *       ZooKeeper API, a SolrJ client, a file API ({@code java.io.File*}, {@code java.nio.file},
 *       channels, zip/jar files, commons-io), a process or native-library API, or reflection
 *       that could reach those by name ({@code Class.forName}, {@code Method.invoke},
 *       {@code MethodHandles.Lookup.find*}, class loaders, {@code getResource*}). Two exceptions,
 *       each checked: {@code engine.ResourceOpener} reads a folder's files for the command line
 *       and tests, and no class of the Solr glue refers to it; Solr's resource loader
 *       ({@code openResource}) is called from {@code ClaimsUpdateProcessorFactory} alone, when a
 *       core loads, with the file names of {@code lexiconDir}, which must be a relative path
 *       inside the configset (checked at core load: {@code ClaimsConfigTest},
 *       {@code ClaimsSettingsTest}). Request parameters never reach a file or network API: there
 *       is none to reach. The scanner is shown to flag such references on this very test class.
 *   <li><b>At run time, what actually happens</b>
 *       ({@link #hostileRequestsMakeThePluginReadOnlyItsConfigset}): a Java Flight Recorder
 *       recording in this JVM captures every file read and write, socket read and write and
 *       process start, with its stack, while a core of the configset loads and then indexes,
 *       analyses and facets requests that name files, URLs and hosts everywhere they can (text,
 *       parameters, claims filters, Solr's {@code stream.file}/{@code stream.url}). Every event
 *       with a frame of the plugin's code on its stack must be: a read of the core's {@code conf}
 *       folder; a read of the core's own data folder (its index, which the search component's
 *       queries read through Solr); a read of a jar on the class path or of the JDK with a class
 *       loader or the service loader between it and the plugin (loading code, also Solr's, when
 *       the plugin's handler initialises its Solr superclass); or a write of the core's data
 *       folder (index and update log, written by Solr's update chain after the processor has
 *       passed the document on). None may be a socket or a process, and no event at all may touch
 *       a file the requests named. The recording must show the plugin reading its lexicons from
 *       the {@code conf} folder, so that the check is known to see what it looks for. A warm-up
 *       core and pass, not recorded, load the classes first.
 * </ol>
 *
 * <p>What neither covers: Solr's own network traffic in SolrCloud (distributed search and update
 * forwarding are Solr's, the plugin takes no part in them), and code the plugin does not contain.
 */
class ClaimsSandboxTest {
  private static final String PLUGIN = "org/casualtyclaims/";
  private static final String RESOURCE_OPENER = "org/casualtyclaims/engine/ResourceOpener";
  private static final String PROCESSOR_FACTORY =
      "org/casualtyclaims/solr/ClaimsUpdateProcessorFactory";

  /** Classes and packages (prefixes of internal names) the plugin must not use. */
  private static final List<String> FORBIDDEN_CLASSES =
      List.of(
          // network
          "java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
          "java/net/MulticastSocket", "java/net/SocketImpl", "java/net/URL",
          "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/JarURLConnection",
          "java/net/URLClassLoader", "java/net/InetAddress", "java/net/Inet4Address",
          "java/net/Inet6Address", "java/net/InetSocketAddress", "java/net/Proxy",
          "java/net/http/", "java/nio/channels/", "javax/net/", "sun/net/", "jdk/net/",
          "java/rmi/", "javax/naming/", "javax/management/remote/", "org/apache/http/",
          "org/eclipse/jetty/client/", "org/apache/solr/client/solrj/impl/",
          "org/apache/solr/client/solrj/SolrClient", "org/apache/solr/client/solrj/embedded/",
          "org/apache/zookeeper/", "org/apache/solr/common/cloud/SolrZkClient",
          "org/apache/solr/cloud/ZkController",
          // files
          "java/io/File", "java/io/FileInputStream", "java/io/FileOutputStream",
          "java/io/FileReader", "java/io/FileWriter", "java/io/RandomAccessFile",
          "java/io/FileDescriptor", "java/nio/file/", "java/util/zip/ZipFile",
          "java/util/jar/JarFile", "org/apache/commons/io/", "org/apache/lucene/store/FSDirectory",
          "org/apache/lucene/store/MMapDirectory", "org/apache/lucene/store/NIOFSDirectory",
          // processes, native code, code loading
          "java/lang/ProcessBuilder", "java/lang/Process", "java/lang/ProcessHandle",
          "java/lang/ClassLoader", "java/lang/reflect/Method", "java/lang/reflect/Constructor",
          "java/lang/reflect/Field");

  /** Methods (owner.name, any descriptor) the plugin must not call. */
  private static final List<String> FORBIDDEN_MEMBERS =
      List.of(
          "java/lang/Runtime.exec", "java/lang/Runtime.load", "java/lang/Runtime.loadLibrary",
          "java/lang/System.load", "java/lang/System.loadLibrary", "java/lang/Class.forName",
          "java/lang/Class.newInstance", "java/lang/Class.getResource",
          "java/lang/Class.getResourceAsStream", "java/lang/Class.getClassLoader",
          "java/lang/Class.getMethod", "java/lang/Class.getDeclaredMethod",
          "java/lang/Class.getConstructor", "java/lang/Class.getDeclaredConstructor",
          "java/lang/invoke/MethodHandles$Lookup.find", "java/lang/invoke/MethodHandles$Lookup.unreflect",
          "java/io/PrintStream.<init> (Ljava/lang/String;", "java/io/PrintWriter.<init> (Ljava/lang/String;",
          "java/util/Formatter.<init> (Ljava/lang/String;",
          // Solr's and Lucene's ways to load classes or files by name
          "org/apache/solr/core/SolrResourceLoader.newInstance",
          "org/apache/solr/core/SolrResourceLoader.findClass",
          "org/apache/solr/core/SolrResourceLoader.getClassLoader",
          "org/apache/solr/core/SolrResourceLoader.getInstancePath",
          "org/apache/solr/core/SolrResourceLoader.getConfigPath",
          "org/apache/solr/core/SolrCore.getDataDir", "org/apache/solr/core/SolrCore.getIndexDir",
          "org/apache/solr/core/SolrCore.getInstancePath",
          "org/apache/solr/core/CoreContainer.getSolrHome");

  // ------------------------------------------------------------------------------ static check

  /** Every class file of the plugin, from the folder or jar the plugin's classes come from. */
  static Map<String, byte[]> pluginClasses() throws IOException, URISyntaxException {
    Path location =
        Path.of(
            ClaimsUpdateProcessorFactory.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
    Map<String, byte[]> classes = new TreeMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location.resolve(PLUGIN))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (f.toString().endsWith(".class")) {
            classes.put(location.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          if (entry.getName().startsWith(PLUGIN) && entry.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              classes.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    return classes;
  }

  /** What {@code refs} uses of the forbidden APIs, as readable strings. */
  static List<String> violations(ClassRefs refs) {
    List<String> out = new ArrayList<>();
    boolean opener = refs.name().equals(RESOURCE_OPENER)
        || refs.name().startsWith(RESOURCE_OPENER + "$");
    for (String c : refs.classes()) {
      for (String bad : FORBIDDEN_CLASSES) {
        boolean match = bad.endsWith("/") ? c.startsWith(bad) : c.equals(bad) || c.startsWith(bad + "$");
        if (match && !(opener && c.startsWith("java/nio/file/"))) {
          out.add(refs.name() + " uses " + c);
        }
      }
    }
    for (String m : refs.members()) {
      for (String bad : FORBIDDEN_MEMBERS) {
        if (m.startsWith(bad)) {
          out.add(refs.name() + " calls " + m);
        }
      }
      // the folder opener is for the command line and tests; in Solr, lexicons come through
      // Solr's resource loader
      if (m.startsWith(RESOURCE_OPENER + ".folder ") && !opener) {
        out.add(refs.name() + " calls " + m + " (only Solr's resource loader may open files)");
      }
      // Solr's resource loader opens files by name: only at core load, with lexiconDir's names
      if (m.contains(".openResource ") && !refs.name().equals(PROCESSOR_FACTORY)) {
        out.add(refs.name() + " calls " + m + " (only " + PROCESSOR_FACTORY + " may)");
      }
    }
    return out;
  }

  @Test
  void thePluginsBytecodeUsesNoNetworkFileOrProcessApi() throws Exception {
    Map<String, byte[]> classes = pluginClasses();
    assertTrue(classes.size() > 40, "the plugin's classes were found: " + classes.keySet());
    assertTrue(classes.containsKey("org/casualtyclaims/engine/ClaimExtractor.class"));
    assertTrue(classes.containsKey("org/casualtyclaims/solr/ClaimsSearchComponent.class"));

    List<String> violations = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    boolean openerFound = false;
    boolean openResourceFound = false;
    for (Map.Entry<String, byte[]> e : classes.entrySet()) {
      ClassRefs refs = ClassRefs.parse(e.getValue());
      assertEquals(e.getKey(), refs.name() + ".class");
      violations.addAll(violations(refs));
      for (String c : refs.classes()) {
        if (!c.startsWith(PLUGIN)) {
          packages.add(c.contains("/") ? c.substring(0, c.lastIndexOf('/')) : c);
        }
      }
      openerFound |= refs.name().equals(RESOURCE_OPENER)
          && refs.classes().contains("java/nio/file/Files");
      openResourceFound |= refs.name().equals(PROCESSOR_FACTORY)
          && refs.members().stream().anyMatch(m -> m.contains(".openResource "));
    }
    System.out.println("sandbox: the plugin's " + classes.size()
        + " classes use the packages " + packages);
    assertEquals(List.of(), violations, "forbidden APIs in the plugin's bytecode");
    // the two exceptions are where they are said to be: the scan reads what it should
    assertTrue(openerFound, "ResourceOpener's file access is seen by the scan");
    assertTrue(openResourceFound, "the factory's call of Solr's resource loader is seen");
  }

  @Test
  void theScannerFlagsWhatItForbids() throws Exception {
    // this test class uses files, JFR and Solr's embedded client: the scanner must say so
    byte[] self;
    try (InputStream in =
        ClaimsSandboxTest.class.getResourceAsStream("ClaimsSandboxTest.class")) {
      self = in.readAllBytes();
    }
    List<String> found = violations(ClassRefs.parse(self));
    String all = String.join("\n", found);
    assertTrue(all.contains("uses java/nio/file/Files"), all);
    assertTrue(all.contains("uses java/util/jar/JarFile"), all);
    assertTrue(all.contains("uses org/apache/solr/client/solrj/embedded/EmbeddedSolrServer"), all);
    assertTrue(all.contains("calls java/lang/Class.getResourceAsStream"), all);
    assertTrue(all.contains("uses java/nio/file/Path"), all);
  }

  // ------------------------------------------------------------------------------ runtime check

  @TempDir static Path temp;
  private static final Map<String, String> SAVED = new LinkedHashMap<>();

  @BeforeAll
  static void properties() {
    // the production directory factory, index on disk; commits only when asked
    set("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
    set("solr.autoCommit.maxTime", "-1");
    set("solr.autoSoftCommit.maxTime", "-1");
  }

  private static void set(String name, String value) {
    SAVED.put(name, System.getProperty(name));
    System.setProperty(name, value);
  }

  @AfterAll
  static void restore() {
    SAVED.forEach((k, v) -> {
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
    SAVED.clear();
  }

  /** Files and places the hostile requests name. */
  private static final List<String> NAMED_FILES =
      List.of("/etc/passwd", "/etc/hosts", "/etc/shadow", "/proc/self/environ",
          "/root/.ssh/id_rsa", "/windows/win.ini");

  private static final List<String> HOSTILE_TEXTS =
      List.of("file:///etc/passwd", "/etc/passwd", "../../../../../../etc/passwd",
          "..\\\\..\\\\..\\\\windows\\\\win.ini", "http://169.254.169.254/latest/meta-data/",
          "https://example.org/claims.json", "\\\\\\\\fileserver\\\\share\\\\lexicon.tsv",
          "jar:file:/etc/passwd!/x", "classpath:claims/sources.tsv",
          "ldap://127.0.0.1:1389/a", "${jndi:ldap://127.0.0.1:1389/a}",
          "/proc/self/environ", "~/.ssh/id_rsa", "/etc/hosts", "/root/.ssh/id_rsa");

  private static Path core(Path home, String name) throws IOException {
    Path instance = home.resolve(name);
    ClaimsTestSupport.copy(ClaimsTestSupport.conf(), instance.resolve("conf"));
    return instance;
  }

  /** Everything the plugin does for requests, each fed the hostile strings. */
  private static void hostileRequests(EmbeddedSolrServer solr, String core) throws Exception {
    List<SolrInputDocument> docs = new ArrayList<>();
    int n = 0;
    for (String text : HOSTILE_TEXTS) {
      docs.add(ClaimsTestSupport.article("hostile-" + n++, text,
          "Police said 4 people were killed, according to " + text + ". See " + text));
    }
    UpdateRequest add = new UpdateRequest();
    add.add(docs);
    add.process(solr, core);

    StringBuilder json = new StringBuilder("[");
    for (String text : HOSTILE_TEXTS) {
      json.append("{\"id\":\"json-").append(n++).append("\",\"title\":")
          .append(org.noggit.JSONUtil.toJSON(text)).append(",\"body\":")
          .append(org.noggit.JSONUtil.toJSON("Officials said 12 were injured near " + text))
          .append("},");
    }
    json.setCharAt(json.length() - 1, ']');
    ContentStreamUpdateRequest jsonUpdate = new ContentStreamUpdateRequest("/update/json/docs");
    jsonUpdate.addContentStream(new ContentStreamBase.StringStream(json.toString(), "application/json"));
    jsonUpdate.process(solr, core);

    // parameters that name files and hosts: unknown claims.* names are refused, Solr's remote
    // streaming is off; whatever the answer, nothing may be read
    for (String[] p :
        List.of(
            new String[] {"claims.lexiconDir", "/etc"},
            new String[] {"stream.file", "/etc/passwd"},
            new String[] {"stream.url", "http://169.254.169.254/latest/meta-data/"},
            new String[] {"update.chain", "../../etc/passwd"},
            new String[] {"claims.onError", "file:///etc/passwd"})) {
      UpdateRequest u = new UpdateRequest();
      u.add(ClaimsTestSupport.article("param-" + n++, "4 killed", "Police said 4 were killed."));
      u.setParam(p[0], p[1]);
      attempt(() -> u.process(solr, core));
    }
    attempt(() -> solr.deleteByQuery(core, "title:\"/etc/passwd\" OR body:\"http://169.254\""));
    solr.commit(core);

    for (String text : HOSTILE_TEXTS) {
      for (String[] extra :
          List.of(new String[] {"chain", "../../../etc/passwd"},
              new String[] {"lexiconDir", "/etc"}, new String[] {"stream.file", "/etc/passwd"},
              new String[] {"claims.maxChars", "/etc/passwd"}, new String[] {"wt", "xml"})) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("title", text);
        p.set("text", "Police said 4 people were killed in " + text + ".");
        p.set(extra[0], extra[1]);
        QueryRequest analyze = new QueryRequest(p, SolrRequest.METHOD.POST);
        analyze.setPath("/claims/analyze");
        attempt(() -> solr.request(analyze, core));
      }
      for (String[] q :
          List.of(
              new String[] {"claims.source", text},
              new String[] {"claims.source_type", text},
              new String[] {"claims.facet.field", text},
              new String[] {"claims.facet.confidence.buckets", text},
              new String[] {"fq", "{!claims source=" + org.noggit.JSONUtil.toJSON(text) + "}"},
              new String[] {"fq", "{!claims source_type=" + org.noggit.JSONUtil.toJSON(text) + "}"},
              new String[] {"claims.compare", "true"})) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("claims.facet", "true");
        p.set("claims.filterDocs", "true");
        p.set("debug", "true");
        p.add(q[0], q[1]);
        attempt(() -> solr.query(core, p));
      }
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  /** A hostile request may be refused (a 4xx): what matters here is what the plugin touches. */
  private static void attempt(Call call) {
    try {
      call.run();
    } catch (org.apache.solr.common.SolrException e) {
      assertTrue(e.code() >= 400 && e.code() < 500, "a refusal, not a failure: " + e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The plugin's classes (main code, not these tests), by binary name. */
  private static Set<String> pluginClassNames;

  private static boolean inPlugin(RecordedFrame frame) {
    return pluginClassNames.contains(frame.getMethod().getType().getName());
  }

  /**
   * Whether the JVM is reading code for the plugin: a class loader, or the service loader looking
   * up providers in jars, stands between the read and the plugin's frame.
   */
  private static boolean loadingCode(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String type = f.getMethod().getType().getName();
      if (type.equals("java.lang.ClassLoader") || type.startsWith("jdk.internal.loader.")
          || type.equals("java.net.URLClassLoader") || type.startsWith("java.util.ServiceLoader")) {
        return true;
      }
      if (inPlugin(f)) {
        return false; // the plugin's own frame comes before any class loader's
      }
    }
    return false;
  }

  private static boolean under(String path, Path dir) {
    return path != null && Path.of(path).toAbsolutePath().normalize()
        .startsWith(dir.toAbsolutePath().normalize());
  }

  /** Code the JVM may load: the class path's entries and the JDK. */
  private static boolean code(String path) {
    if (path == null) {
      return false;
    }
    if (under(path, Path.of(System.getProperty("java.home")))) {
      return true;
    }
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty() && under(path, Path.of(entry))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void hostileRequestsMakeThePluginReadOnlyItsConfigset() throws Exception {
    pluginClassNames = new TreeSet<>();
    for (String file : pluginClasses().keySet()) {
      pluginClassNames.add(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
    }
    Path home = temp.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    CoreContainer container = new CoreContainer(home, new Properties());
    container.load();
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(container, "warm")) {
      // a first core and a first pass load the classes and warm Solr up: not recorded
      container.create("warm", core(home, "warm"), Map.of(), false);
      hostileRequests(solr, "warm");

      Path instance = core(home, "watched");
      Path jfr = temp.resolve("sandbox.jfr");
      try (Recording recording = new Recording()) {
        for (String event :
            List.of("jdk.FileRead", "jdk.FileWrite", "jdk.SocketRead", "jdk.SocketWrite")) {
          recording.enable(event).withThreshold(Duration.ZERO).withStackTrace();
        }
        recording.enable("jdk.ProcessStart").withStackTrace();
        recording.start();
        container.create("watched", instance, Map.of(), false);
        hostileRequests(solr, "watched");
        recording.stop();
        recording.dump(jfr);
      }

      List<String> violations = new ArrayList<>();
      Set<String> lexiconsRead = new TreeSet<>();
      Map<String, Integer> seen = new TreeMap<>();
      Path conf = instance.resolve("conf");
      Path data = instance.resolve("data");
      for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
        String type = e.getEventType().getName();
        String path = e.hasField("path") ? e.getString("path") : null;
        String what = type + " " + (path != null ? path
            : e.hasField("host") ? e.getString("host") + ":" + e.getValue("port")
            : e.hasField("command") ? e.getString("command") : "");
        List<RecordedFrame> frames =
            e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames();
        boolean plugin = frames.stream().anyMatch(ClaimsSandboxTest::inPlugin);
        seen.merge(type + (plugin ? " (plugin on the stack)" : ""), 1, Integer::sum);
        for (String named : NAMED_FILES) {
          if (path != null && path.startsWith(named)) {
            violations.add("a file a request named was touched: " + what);
          }
        }
        if (!plugin) {
          continue;
        }
        boolean allowed =
            switch (type) {
              case "jdk.FileRead" ->
                  under(path, conf) || under(path, data) || (loadingCode(frames) && code(path));
              case "jdk.FileWrite" -> under(path, data);
              default -> false;
            };
        if (!allowed) {
          violations.add(what + " from " + frames.stream().filter(ClaimsSandboxTest::inPlugin)
              .findFirst().map(f -> f.getMethod().getType().getName() + "."
                  + f.getMethod().getName()).orElse("?"));
        }
        if (type.equals("jdk.FileRead") && under(path, conf.resolve("claims"))) {
          lexiconsRead.add(Path.of(path).getFileName().toString());
        }
      }
      System.out.println(String.format(Locale.ROOT,
          "sandbox: recorded %s; lexicon files read by the plugin: %s", seen, lexiconsRead));
      assertEquals(List.of(), violations, "the plugin touched what it must not");
      // the recording saw the plugin read its lexicons: the check can see what it checks
      assertTrue(lexiconsRead.contains("sources.tsv") && lexiconsRead.size() >= 8,
          "lexicon reads with the plugin on the stack: " + lexiconsRead);
    } finally {
      container.shutdown();
    }
  }
}
