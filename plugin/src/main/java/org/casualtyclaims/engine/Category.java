package org.casualtyclaims.engine;

import java.util.Locale;

/** What happened to the people a figure counts. */
public enum Category {
  KILLED,
  INJURED,
  MISSING,
  CAPTURED,
  /** The aggregate word ("casualties", "losses") that mixes the other four. */
  CASUALTIES;

  /** The lower-case name used in JSON, in Solr fields and in the lexicon files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label; throws {@link IllegalArgumentException} naming the allowed values. */
  public static Category fromLabel(String label) {
    return Labels.parse(Category.class, label);
  }
}
