package org.casualtyclaims.engine;

import java.util.Locale;

/** The rubric's three bands of confidence. */
public enum ConfidenceLabel {
  HIGH,
  MEDIUM,
  LOW;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ConfidenceLabel fromLabel(String label) {
    return Labels.parse(ConfidenceLabel.class, label);
  }
}
