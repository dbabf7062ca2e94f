package org.casualtyclaims.solr;

import java.time.LocalDate;
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
  List<String> countries = new ArrayList<>(); // as sent: any case
  List<String> scopes = new ArrayList<>();
  List<String> places = new ArrayList<>();
  Double nearLat;
  Double nearLon;
  Integer km;
  LocalDate from;
  LocalDate to;
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
    if (!countries.isEmpty()) {
      p.set(ClaimsParams.COUNTRY, String.join(",", countries));
    }
    for (String scope : scopes) {
      p.add(ClaimsParams.SCOPE, scope);
    }
    for (String place : places) {
      p.add(ClaimsParams.PLACE, place);
    }
    if (nearLat != null) {
      p.set(ClaimsParams.NEAR, nearLat + "," + nearLon);
      p.set(ClaimsParams.KM, String.valueOf(km));
    }
    setIf(p, ClaimsParams.FROM, from);
    setIf(p, ClaimsParams.TO, to);
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
    String[] all = {
      "source", "source_type", "category", "confidence_label", "country", "region", "place", "scope"
    };
    if (random.nextInt(4) > 0) {
      s.fields = new ArrayList<>();
      for (String f : all) {
        if (random.nextBoolean()) {
          // the schema field's name also works; the place facet's field is claim_place_name
          String field = f.equals("place") ? "claim_place_name" : "claim_" + f;
          s.fields.add(random.nextInt(4) == 0 ? field : f);
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
    addRandomEventConditions(random, s);
    s.compare = random.nextInt(3) == 0;
    if (s.compare && random.nextBoolean()) {
      s.ratio = 1 + random.nextInt(30) / 10.0;
    }
    if (s.compare && random.nextBoolean()) {
      s.compareLimit = exactInCloud ? -1 : 1 + random.nextInt(4);
    }
    return s;
  }

  /** Sometimes countries, scopes, places, a distance and an event date range. */
  static void addRandomEventConditions(Random random, ClaimsSpec s) {
    if (random.nextInt(4) == 0) {
      s.countries.add(random.nextBoolean() ? "ua" : "RU");
      if (random.nextBoolean()) {
        s.countries.add("Ps");
      }
    }
    if (random.nextInt(4) == 0) {
      s.scopes.add(ClaimsCorpus.SCOPES[random.nextInt(2)]);
    }
    if (random.nextInt(5) == 0) {
      s.places.add(ClaimsCorpus.PLACES[random.nextInt(ClaimsCorpus.PLACES.length - 1)].placeName());
    }
    if (random.nextInt(4) == 0) {
      ClaimsCorpus.Event center =
          ClaimsCorpus.PLACES[random.nextInt(ClaimsCorpus.PLACES.length - 1)];
      s.nearLat = center.lat();
      s.nearLon = center.lon();
      s.km = ClaimsCorpus.RADII_KM[random.nextInt(ClaimsCorpus.RADII_KM.length)];
    }
    if (random.nextInt(4) == 0) {
      LocalDate a = ClaimsCorpus.FIRST_EVENT.plusDays(random.nextInt(ClaimsCorpus.EVENT_DAYS));
      LocalDate b = a.plusDays(random.nextInt(40));
      switch (random.nextInt(3)) {
        case 0 -> s.from = a;
        case 1 -> s.to = b;
        default -> {
          s.from = a;
          s.to = b;
        }
      }
    }
  }

  /** The event conditions as a {!claims} filter (the other conditions left out). */
  String eventQueryParser() {
    StringBuilder local = new StringBuilder("{!claims");
    if (!countries.isEmpty()) {
      local.append(" country=").append(String.join(",", countries));
    }
    if (!scopes.isEmpty()) {
      local.append(" scope=").append(String.join(",", scopes));
    }
    for (String place : places) {
      local.append(" place='").append(place).append("'");
    }
    if (nearLat != null) {
      local.append(" near=").append(nearLat).append(',').append(nearLon);
      local.append(" km=").append(km);
    }
    if (from != null) {
      local.append(" from=").append(from);
    }
    if (to != null) {
      local.append(" to=").append(to);
    }
    return local.append("}").toString();
  }

  @Override
  public String toString() {
    return params().toString();
  }
}
