package org.casualtyclaims.engine;

import java.util.Locale;

/** How a figure is bounded: "about 300", "at least 12", "up to 20", "between 10 and 20". */
public enum Qualifier {
  EXACT,
  APPROXIMATE,
  AT_LEAST,
  AT_MOST,
  RANGE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Qualifier fromLabel(String label) {
    return Labels.parse(Qualifier.class, label);
  }
}
