package org.casualtyclaims.engine.confidence;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.SourceType;

/**
 * The numbers of the confidence rubric, read from {@code claims/confidence.tsv}: a base score per
 * source type (named or not), the caps that hedging and weakening cues impose, and the thresholds
 * of the labels. Every key must be present and every value must lie in [0, 1].
 */
public final class ConfidenceSettings {
  public static final String FILE = "confidence.tsv";

  private static final Set<String> KEYS =
      Set.of(
          "official.named", "official.unnamed", "international.named", "international.unnamed",
          "media.named", "media.unnamed", "witness.named", "witness.unnamed", "group.named",
          "group.unnamed", "anonymous", "unattributed", "cap.relayed", "cap.approximate",
          "cap.hedge", "cap.weak", "cap.unverified", "cap.correction", "label.high",
          "label.medium");

  private final Map<SourceType, double[]> base = new EnumMap<>(SourceType.class);
  final double capRelayed;
  final double capApproximate;
  final double capHedge;
  final double capWeak;
  final double capUnverified;
  final double capCorrection;
  final double labelHigh;
  final double labelMedium;

  public ConfidenceSettings(List<LexiconFile.Row> rows) {
    Map<String, Double> values = new HashMap<>();
    for (LexiconFile.Row row : rows) {
      String key = row.lower(0);
      if (!KEYS.contains(key)) {
        throw row.error("unknown key '" + key + "'; known keys: " + String.join(", ", KEYS));
      }
      double v;
      try {
        v = Double.parseDouble(row.column(1));
      } catch (NumberFormatException e) {
        throw row.error("'" + row.column(1) + "' is not a number");
      }
      if (!(v >= 0 && v <= 1)) {
        throw row.error(key + " must lie in [0, 1], found " + row.column(1));
      }
      if (values.put(key, v) != null) {
        throw row.error("duplicate key '" + key + "'");
      }
    }
    for (String key : KEYS) {
      if (!values.containsKey(key)) {
        throw new LexiconException(FILE + ": missing key '" + key + "'");
      }
    }
    for (SourceType type : SourceType.values()) {
      String name = type.label();
      if (type == SourceType.ANONYMOUS || type == SourceType.UNATTRIBUTED) {
        double v = values.get(name);
        base.put(type, new double[] {v, v});
      } else {
        base.put(type, new double[] {values.get(name + ".named"), values.get(name + ".unnamed")});
      }
    }
    capRelayed = values.get("cap.relayed");
    capApproximate = values.get("cap.approximate");
    capHedge = values.get("cap.hedge");
    capWeak = values.get("cap.weak");
    capUnverified = values.get("cap.unverified");
    capCorrection = values.get("cap.correction");
    labelHigh = values.get("label.high");
    labelMedium = values.get("label.medium");
    if (labelMedium >= labelHigh) {
      throw new LexiconException(
          FILE
              + ": label.medium ("
              + String.format(Locale.ROOT, "%.2f", labelMedium)
              + ") must be below label.high");
    }
  }

  double base(SourceType type, boolean named) {
    return base.get(type)[named ? 0 : 1];
  }

  public ConfidenceLabel label(double score) {
    if (score >= labelHigh) {
      return ConfidenceLabel.HIGH;
    }
    return score >= labelMedium ? ConfidenceLabel.MEDIUM : ConfidenceLabel.LOW;
  }
}
