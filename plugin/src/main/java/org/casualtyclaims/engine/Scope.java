package org.casualtyclaims.engine;

import java.util.Locale;

/**
 * What kind of event a figure counts, as GUIDELINES.md defines it: one bounded event (an attack,
 * a strike, a quake), or a running total over a period or a whole conflict.
 */
public enum Scope {
  INCIDENT,
  CUMULATIVE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope fromLabel(String label) {
    return Labels.parse(Scope.class, label);
  }
}
