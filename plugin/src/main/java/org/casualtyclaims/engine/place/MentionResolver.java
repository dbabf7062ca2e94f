package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * A place mention's gazetteer entry, where a name several places share is settled by the
 * countries the article names.
 */
final class MentionResolver {
  /** A town this populous keeps its own country even where the story names no other place of it. */
  private static final long PROMINENT_TOWN = 100_000;

  private final StoryPlaces story;

  MentionResolver(StoryPlaces story) {
    this.story = story;
  }

  /** The gazetteer's place for a mention, its ambiguity settled by the article's countries. */
  PlaceChoice resolve(PlaceMention m, int sentence) {
    if (!m.known()) {
      String country = m.countryHint() != null ? m.countryHint()
          : story.countries().contextCountry(sentence, m);
      return new PlaceChoice(m.named(), null, country);
    }
    List<Place> candidates = m.candidates();
    if (m.kindHint() != null) {
      List<Place> kind = new ArrayList<>();
      for (Place p : candidates) {
        if (p.kind() == m.kindHint()) {
          kind.add(p);
        }
      }
      if (!kind.isEmpty()) {
        candidates = kind;
      }
    }
    Place best = candidates.get(0);
    if (candidates.size() > 1) {
      boolean oneCountry = true;
      for (Place p : candidates) {
        oneCountry &= Objects.equals(p.country(), best.country());
      }
      // only a name shared by several countries needs the article's other places
      Map<String, Integer> counts = oneCountry ? Map.of() : story.countries().countsWithDateline();
      for (Place p : candidates) {
        if (preferred(p, best, counts)) {
          best = p;
        }
      }
    }
    if (m.kindHint() == Place.Kind.TOWN && best.kind() == Place.Kind.TOWN
        && best.population() < PROMINENT_TOWN) {
      Map<String, Integer> named = story.countries().named();
      if (!named.isEmpty() && !named.containsKey(best.country())
          && !story.demonymsReadIn(sentence).contains(best.country())) {
        // "the Mexican hamlet of La Pintada" is no small town of Colombia the story never names
        return new PlaceChoice(m.named(), null, StoryCountries.mostNamed(named, null));
      }
    }
    return new PlaceChoice(m.named(), best, best.country());
  }

  /**
   * A place in a country the article names at all comes first (Georgia beside Atlanta is the
   * state), then a country over a region or town, then the more populous.
   */
  private static boolean preferred(Place a, Place b, Map<String, Integer> counts) {
    boolean na = counts.containsKey(a.country() == null ? "" : a.country());
    boolean nb = counts.containsKey(b.country() == null ? "" : b.country());
    if (na != nb) {
      return na;
    }
    if ((a.kind() == Place.Kind.COUNTRY) != (b.kind() == Place.Kind.COUNTRY)) {
      return a.kind() == Place.Kind.COUNTRY;
    }
    return a.population() > b.population();
  }
}
