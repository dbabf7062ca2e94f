package org.casualtyclaims.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests the demo suggests: what the admin UI's query screen would send (the admin UI
 * itself is not served: its files are not published to Maven Central), ready for a browser or
 * {@code curl}.
 */
final class ExampleUrls {
  private ExampleUrls() {}

  /** A request: what it shows, the handler path (from the core) and its parameters. */
  record Example(String description, String path, List<String[]> params) {
    /** The URL, with the parameters percent-encoded where they need it. */
    String url(String coreUrl) {
      StringBuilder url = new StringBuilder(coreUrl).append(path);
      char sep = '?';
      for (String[] p : params) {
        url.append(sep).append(p[0]).append('=').append(encode(p[1]));
        sep = '&';
      }
      return url.toString();
    }
  }

  private static Example example(String description, String path, String... nameValues) {
    List<String[]> params = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.add(new String[] {nameValues[i], nameValues[i + 1]});
    }
    return new Example(description, path, params);
  }

  /** The examples; {@code articleId} is an indexed article to look at. */
  static List<Example> examples(String articleId) {
    return List.of(
        example(
            "Search the articles; each carries the summary of its claims",
            "/select",
            "q", "kursk",
            "fl", "id,title,claims_count,claims_sources,claims_confidence_labels,claims_max_killed"),
        example(
            "Facet the articles by the sources and confidence labels of their claims",
            "/select",
            "q", "*:*",
            "fq", "doc_type:article",
            "rows", "0",
            "facet", "true",
            "facet.field", "claims_sources",
            "facet.field", "claims_confidence_labels",
            "facet.field", "claims_categories"),
        example(
            "Filter: articles citing an official source and counting 10 or more killed",
            "/select",
            "q", "*:*",
            "fq", "claims_source_types:official",
            "fq", "claims_max_killed:[10 TO *]",
            "sort", "claims_max_killed desc",
            "fl", "id,title,claims_max_killed"),
        example(
            "One article with its claims, nested as child documents",
            "/select",
            "q", "id:" + articleId,
            // [child] keeps the fields of fl: the pseudo-field claims and the claims' fields
            "fl",
            "id,title,claims,claim_category,claim_count,claim_source,claim_source_type,"
                + "claim_confidence_label,[child]"),
        example(
            "Articles with a high-confidence count of killed (a plain block join on the claims)",
            "/select",
            "q", "{!parent which=doc_type:article}(+claim_category:killed +claim_confidence_label:high)",
            "fl", "id,title,claims_max_killed"),
        example(
            "The same articles with the claims query parser: a high-confidence claim of killed",
            "/select",
            "q", "*:*",
            "fq", "{!claims minConfidence=0.7 category=killed}",
            "fl", "id,title,claims_max_killed"),
        example(
            "The claims component: claims by source and confidence label, with confidence ranges",
            "/select",
            "q", "*:*",
            "fq", "doc_type:article",
            "rows", "0",
            "claims.facet", "true",
            "claims.facet.field", "source",
            "claims.facet.field", "confidence_label",
            "claims.facet.confidence.buckets", "0,0.4,0.7,1"),
        example(
            "Only high-confidence official claims, in facets and documents alike",
            "/select",
            "q", "*:*",
            "fq", "doc_type:article",
            "fl", "id,title",
            "claims.facet", "true",
            "claims.facet.field", "source,category",
            "claims.minConfidence", "0.7",
            "claims.source_type", "official",
            "claims.filterDocs", "true"),
        example(
            "Where and what kind of events: claims by country, canonical place and scope",
            "/select",
            "q", "*:*",
            "fq", "doc_type:article",
            "rows", "0",
            "claims.facet", "true",
            "claims.facet.field", "country,place,scope"),
        example(
            "Articles with a running total (cumulative) from Russia, and the places of their claims",
            "/select",
            "q", "*:*",
            "fq", "{!claims country=RU scope=cumulative}",
            "fl", "id,title,claims_countries,claims_places,claims_scopes"),
        example(
            "Who says how many, per event across articles, the largest first (claims.compare.by=event)",
            "/select",
            "q", "*:*",
            "fq", "doc_type:article",
            "rows", "0",
            "claims.compare", "true",
            "claims.compare.by", "event",
            "claims.compare.limit", "5"),
        example(
            "Where the sources of one article disagree, per category (claims.compare)",
            "/select",
            "q", "id:" + articleId,
            "rows", "0",
            "claims.compare", "true"),
        example(
            "Facet the claims themselves: by source type and confidence label",
            "/select",
            "q", "doc_type:claim",
            "rows", "0",
            "facet", "true",
            "facet.field", "claim_source_type",
            "facet.field", "claim_confidence_label"),
        example(
            "Claims by source and confidence label with Solr's JSON facets (the demo's table)",
            "/select",
            "q", "doc_type:article",
            "rows", "0",
            "json.facet",
            "{sources:{type:terms,field:claim_source,domain:{blockChildren:\"doc_type:article\"},"
                + "facet:{labels:{type:terms,field:claim_confidence_label}}}}"),
        example(
            "Dry run: the claims the processor would write for a text, indexing nothing",
            "/claims/analyze",
            "title", "Gas blast kills 4",
            "text", "Police said 4 residents were killed in the explosion on Tuesday."));
  }

  /** The lines the demo prints. */
  static List<String> render(String coreUrl, String articleId) {
    List<String> out = new ArrayList<>();
    out.add("Try it (a browser, or curl '<URL>'). The admin UI is not part of the demo; these are");
    out.add("the requests its Query screen would send:");
    for (Example e : examples(articleId)) {
      out.add("  " + e.description() + ":");
      out.add("    " + e.url(coreUrl));
    }
    return out;
  }

  /**
   * Percent-encodes what a URL's query string cannot hold as is (space, {@code + & = # % " { } [
   * ] < > | \ ^ `} and non-ASCII), leaving {@code : , / * ( ) ! ' $ @ ; ? ~} readable.
   */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~:,/*()!'$@;?".indexOf(c) >= 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
