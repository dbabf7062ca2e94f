package org.casualtyclaims.engine;

import java.time.LocalDate;

/**
 * Where and when the event a claim counts took place, and its kind (GUIDELINES.md, "Where and
 * what kind of event"). Every component may be null: the text ties the figure to no place, no
 * date can be worked out, or no scope was read.
 *
 * @param place the most specific place, as the text names it ("Kursk region")
 * @param placeName the gazetteer's canonical name of that place ("Kursk Oblast")
 * @param region the first-level region the place lies in, or null for a country
 * @param country the ISO 3166-1 alpha-2 code of the country the place lies in
 * @param lat latitude of the place, in degrees
 * @param lon longitude of the place, in degrees
 * @param date the day of the event, or the first day of a range
 * @param dateEnd the last day of a range, else null
 * @param scope incident or cumulative
 */
public record EventAnchor(
    String place,
    String placeName,
    String region,
    String country,
    Double lat,
    Double lon,
    LocalDate date,
    LocalDate dateEnd,
    Scope scope) {

  /** Nothing known of the event. */
  public static final EventAnchor NONE =
      new EventAnchor(null, null, null, null, null, null, null, null, null);

  public EventAnchor {
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon come together");
    }
  }
}
