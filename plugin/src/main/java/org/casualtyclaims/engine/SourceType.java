package org.casualtyclaims.engine;

import java.util.Locale;

/** The kind of body asserting a figure, as GUIDELINES.md defines them. */
public enum SourceType {
  OFFICIAL,
  INTERNATIONAL,
  MEDIA,
  WITNESS,
  GROUP,
  ANONYMOUS,
  UNATTRIBUTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceType fromLabel(String label) {
    return Labels.parse(SourceType.class, label);
  }
}
