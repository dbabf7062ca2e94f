package org.casualtyclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The claim density of an annotated set (one JSON article a line, as in {@code GUIDELINES.md}):
 * its gold claims that are not optional, per 1,000 UTF-8 bytes of text, and the share of its
 * articles with none. The conflict mix of {@code bench index} is written to match it.
 */
record GoldDensity(String source, int articles, int claims, long bytes, int withoutClaims) {
  /**
   * {@code dev2.jsonl} of the evaluation set, measured with {@link #measure}: 60 articles of
   * real conflict reporting, 222 required claims in 100,633 bytes of text, every article with at
   * least one. Kept here so the benchmark runs where the evaluation set is not.
   */
  static final GoldDensity DEV2 = new GoldDensity("dev2.jsonl", 60, 222, 100_633, 0);

  double claimsPerKb() {
    return claims * 1000.0 / bytes;
  }

  double shareWithout() {
    return (double) withoutClaims / articles;
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%s: %d articles, %d required gold claims in %.1f KB, %.2f claims per KB,"
            + " %.1f%% of the articles without one",
        source, articles, claims, bytes / 1000.0, claimsPerKb(), 100 * shareWithout());
  }

  /** Reads the annotated articles of {@code file}: {@code text} (or title, body) and claims. */
  static GoldDensity measure(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    int articles = 0;
    int claims = 0;
    long bytes = 0;
    int without = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = mapper.readTree(line);
        String text = article.hasNonNull("text")
            ? article.get("text").asText()
            : article.path("title").asText("") + "\n\n" + article.path("body").asText("");
        int required = 0;
        for (JsonNode claim : article.path("claims")) {
          if (!claim.path("optional").asBoolean(false)) {
            required++;
          }
        }
        articles++;
        claims += required;
        bytes += BenchCorpus.utf8Length(text);
        without += required == 0 ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the annotated articles in " + file, e);
    }
    if (articles == 0 || bytes == 0) {
      throw new IllegalArgumentException("no annotated articles in " + file);
    }
    return new GoldDensity(file.getFileName().toString(), articles, claims, bytes, without);
  }
}
