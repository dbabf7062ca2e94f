package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One claims request as a test states it: the parameters to send, and what {@link
 * ExpectedClaimsFacets} needs to compute its answer independently. Null means "not sent".
 */
final class ClaimsSpec {
  boolean facet = true;
  List<String> fields; // short names; null: the default (source, confidence_label)
  Integer limit;
  Integer offset;
  Integer mincount;
  String sort;
  Integer overrequest;
  String buckets;
  Boolean byCategory;
  Float minConfidence;
  List<String> categories = new ArrayList<>();
  List<String> sources = new ArrayList<>();
  List<String> sourceTypes = new ArrayList<>();
  boolean filterDocs;
  boolean compare;
  Double ratio;
  Integer compareLimit;

  ModifiableSolrParams params() {
    ModifiableSolrParams p = new ModifiableSolrParams();
    if (facet) {
      p.set(ClaimsParams.FACET, "true");
    }
    if (fields != null) {
      // both forms: repeated and comma-separated
      if (fields.size() > 1) {
        p.add(ClaimsParams.FACET_FIELD, fields.get(0));
        p.add(ClaimsParams.FACET_FIELD, String.join(",", fields.subList(1, fields.size())));
      } else {
        p.add(ClaimsParams.FACET_FIELD, String.join(",", fields));
      }
    }
    setIf(p, ClaimsParams.FACET_LIMIT, limit);
    setIf(p, ClaimsParams.FACET_OFFSET, offset);
    setIf(p, ClaimsParams.FACET_MINCOUNT, mincount);
    setIf(p, ClaimsParams.FACET_SORT, sort);
    setIf(p, ClaimsParams.FACET_OVERREQUEST, overrequest);
    setIf(p, ClaimsParams.FACET_BUCKETS, buckets);
    setIf(p, ClaimsParams.FACET_BY_CATEGORY, byCategory);
    setIf(p, ClaimsParams.MIN_CONFIDENCE, minConfidence);
    if (!categories.isEmpty()) {
      p.set(ClaimsParams.CATEGORY, String.join(",", categories));
    }
    for (String source : sources) {
      p.add(ClaimsParams.SOURCE, source);
    }
    for (String type : sourceTypes) {
      p.add(ClaimsParams.SOURCE_TYPE, type);
    }
    if (filterDocs) {
      p.set(ClaimsParams.FILTER_DOCS, "true");
    }
    if (compare) {
      p.set(ClaimsParams.COMPARE, "true");
    }
    setIf(p, ClaimsParams.COMPARE_RATIO, ratio);
    setIf(p, ClaimsParams.COMPARE_LIMIT, compareLimit);
    return p;
  }

  private static void setIf(ModifiableSolrParams p, String name, Object value) {
    if (value != null) {
      p.set(name, String.valueOf(value));
    }
  }

  /**
   * A random request. With {@code exactInCloud}, limits stay where every shard returns every term
   * (Solr's default over-request is limit * 1.1 + 4, and no field has more than 10 values), or the
   * request over-requests explicitly, so that distributed top-N buckets are provably exact.
   */
  static ClaimsSpec random(Random random, boolean exactInCloud) {
    ClaimsSpec s = new ClaimsSpec();
    String[] all = {"source", "source_type", "category", "confidence_label"};
    if (random.nextInt(4) > 0) {
      s.fields = new ArrayList<>();
      for (String f : all) {
        if (random.nextBoolean()) {
          s.fields.add(random.nextInt(4) == 0 ? "claim_" + f : f);
        }
      }
      if (s.fields.isEmpty()) {
        s.fields.add("source");
      }
    }
    switch (random.nextInt(4)) {
      case 0:
        s.limit = -1;
        break;
      case 1:
        s.limit = 6 + random.nextInt(5);
        break;
      case 2:
        s.limit = 1 + random.nextInt(4);
        if (exactInCloud) {
          s.overrequest = 10;
        }
        break;
      default:
        break;
    }
    if (random.nextInt(3) == 0) {
      s.offset = random.nextInt(4);
    }
    if (random.nextBoolean()) {
      s.mincount = 1 + random.nextInt(3);
    }
    if (random.nextBoolean()) {
      s.sort = random.nextBoolean() ? "index" : "COUNT";
    }
    if (random.nextBoolean()) {
      s.buckets = random.nextBoolean() ? "0,0.4,0.7,1" : "0.1, 0.25,0.5 ,0.9";
    }
    if (random.nextBoolean()) {
      s.byCategory = true;
    }
    if (random.nextInt(3) == 0) {
      s.minConfidence = random.nextInt(11) / 10f;
    }
    if (random.nextInt(3) == 0) {
      s.categories.add(ClaimsCorpus.CATEGORIES[random.nextInt(2)]);
      if (random.nextBoolean()) {
        s.categories.add("CASUALTIES".toLowerCase(Locale.ROOT));
      }
    }
    if (random.nextInt(4) == 0) {
      for (String[] source : ClaimsCorpus.SOURCES) {
        if (random.nextInt(3) == 0) {
          s.sources.add(source[0]);
        }
      }
    }
    if (random.nextInt(4) == 0) {
      s.sourceTypes.add(random.nextBoolean() ? "official" : "anonymous");
      if (random.nextBoolean()) {
        s.sourceTypes.add("international");
      }
    }
    s.compare = random.nextInt(3) == 0;
    if (s.compare && random.nextBoolean()) {
      s.ratio = 1 + random.nextInt(30) / 10.0;
    }
    if (s.compare && random.nextBoolean()) {
      s.compareLimit = exactInCloud ? -1 : 1 + random.nextInt(4);
    }
    return s;
  }

  @Override
  public String toString() {
    return params().toString();
  }
}
