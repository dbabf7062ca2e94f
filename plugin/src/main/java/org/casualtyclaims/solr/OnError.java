package org.casualtyclaims.solr;

import java.util.Locale;

/** What the claims processor does with a document whose extraction fails. */
public enum OnError {
  /** Index the document without claims, marked {@code claims_status:error} (the default). */
  INDEX,
  /** Refuse the document with a 400. */
  FAIL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code index} or {@code fail} (any case); null when the value is neither. */
  static OnError fromLabel(String value) {
    if (value == null) {
      return null;
    }
    for (OnError e : values()) {
      if (e.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    return null;
  }
}
