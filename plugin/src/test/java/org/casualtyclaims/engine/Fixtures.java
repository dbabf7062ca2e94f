package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The project's configset and one shared extractor, for engine tests. */
public final class Fixtures {
  private static Lexicons lexicons;
  private static ClaimExtractor extractor;

  private Fixtures() {}

  /** Writes {@code lines} to {@code conf/claims/name}, a lexicon file of a test's own configset. */
  public static void writeLexicon(Path conf, String name, String... lines) throws IOException {
    Path file = conf.resolve("claims").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** {@code solr-config/conf}, found by walking up from the working directory. */
  public static Path conf() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path conf = dir.resolve("solr-config").resolve("conf");
      if (Files.isDirectory(conf)) {
        return conf;
      }
      dir = dir.getParent();
    }
    fail("solr-config/conf not found above " + Path.of("").toAbsolutePath());
    return null;
  }

  /**
   * A copy of the configset's lexicons under {@code dir} (the gazetteer's folder too), with the
   * lexicon {@code name} replaced by {@code text}; returns {@code dir}, a configset to load.
   */
  public static Path confWith(Path dir, String name, String text) throws IOException {
    Path claims = dir.resolve("claims");
    Path from = conf().resolve("claims");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = claims.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Files.writeString(claims.resolve(name), text, StandardCharsets.UTF_8);
    return dir;
  }

  public static synchronized Lexicons lexicons() {
    if (lexicons == null) {
      lexicons = Lexicons.load(ResourceOpener.folder(conf()));
    }
    return lexicons;
  }

  public static synchronized ClaimExtractor extractor() {
    if (extractor == null) {
      extractor = new ClaimExtractor(lexicons(), ExtractorSettings.defaults());
    }
    return extractor;
  }

  /** The claims of a body text (its first line may be read as a headline). */
  public static List<Claim> claims(String body) {
    return extractor().extract(List.of(new FieldText("body", body))).claims();
  }

  public static List<Claim> claims(String title, String body) {
    return extractor()
        .extract(List.of(new FieldText("title", title, true), new FieldText("body", body)))
        .claims();
  }

  /** The one claim of that category and count, failing with the list when there is none. */
  public static Claim find(List<Claim> claims, Category category, long count) {
    List<Claim> matches =
        claims.stream()
            .filter(c -> c.category() == category && c.count() == count)
            .collect(Collectors.toList());
    if (matches.size() != 1) {
      fail("expected one " + category.label() + " " + count + " claim, found " + matches.size()
          + " in " + describe(claims));
    }
    return matches.get(0);
  }

  /** The event (where, when, what kind) of the one killed claim of that count in {@code body}. */
  public static EventAnchor killed(String body, long count) {
    return find(claims(body), Category.KILLED, count).event();
  }

  /** The scope of the one claim of that category and count in {@code body}. */
  public static Scope scopeOf(String body, Category category, long count) {
    return find(claims(body), category, count).event().scope();
  }

  public static void assertNone(List<Claim> claims, Category category, long count) {
    assertTrue(
        claims.stream().noneMatch(c -> c.category() == category && c.count() == count),
        () -> "unexpected " + category.label() + " " + count + " in " + describe(claims));
  }

  public static String describe(List<Claim> claims) {
    List<String> out = new ArrayList<>();
    for (Claim c : claims) {
      out.add(c.category().label() + " " + c.count() + (c.countMax() == null ? "" : "-" + c.countMax())
          + " " + c.qualifier().label() + " [" + c.source() + ", " + c.sourceType().label()
          + ", via " + c.via() + "] " + c.confidenceLabel().label() + " " + c.confidenceReasons());
    }
    return out.toString();
  }
}
