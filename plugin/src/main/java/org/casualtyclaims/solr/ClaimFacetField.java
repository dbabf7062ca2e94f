package org.casualtyclaims.solr;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The claim fields {@code claims.facet.field} can facet, by their short names. */
enum ClaimFacetField {
  SOURCE("source", ClaimFields.SOURCE),
  SOURCE_TYPE("source_type", ClaimFields.SOURCE_TYPE),
  CATEGORY("category", ClaimFields.CATEGORY),
  CONFIDENCE_LABEL("confidence_label", ClaimFields.CONFIDENCE_LABEL),
  COUNTRY("country", ClaimFields.COUNTRY),
  REGION("region", ClaimFields.REGION),
  /** The canonical place name: the same place however the articles spell it. */
  PLACE("place", ClaimFields.PLACE_NAME),
  SCOPE("scope", ClaimFields.SCOPE);

  /** The name in parameters and in the output. */
  final String key;

  /** The schema field. */
  final String field;

  ClaimFacetField(String key, String field) {
    this.key = key;
    this.field = field;
  }

  /** Accepts the short name ({@code source}) or the schema field ({@code claim_source}). */
  static ClaimFacetField parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ClaimFacetField f : values()) {
      if (f.key.equals(wanted) || f.field.equals(wanted)) {
        return f;
      }
    }
    return null;
  }

  static String allowed() {
    return Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", "));
  }
}
