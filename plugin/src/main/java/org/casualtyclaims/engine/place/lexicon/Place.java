package org.casualtyclaims.engine.place.lexicon;

/**
 * One entry of the gazetteer: a country, a first-level region or a town, with the names it is
 * filed under resolved to one canonical record.
 *
 * @param name the canonical name ("Kursk Oblast")
 * @param kind what sort of place it is
 * @param country ISO 3166-1 alpha-2 code, or null for a place in no country (a sea)
 * @param region the first-level region a town lies in, the region's own name for a region, or
 *     null
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param population people living there (0 when unknown); settles ambiguous names
 */
public record Place(
    String name, Kind kind, String country, String region, double lat, double lon,
    long population) {

  public enum Kind {
    COUNTRY,
    REGION,
    TOWN
  }

  /** The population from which a place the gazetteer files as a town is a territory. */
  private static final long TERRITORY = 2_000_000;

  /**
   * Whether this is a territory the gazetteer files as a town, in no region: "Gaza Strip", "West
   * Bank", "Donbas", "Darfur" (and a few capitals filed so, such as Bogotá).
   */
  public boolean territory() {
    return kind == Kind.TOWN && region == null && population >= TERRITORY;
  }
}
