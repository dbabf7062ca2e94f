package org.casualtyclaims.engine.grouping;

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
 * ({@link #family}); place containment works within a family. Equal keys are equal series. The
 * key and the family are kept, not rebuilt: the grouping compares and hashes them many thousand
 * times.
 */
public final class SeriesKey {
  public static final String CUMULATIVE = "cumulative";
  public static final String INCIDENT = "incident";
  private static final int PARTS = 6;

  /** How precisely the series is placed. */
  public enum Level {
    TOWN,
    REGION,
    COUNTRY
  }

  private final String category;
  private final String victims;
  private final String country;
  private final String scope;
  private final String region;
  private final String place;
  private final String key;
  private final String family;
  private final boolean cumulative;
  private final Level level;
  private String familyHash;

  public SeriesKey(
      String category, String victims, String country, String scope, String region, String place) {
    this(new String[] {
        clean(category), clean(victims), clean(country), clean(scope), clean(region), clean(place)});
  }

  private SeriesKey(String[] parts) {
    category = parts[0];
    victims = parts[1];
    country = parts[2];
    scope = parts[3];
    region = parts[4];
    place = parts[5];
    family = String.join("|", category, victims, country, scope);
    key = family + "|" + region + "|" + place;
    cumulative = scope.equals(CUMULATIVE);
    level = !place.isEmpty() ? Level.TOWN : region.isEmpty() ? Level.COUNTRY : Level.REGION;
  }

  private static String clean(String component) {
    return component == null ? "" : component.replace('|', '/').strip();
  }

  /** Reads a key written by {@link #toString}; null when it does not have six components. */
  public static SeriesKey parse(String key) {
    String[] parts = new String[PARTS];
    int start = 0;
    for (int i = 0; i < PARTS; i++) {
      int bar = key.indexOf('|', start);
      if ((bar < 0) != (i == PARTS - 1)) {
        return null;
      }
      parts[i] = key.substring(start, bar < 0 ? key.length() : bar);
      start = bar + 1;
    }
    return new SeriesKey(parts);
  }

  public String category() {
    return category;
  }

  public String victims() {
    return victims;
  }

  public String country() {
    return country;
  }

  public String scope() {
    return scope;
  }

  public String region() {
    return region;
  }

  public String place() {
    return place;
  }

  public boolean cumulative() {
    return cumulative;
  }

  public Level level() {
    return level;
  }

  /** {@code category|victims group|country|scope}. */
  public String family() {
    return family;
  }

  /** The family as 8 hex digits, as stored in claim_event_family and opening every event id. */
  public String familyHash() {
    if (familyHash == null) {
      familyHash = hash(family, 8);
    }
    return familyHash;
  }

  @Override
  public String toString() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SeriesKey that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** The first {@code digits} hex digits of the SHA-256 of {@code text}. */
  static String hash(String text, int digits) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, (digits + 1) / 2).substring(0, digits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
