package org.casualtyclaims.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casualtyclaims.solr.ClaimsCorpus.Article;
import org.casualtyclaims.solr.ClaimsCorpus.Claim;
import org.casualtyclaims.solr.ClaimsCorpus.Event;

/**
 * The claims_facets section a request should produce, computed in plain Java from the generated
 * articles, without Solr: the independent check the component's output is compared with.
 */
final class ExpectedClaimsFacets {
  private ExpectedClaimsFacets() {}

  /**
   * @param articles the articles matching the request's q and fq
   * @param universe every claim in the index (terms with mincount 0 come from all of them)
   */
  static Map<String, Object> compute(ClaimsSpec spec, List<Article> articles, List<Claim> universe) {
    List<Claim> claims = new ArrayList<>();
    for (Article a : articles) {
      for (Claim c : a.claims()) {
        if (matches(spec, c)) {
          claims.add(c);
        }
      }
    }
    Map<String, Object> out = stats(claims, true);
    if (spec.facet) {
      Map<String, Object> fields = new LinkedHashMap<>();
      List<String> names = spec.fields == null ? List.of("source", "confidence_label") : spec.fields;
      for (String name : names) {
        String key = name.equals("claim_place_name") ? "place" : name.replace("claim_", "");
        fields.put(key, fieldBuckets(spec, claims, universe, accessor(key)));
      }
      out.put("fields", fields);
      if (spec.buckets != null) {
        out.put("confidence", confidence(spec, claims));
      }
    }
    if (spec.compare) {
      out.put("compare", compare(spec, claims));
    }
    return out;
  }

  /** Articles having at least one claim the spec's filter matches. */
  static List<Article> withMatchingClaim(ClaimsSpec spec, List<Article> articles) {
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      if (a.claims().stream().anyMatch(c -> matches(spec, c))) {
        out.add(a);
      }
    }
    return out;
  }

  static boolean matches(ClaimsSpec spec, Claim c) {
    if (spec.minConfidence != null && c.confidence() < spec.minConfidence) {
      return false;
    }
    if (!spec.categories.isEmpty() && !spec.categories.contains(c.category())) {
      return false;
    }
    if (!spec.sources.isEmpty() && !spec.sources.contains(c.source())) {
      return false;
    }
    if (!spec.sourceTypes.isEmpty() && !spec.sourceTypes.contains(c.sourceType())) {
      return false;
    }
    return matchesEvent(spec, c.event());
  }

  private static boolean matchesEvent(ClaimsSpec spec, Event e) {
    if (!spec.countries.isEmpty()
        && spec.countries.stream().noneMatch(code -> code.equalsIgnoreCase(e.country()))) {
      return false;
    }
    if (!spec.scopes.isEmpty()
        && spec.scopes.stream().noneMatch(scope -> scope.equalsIgnoreCase(e.scope()))) {
      return false;
    }
    if (!spec.places.isEmpty() && !spec.places.contains(e.placeName())) {
      return false;
    }
    if (spec.nearLat != null
        && (e.lat() == null || kilometres(spec.nearLat, spec.nearLon, e.lat(), e.lon()) > spec.km)) {
      return false;
    }
    if (spec.from != null || spec.to != null) {
      if (e.date() == null) {
        return false;
      }
      LocalDate last = e.dateEnd() == null ? e.date() : e.dateEnd();
      if (spec.to != null && e.date().isAfter(spec.to)) {
        return false;
      }
      if (spec.from != null && last.isBefore(spec.from)) {
        return false;
      }
    }
    return true;
  }

  /** Great-circle distance (haversine) on Solr's mean earth radius. */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0087714 * Math.asin(Math.sqrt(h));
  }

  private static Function<Claim, String> accessor(String key) {
    switch (key) {
      case "source":
        return Claim::source;
      case "source_type":
        return Claim::sourceType;
      case "category":
        return Claim::category;
      case "confidence_label":
        return Claim::label;
      case "country":
        return c -> c.event().country();
      case "region":
        return c -> c.event().region();
      case "place":
        return c -> c.event().placeName();
      case "scope":
        return c -> c.event().scope();
      default:
        throw new IllegalArgumentException(key);
    }
  }

  private static List<Object> fieldBuckets(
      ClaimsSpec spec, List<Claim> claims, List<Claim> universe, Function<Claim, String> field) {
    Map<String, List<Claim>> groups = new TreeMap<>();
    for (Claim c : claims) {
      String value = field.apply(c);
      if (value != null) {
        groups.computeIfAbsent(value, v -> new ArrayList<>()).add(c);
      }
    }
    int mincount = spec.mincount == null ? 1 : spec.mincount;
    if (mincount == 0) {
      for (Claim c : universe) {
        String value = field.apply(c);
        if (value != null) {
          groups.computeIfAbsent(value, v -> new ArrayList<>());
        }
      }
    }
    List<String> values = new ArrayList<>(groups.keySet()); // index order
    boolean byIndex = spec.sort != null && spec.sort.equalsIgnoreCase("index");
    if (!byIndex) {
      values.sort(
          Comparator.comparing((String v) -> -groups.get(v).size())
              .thenComparing(Comparator.naturalOrder()));
    }
    int limit = spec.limit == null ? 10 : spec.limit;
    int skip = spec.offset == null ? 0 : spec.offset;
    List<Object> out = new ArrayList<>();
    for (String value : values) {
      List<Claim> group = groups.get(value);
      if (group.size() < mincount) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      if (limit >= 0 && out.size() >= limit) {
        break;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("value", value);
      row.putAll(stats(group, true));
      addCategories(spec, row, group);
      out.add(row);
    }
    return out;
  }

  private static List<Object> confidence(ClaimsSpec spec, List<Claim> claims) {
    List<Float> bounds = new ArrayList<>();
    for (String b : spec.buckets.split(",")) {
      bounds.add(Float.parseFloat(b.trim()));
    }
    int mincount = spec.mincount == null ? 1 : spec.mincount;
    List<Object> out = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      float from = bounds.get(i);
      float to = bounds.get(i + 1);
      boolean last = i + 2 == bounds.size();
      List<Claim> in = new ArrayList<>();
      for (Claim c : claims) {
        if (c.confidence() >= from && (c.confidence() < to || (last && c.confidence() == to))) {
          in.add(c);
        }
      }
      if (in.size() < mincount) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("range", "[" + from + "," + to + (last ? "]" : ")"));
      row.put("from", Double.valueOf(Float.toString(from)));
      row.put("to", Double.valueOf(Float.toString(to)));
      row.putAll(stats(in, true));
      addCategories(spec, row, in);
      out.add(row);
    }
    return out;
  }

  private static void addCategories(ClaimsSpec spec, Map<String, Object> row, List<Claim> group) {
    if (spec.byCategory == null || !spec.byCategory) {
      return;
    }
    Map<String, List<Claim>> byCategory =
        group.stream().collect(Collectors.groupingBy(Claim::category, TreeMap::new, Collectors.toList()));
    List<Object> categories = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byCategory.entrySet()) {
      Map<String, Object> sub = new LinkedHashMap<>();
      sub.put("value", e.getKey());
      sub.putAll(stats(e.getValue(), true));
      categories.add(sub);
    }
    row.put("categories", categories);
  }

  private static Map<String, Object> compare(ClaimsSpec spec, List<Claim> claims) {
    double ratio = spec.ratio == null ? 1.5 : spec.ratio;
    int limit = spec.compareLimit == null ? 10 : spec.compareLimit;
    Map<String, List<Claim>> byCategory = new TreeMap<>();
    for (Claim c : claims) {
      if (!c.vague()) {
        byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Object> categories = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byCategory.entrySet()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("category", e.getKey());
      row.putAll(stats(e.getValue(), false));
      Map<String, List<Claim>> bySource = new TreeMap<>();
      for (Claim c : e.getValue()) {
        if (c.source() != null) {
          bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
        }
      }
      List<String> names = new ArrayList<>(bySource.keySet());
      names.sort(
          Comparator.comparing((String v) -> -bySource.get(v).size())
              .thenComparing(Comparator.naturalOrder()));
      if (limit >= 0 && names.size() > limit) {
        names = names.subList(0, limit);
      }
      List<Object> sources = new ArrayList<>();
      long highestMin = Long.MIN_VALUE;
      long lowestMax = Long.MAX_VALUE;
      for (String name : names) {
        List<Claim> own = bySource.get(name);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("source", name);
        source.putAll(stats(own, false));
        long newest = own.stream().mapToLong(Claim::published).max().getAsLong();
        long latest =
            own.stream()
                .filter(c -> c.published() == newest)
                .mapToLong(Claim::count)
                .min()
                .getAsLong();
        source.put("latest", latest);
        source.put("latest_published", new Date(newest));
        sources.add(source);
        highestMin = Math.max(highestMin, (Long) source.get("min"));
        lowestMax = Math.min(lowestMax, (Long) source.get("max"));
      }
      row.put("sources_compared", (long) names.size());
      if (names.size() >= 2) {
        if (highestMin <= lowestMax) {
          row.put("spread", 1.0);
          row.put("disagreement", false);
        } else if (lowestMax == 0) {
          row.put("disagreement", true);
        } else {
          double spread = (double) highestMin / lowestMax;
          row.put("spread", spread);
          row.put("disagreement", spread > ratio);
        }
      } else {
        row.put("disagreement", false);
      }
      row.put("sources", sources);
      categories.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ratio", ratio);
    out.put("categories", categories);
    return out;
  }

  /** claims, documents, min, max and (with sum) sum of a group of claims. */
  static Map<String, Object> stats(List<Claim> claims, boolean sum) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("claims", (long) claims.size());
    Set<String> documents = new HashSet<>();
    for (Claim c : claims) {
      documents.add(c.article());
    }
    out.put("documents", (long) documents.size());
    if (!claims.isEmpty()) {
      out.put("min", claims.stream().mapToLong(Claim::count).min().getAsLong());
      out.put("max", claims.stream().mapToLong(Claim::count).max().getAsLong());
      if (sum) {
        out.put("sum", claims.stream().mapToLong(Claim::count).sum());
      }
    }
    return out;
  }
}
