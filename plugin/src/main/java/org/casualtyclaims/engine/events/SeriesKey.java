package org.casualtyclaims.engine.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A claim's event series: {@code category|victims group|country|scope|region|place}, where region
 * and place are empty for a cumulative series, place is empty for a claim placed only in a region,
 * and both are empty for a claim placed only in a country. No component holds a {@code |}.
 *
 * <p>The series of one kind of harm to one group in one country and scope form its family
 * ({@link #family}); place containment works within a family.
 */
public record SeriesKey(
    String category, String victims, String country, String scope, String region, String place) {
  static final char SEPARATOR = '|';
  public static final String CUMULATIVE = "cumulative";
  public static final String INCIDENT = "incident";

  /** How precisely the series is placed. */
  public enum Level {
    TOWN,
    REGION,
    COUNTRY
  }

  public SeriesKey {
    category = clean(category);
    victims = clean(victims);
    country = clean(country);
    scope = clean(scope);
    region = clean(region);
    place = clean(place);
  }

  private static String clean(String component) {
    return component == null ? "" : component.replace(SEPARATOR, '/').strip();
  }

  /** Reads a key written by {@link #toString}; null when it does not have six components. */
  public static SeriesKey parse(String key) {
    String[] parts = key.split("\\|", -1);
    if (parts.length != 6) {
      return null;
    }
    return new SeriesKey(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
  }

  public boolean cumulative() {
    return scope.equals(CUMULATIVE);
  }

  public Level level() {
    if (!place.isEmpty()) {
      return Level.TOWN;
    }
    return region.isEmpty() ? Level.COUNTRY : Level.REGION;
  }

  /** {@code category|victims group|country|scope}. */
  public String family() {
    return String.join("|", category, victims, country, scope);
  }

  /** The family as 8 hex digits, as stored in claim_event_family and opening every event id. */
  public String familyHash() {
    return hash(family(), 8);
  }

  @Override
  public String toString() {
    return String.join("|", category, victims, country, scope, region, place);
  }

  /** The first {@code digits} hex digits of the SHA-256 of {@code text}. */
  static String hash(String text, int digits) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, digits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
