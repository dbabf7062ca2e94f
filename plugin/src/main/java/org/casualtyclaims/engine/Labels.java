package org.casualtyclaims.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case labels of the claim enums, with errors that list the allowed values. */
final class Labels {
  private Labels() {}

  static <E extends Enum<E>> E parse(Class<E> type, String label) {
    if (label != null) {
      String wanted = label.trim().toUpperCase(Locale.ROOT);
      for (E value : type.getEnumConstants()) {
        if (value.name().equals(wanted)) {
          return value;
        }
      }
    }
    throw new IllegalArgumentException(
        "'"
            + label
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}
