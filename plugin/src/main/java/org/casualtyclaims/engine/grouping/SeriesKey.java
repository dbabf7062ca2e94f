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
 * key is kept whole, its components cut out only when asked for: the grouping reads many thousand
 * keys and compares and hashes them, but looks at the components of few.
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

  /** The whole key; the components are cut out of it when asked for. */
  private final String key;
  /** Where each of the five bars is in the key. */
  private final int[] bars;
  private final boolean cumulative;
  private final Level level;
  private String family;
  private String familyHash;

  public SeriesKey(
      String category, String victims, String country, String scope, String region, String place) {
    this(String.join("|", clean(category), clean(victims), clean(country), clean(scope),
        clean(region), clean(place)));
  }

  /** A key with exactly five bars. */
  private SeriesKey(String key) {
    this.key = key;
    bars = new int[PARTS - 1];
    int at = -1;
    for (int i = 0; i < bars.length; i++) {
      at = key.indexOf('|', at + 1);
      bars[i] = at;
    }
    cumulative =
        bars[3] - bars[2] - 1 == CUMULATIVE.length() && key.startsWith(CUMULATIVE, bars[2] + 1);
    boolean noPlace = bars[4] == key.length() - 1;
    boolean noRegion = bars[3] + 1 == bars[4];
    level = !noPlace ? Level.TOWN : noRegion ? Level.COUNTRY : Level.REGION;
  }

  private static String clean(String component) {
    return component == null ? "" : component.replace('|', '/').strip();
  }

  /** Reads a key written by {@link #toString}; null when it does not have six components. */
  public static SeriesKey parse(String key) {
    int bars = 0;
    for (int at = key.indexOf('|'); at >= 0; at = key.indexOf('|', at + 1)) {
      bars++;
    }
    return bars == PARTS - 1 ? new SeriesKey(key) : null;
  }

  /** The {@code i}th component, from 0. */
  private String component(int i) {
    int from = i == 0 ? 0 : bars[i - 1] + 1;
    int to = i == PARTS - 1 ? key.length() : bars[i];
    return key.substring(from, to);
  }

  public String category() {
    return component(0);
  }

  public String victims() {
    return component(1);
  }

  public String country() {
    return component(2);
  }

  public String scope() {
    return component(3);
  }

  public String region() {
    return component(4);
  }

  public String place() {
    return component(5);
  }

  public boolean cumulative() {
    return cumulative;
  }

  public Level level() {
    return level;
  }

  /** {@code category|victims group|country|scope}. */
  public String family() {
    if (family == null) {
      family = key.substring(0, bars[3]);
    }
    return family;
  }

  /** The family as 8 hex digits, as stored in claim_event_family and opening every event id. */
  public String familyHash() {
    if (familyHash == null) {
      familyHash = hash(family(), 8);
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
