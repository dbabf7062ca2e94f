package org.casualtyclaims.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores predicted claims against an annotated gold set the way shared/eval/score.py does:
 * claims match by (category, count) within a document, source matches first; optional gold
 * claims absorb matching predictions; vague predictions are ignored; attributes are scored on
 * matched pairs.
 */
final class GoldScorer {
  private static final Set<String> GENERIC =
      Set.of("official", "officials", "source", "sources", "ministry", "agency", "police", "the",
          "a", "an", "of", "said", "spokesman", "spokesperson", "authorities", "government",
          "department", "local", "state", "media", "reports", "report");
  /** Place words score.py sets aside when one place names the other ("Kursk" in "Kursk region"). */
  private static final Set<String> PLACE_WORDS =
      Set.of("region", "province", "district", "state", "city", "oblast", "governorate",
          "county", "area", "town", "village", "prefecture", "municipality", "territory",
          "strip", "of", "the", "northern", "southern", "eastern", "western", "central", "north",
          "south", "east", "west");

  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9 ]+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

  int documents;
  int tp;
  int fp;
  int fn;
  final Map<String, int[]> attributes = new HashMap<>();
  final List<String> errors = new ArrayList<>();

  GoldScorer() {
    for (String a : List.of("source", "source_type", "confidence_label", "qualifier")) {
      attributes.put(a, new int[2]);
    }
  }

  double f1() {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double accuracy(String attribute) {
    int[] a = attributes.get(attribute);
    return a == null || a[1] == 0 ? 0 : (double) a[0] / a[1];
  }

  String summary() {
    return String.format(Locale.ROOT,
        "tp=%d fp=%d fn=%d f1=%.3f source=%.3f source_type=%.3f confidence_label=%.3f qualifier=%.3f",
        tp, fp, fn, f1(), accuracy("source"), accuracy("source_type"), accuracy("confidence_label"),
        accuracy("qualifier"));
  }

  private record Key(String category, Long count) {}

  private static Key key(String category, Long count) {
    return new Key(category, count);
  }

  private static Key goldKey(JsonNode c) {
    JsonNode count = c.get("count");
    return key(c.get("category").asText(), count == null || count.isNull() ? null : count.asLong());
  }

  /** Scores one document: its gold claims against the predicted ones. */
  void score(String id, JsonNode gold, List<Claim> predicted) {
    documents++;
    Map<Key, List<JsonNode>> required = new HashMap<>();
    Set<Key> optional = new HashSet<>();
    for (JsonNode c : gold) {
      if (c.path("optional").asBoolean(false)) {
        optional.add(goldKey(c));
      } else {
        required.computeIfAbsent(goldKey(c), k -> new ArrayList<>()).add(c);
      }
    }
    List<Claim> preds = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Claim c : predicted) {
      if (c.vague()) {
        continue;
      }
      if (seen.add(c.category().label() + "|" + c.count() + "|" + norm(c.source()))) {
        preds.add(c);
      }
    }
    List<Object[]> pairs = new ArrayList<>();
    List<Claim> left = new ArrayList<>();
    for (Claim c : preds) {
      List<JsonNode> candidates = required.getOrDefault(key(c.category().label(), c.count()), List.of());
      JsonNode hit = null;
      for (JsonNode g : candidates) {
        if (sourceOk(c, g)) {
          hit = g;
          break;
        }
      }
      if (hit != null) {
        candidates.remove(hit);
        pairs.add(new Object[] {c, hit});
      } else {
        left.add(c);
      }
    }
    for (Claim c : left) {
      Key k = key(c.category().label(), c.count());
      List<JsonNode> candidates = required.getOrDefault(k, new ArrayList<>());
      if (!candidates.isEmpty()) {
        pairs.add(new Object[] {c, candidates.remove(0)});
      } else if (!optional.contains(k)) {
        fp++;
        errors.add(id + " FP " + k + " " + c.source());
      }
    }
    for (Object[] pair : pairs) {
      Claim c = (Claim) pair[0];
      JsonNode g = (JsonNode) pair[1];
      tp++;
      record("source", sourceOk(c, g), id, c, g.get("source").asText(null));
      record("source_type", c.sourceType().label().equals(g.get("source_type").asText()), id, c,
          g.get("source_type").asText());
      record("confidence_label",
          c.confidenceLabel().label().equals(g.get("confidence_label").asText()), id, c,
          g.get("confidence_label").asText());
      record("qualifier", c.qualifier().label().equals(g.get("qualifier").asText()), id, c,
          g.get("qualifier").asText());
      scoreEvent(id, c, g);
    }
    for (Map.Entry<Key, List<JsonNode>> e : required.entrySet()) {
      for (JsonNode g : e.getValue()) {
        fn++;
        errors.add(id + " FN " + e.getKey() + " " + g.get("source").asText(null));
      }
    }
  }

  private void record(String attribute, boolean ok, String id, Claim c, String gold) {
    int[] a = attributes.get(attribute);
    a[0] += ok ? 1 : 0;
    a[1]++;
    if (!ok) {
      errors.add(id + " " + attribute + " " + c.category().label() + " " + c.count() + ": "
          + c.source() + "/" + c.sourceType().label() + "/" + c.confidenceLabel().label() + "/"
          + c.qualifier().label() + " vs " + gold);
    }
  }

  /**
   * Place, country and scope of a matched pair, scored only where the gold claim has them (older
   * gold sets lack them), as score.py does.
   */
  private void scoreEvent(String id, Claim c, JsonNode g) {
    EventAnchor e = c.event();
    if (g.has("place")) {
      recordEvent("place", placeOk(e.place(), g.get("place").asText(null)), id, c, e.place(),
          g.get("place").asText(null));
    }
    if (g.has("country")) {
      String country = e.country() == null ? "" : e.country();
      String gold = g.get("country").asText("");
      recordEvent("country", country.equalsIgnoreCase(gold), id, c, e.country(), gold);
    }
    if (g.has("scope")) {
      String scope = e.scope() == null ? "" : e.scope().label();
      String gold = g.get("scope").asText("");
      recordEvent("scope", scope.equals(gold), id, c, scope, gold);
    }
  }

  private void recordEvent(String attribute, boolean ok, String id, Claim c, String predicted,
      String gold) {
    int[] a = attributes.computeIfAbsent(attribute, k -> new int[2]);
    a[0] += ok ? 1 : 0;
    a[1]++;
    if (!ok) {
      errors.add(id + " " + attribute + " " + c.category().label() + " " + c.count() + ": "
          + predicted + " vs " + gold);
    }
  }

  /** How many matched pairs were scored on {@code attribute}. */
  int scored(String attribute) {
    int[] a = attributes.get(attribute);
    return a == null ? 0 : a[1];
  }

  /**
   * score.py's place_ok: the same place when equal after normalising, or when one names the other
   * at word boundaries once generic place words are set aside.
   */
  static boolean placeOk(String predicted, String gold) {
    String p = norm(predicted);
    String g = norm(gold);
    if (g.isEmpty() || p.isEmpty()) {
      return p.equals(g);
    }
    if (p.equals(g)) {
      return true;
    }
    String shorter = p.length() <= g.length() ? p : g;
    String longer = p.length() <= g.length() ? g : p;
    Set<String> words = new HashSet<>(List.of(shorter.split(" ")));
    words.removeAll(PLACE_WORDS);
    return contains(longer, shorter) && !words.isEmpty();
  }

  /** Place, country and scope accuracy, on the pairs whose gold has them. */
  String eventSummary() {
    return String.format(Locale.ROOT, "place=%.3f country=%.3f scope=%.3f (on %d, %d, %d pairs)",
        accuracy("place"), accuracy("country"), accuracy("scope"), scored("place"),
        scored("country"), scored("scope"));
  }

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    n = POSSESSIVE.matcher(n).replaceAll("");
    n = NON_ALNUM.matcher(n).replaceAll(" ");
    n = LEADING_ARTICLE.matcher(n.strip()).replaceFirst("");
    return n.replaceAll("\\s+", " ").strip();
  }

  private static boolean contains(String longer, String shorter) {
    return Pattern.compile("(^| )" + Pattern.quote(shorter) + "( |$)").matcher(longer).find();
  }

  static boolean sourceOk(Claim c, JsonNode gold) {
    String p = norm(c.source());
    List<String> names = new ArrayList<>();
    names.add(norm(gold.get("source").asText(null)));
    for (JsonNode alias : gold.path("source_aliases")) {
      names.add(norm(alias.asText()));
    }
    names.removeIf(String::isEmpty);
    if (names.isEmpty()) {
      return p.isEmpty();
    }
    if ("anonymous".equals(gold.get("source_type").asText()) && c.sourceType() == SourceType.ANONYMOUS) {
      return true;
    }
    if (p.isEmpty()) {
      return false;
    }
    for (String n : names) {
      if (p.equals(n)) {
        return true;
      }
      String shorter = p.length() <= n.length() ? p : n;
      String longer = p.length() <= n.length() ? n : p;
      Set<String> words = new HashSet<>(List.of(shorter.split(" ")));
      words.removeAll(GENERIC);
      if (contains(longer, shorter) && !words.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
