package org.casualtyclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.solr.ClaimFields;

/**
 * News-like articles of about 3 KB for the indexing benchmark, written deterministically (from a
 * seed) out of the sample articles ({@code sample-docs/*.json}).
 *
 * <p>Article {@code n} takes one sample as its lead: its headline, its first paragraph first, its
 * other paragraphs after, then background paragraphs from other samples (as wire stories carry
 * earlier coverage) until the body reaches a length drawn between 2,600 and 3,400 UTF-8 bytes.
 * The paragraphs after the lead are shuffled, and the small numbers of the whole article (below
 * 1,000, not years or grouped figures) shift by 0 to 6, so articles differ in order and figures,
 * while the mix of casualty sentences, sources and plain background stays that of the samples.
 * The same seed, samples and count give the same articles, byte for byte.
 */
final class BenchArticles {
  /** One generated article: the fields it is indexed with. */
  record Article(String id, String title, String body, Date published, String outlet, String url) {
    SolrInputDocument toSolr() {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField(ClaimFields.ID, id);
      doc.setField(ClaimFields.TITLE, title);
      doc.setField(ClaimFields.BODY, body);
      doc.setField(ClaimFields.PUBLISHED, published);
      doc.setField(ClaimFields.OUTLET, outlet);
      doc.setField("url", url);
      return doc;
    }

    int utf8Bytes() {
      return BenchCorpus.utf8Length(title) + BenchCorpus.utf8Length(body);
    }

    /** The title (as headline) and body, as the claims processor hands them to the engine. */
    List<FieldText> fieldTexts() {
      return List.of(new FieldText("title", title, true), new FieldText("body", body));
    }
  }

  /** One sample article, as read from sample-docs. */
  record Sample(String title, List<String> paragraphs, Instant published, String outlet, String url) {}

  static final int MIN_BODY_BYTES = 2_600;
  static final int MAX_BODY_BYTES = 3_400;

  private BenchArticles() {}

  /** The sample articles of {@code folder}, sorted by file name. */
  static List<Sample> samples(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "sample articles folder not found: " + folder.toAbsolutePath());
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Sample> samples = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = mapper.readTree(Files.readString(f, StandardCharsets.UTF_8));
        String body = n.path("body").asText("");
        if (body.isBlank()) {
          continue;
        }
        Instant published;
        try {
          published = Instant.parse(n.path("published").asText("2025-01-01T00:00:00Z"));
        } catch (RuntimeException e) {
          published = Instant.parse("2025-01-01T00:00:00Z");
        }
        samples.add(
            new Sample(
                n.path("title").asText(""),
                Arrays.stream(body.split("\n\n")).filter(p -> !p.isBlank()).toList(),
                published,
                n.path("outlet").asText("Example Wire"),
                n.path("url").asText("https://example.org/news")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample articles in " + folder, e);
    }
    if (samples.size() < 2) {
      throw new IllegalArgumentException(
          "the benchmark needs at least 2 sample articles (*.json with a body) in "
              + folder.toAbsolutePath());
    }
    return samples;
  }

  /** {@code count} articles from {@code samples}, ids {@code bench-000000} onwards. */
  static List<Article> generate(List<Sample> samples, int count, long seed) {
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      out.add(article(samples, n, random));
    }
    return out;
  }

  /**
   * {@code first}, then the paragraphs of {@code rest} in an order the seeded {@code random}
   * shuffles (Fisher-Yates), a blank line between paragraphs; {@code bytes} sizes the buffer.
   */
  static String shuffledBody(String first, List<String> rest, Random random, int bytes) {
    for (int i = rest.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = rest.get(i);
      rest.set(i, rest.get(j));
      rest.set(j, t);
    }
    StringBuilder body = new StringBuilder(bytes + 64).append(first);
    for (String p : rest) {
      body.append("\n\n").append(p);
    }
    return body.toString();
  }

  private static Article article(List<Sample> samples, int n, Random random) {
    Sample lead = samples.get(random.nextInt(samples.size()));
    int shift = random.nextInt(7);
    int target = MIN_BODY_BYTES + random.nextInt(MAX_BODY_BYTES - MIN_BODY_BYTES + 1);

    List<String> rest = new ArrayList<>(lead.paragraphs().subList(1, lead.paragraphs().size()));
    int bytes = BenchCorpus.utf8Length(lead.paragraphs().get(0));
    for (String p : rest) {
      bytes += 2 + BenchCorpus.utf8Length(p);
    }
    // background from other stories, one whole paragraph at a time, until the target length
    while (bytes < target) {
      Sample other = samples.get(random.nextInt(samples.size()));
      if (other == lead) {
        continue;
      }
      String p = other.paragraphs().get(random.nextInt(other.paragraphs().size()));
      if (bytes + 2 + BenchCorpus.utf8Length(p) > MAX_BODY_BYTES && bytes >= MIN_BODY_BYTES) {
        break;
      }
      rest.add(p);
      bytes += 2 + BenchCorpus.utf8Length(p);
    }
    String body = shuffledBody(lead.paragraphs().get(0), rest, random, bytes);
    String id = String.format(java.util.Locale.ROOT, "bench-%06d", n);
    Instant published = lead.published().plusSeconds(60L * random.nextInt(60 * 24 * 30));
    return new Article(
        id,
        BenchCorpus.shiftNumbers(lead.title(), shift),
        BenchCorpus.shiftNumbers(body, shift),
        Date.from(published),
        lead.outlet(),
        lead.url() + "#" + id);
  }
}
