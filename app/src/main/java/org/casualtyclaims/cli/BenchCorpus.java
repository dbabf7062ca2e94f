package org.casualtyclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.casualtyclaims.engine.ClaimExtractor;

/**
 * The text the extraction benchmark reads: the titles and bodies of {@code sample-docs/*.json},
 * repeated with variations until the corpus holds the requested number of UTF-8 bytes.
 *
 * <p>Copy {@code k} of an article rotates its paragraphs by {@code k} and shifts its small
 * numbers (below 1,000, not years) by {@code k % 7}, so the benchmark does not read one string
 * over and over; the mix of sentences with and without casualty cues stays that of the samples.
 * The construction is deterministic: the host process and a forked benchmark JVM build the same
 * corpus, byte for byte. {@link #ofMix} builds the other corpora {@code bench extract --mix}
 * reads.
 */
final class BenchCorpus {
  /** One article: a headline and a body. */
  record Doc(String title, String body) {}

  /** The seed of the {@link #ofMix} articles: {@code bench index}'s default. */
  static final long MIX_SEED = 42;

  private final List<Doc> docs;
  private final long utf8Bytes;

  private BenchCorpus(List<Doc> docs) {
    this.docs = List.copyOf(docs);
    long bytes = 0;
    for (Doc d : docs) {
      bytes += utf8Length(d.title()) + utf8Length(d.body());
    }
    this.utf8Bytes = bytes;
  }

  List<Doc> docs() {
    return docs;
  }

  /** The UTF-8 size of all titles and bodies together. */
  long utf8Bytes() {
    return utf8Bytes;
  }

  /** The folder of sample articles: {@code $claims.home/sample-docs}. */
  static Path defaultFolder() {
    return Path.of(System.getProperty("claims.home", ".")).resolve("sample-docs");
  }

  /** Reads the articles of {@code folder} (sorted by file name) and grows them to {@code targetBytes}. */
  static BenchCorpus build(Path folder, long targetBytes) {
    List<Doc> samples = read(folder);
    return grow(samples, targetBytes);
  }

  /**
   * The articles {@code bench index --mix} indexes, as many as reach {@code targetBytes} of title
   * and body: a newsroom's day or the conflict reporting of real news rather than the samples'
   * casualty-dense text, with the same seed as {@code bench index}'s default.
   */
  static BenchCorpus ofMix(BenchMix mix, Path folder, long targetBytes, ClaimExtractor engine) {
    int perArticle = (BenchArticles.MIN_BODY_BYTES + BenchArticles.MAX_BODY_BYTES) / 2;
    int count = (int) Math.max(1, Math.min(Integer.MAX_VALUE, targetBytes / perArticle + 1));
    List<Doc> docs = new ArrayList<>(count);
    long bytes = 0;
    for (BenchArticles.Article a :
        mix.articles(BenchArticles.samples(folder), count, MIX_SEED, engine, GoldDensity.DEV2)) {
      if (bytes >= targetBytes) {
        break;
      }
      docs.add(new Doc(a.title(), a.body()));
      bytes += utf8Length(a.title()) + utf8Length(a.body());
    }
    return new BenchCorpus(docs);
  }

  static BenchCorpus grow(List<Doc> samples, long targetBytes) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample articles to build the corpus from");
    }
    List<Doc> out = new ArrayList<>();
    long bytes = 0;
    for (int copy = 0; bytes < targetBytes; copy++) {
      for (Doc d : samples) {
        Doc v = copy == 0 ? d : vary(d, copy);
        out.add(v);
        bytes += utf8Length(v.title()) + utf8Length(v.body());
        if (bytes >= targetBytes) {
          break;
        }
      }
    }
    return new BenchCorpus(out);
  }

  private static List<Doc> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("sample articles folder not found: " + folder.toAbsolutePath());
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = mapper.readTree(Files.readString(f, StandardCharsets.UTF_8));
        String title = n.path("title").asText("");
        String body = n.has("body") ? n.path("body").asText("") : n.path("text").asText("");
        if (!title.isEmpty() || !body.isEmpty()) {
          docs.add(new Doc(title, body));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample articles in " + folder, e);
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no sample articles (*.json) in " + folder.toAbsolutePath());
    }
    return docs;
  }

  private static Doc vary(Doc d, int copy) {
    String[] paragraphs = d.body().split("\n\n");
    int r = copy % paragraphs.length;
    String[] rotated = new String[paragraphs.length];
    for (int i = 0; i < paragraphs.length; i++) {
      rotated[i] = paragraphs[(i + r) % paragraphs.length];
    }
    int shift = copy % 7;
    return new Doc(shiftNumbers(d.title(), shift), shiftNumbers(String.join("\n\n", Arrays.asList(rotated)), shift));
  }

  /** Adds {@code shift} to each bare number below 1,000 ("12" becomes "15"; "1,000" and "2024" stay). */
  static String shiftNumbers(String text, int shift) {
    if (shift == 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && isDigit(text.charAt(j))) {
        j++;
      }
      boolean glued = (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ',' || text.charAt(i - 1) == '.'))
          || (j < n && (text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < n && isDigit(text.charAt(j + 1)));
      if (j - i <= 3 && !glued && text.charAt(i) != '0') {
        sb.append(Integer.parseInt(text, i, j, 10) + shift);
      } else {
        sb.append(text, i, j);
      }
      i = j;
    }
    return sb.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
