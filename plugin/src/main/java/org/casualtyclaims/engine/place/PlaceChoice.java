package org.casualtyclaims.engine.place;

import org.casualtyclaims.engine.place.lexicon.Place;

/**
 * The place a claim is tied to.
 *
 * @param named the place as the text names it ("Kursk region")
 * @param place the gazetteer's entry, or null for a name the gazetteer lacks
 * @param country ISO 3166-1 alpha-2 code, or null when unknown
 */
public record PlaceChoice(String named, Place place, String country) {}
