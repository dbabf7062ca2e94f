package org.casualtyclaims.engine.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.mentions.BorderNeighbours;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * The countries a story names, counted over its title and lede (and the sentences already read):
 * they settle ambiguous names (Georgia beside Atlanta is the state) and the country of places
 * the gazetteer lacks.
 */
final class StoryCountries {
  /** How many body sentences from the start, besides the title, tell the article's countries. */
  private static final int LEDE = 6;

  /** How many sentences back the country of a place the gazetteer lacks is looked for. */
  private static final int LOOK_BACK = 12;
  /** How many sentences back a place the gazetteer lacks may be read for its country. */
  private static final int CONTEXT = 3;

  private final StoryPlaces story;
  private final Gazetteer gazetteer;
  private Map<String, Integer> counts;
  private Map<String, Integer> named;
  private Map<String, Integer> withDateline;
  private Boolean datelineAbroad;

  StoryCountries(StoryPlaces story, Gazetteer gazetteer) {
    this.story = story;
    this.gazetteer = gazetteer;
  }

  /**
   * The country of a place the gazetteer lacks: that of a known place of its sentence (or of an
   * unlisted one its wording puts in a country), else of its sentence's demonyms, else of a known
   * place before it, the dateline, the article; a country named only across a border ("near the
   * border with Mali") is none of them.
   */
  String contextCountry(int sentence, PlaceMention unknown) {
    for (int j = sentence; j >= Math.max(0, sentence - LOOK_BACK); j--) {
      if (!story.read(j) && sentence - j > CONTEXT) {
        continue; // further back, only sentences read already: bounded reading per claim
      }
      for (PlaceMention m : story.mentionsOf(j)) {
        if (m != unknown && (m.known() || m.countryHint() != null)
            && !BorderNeighbours.across(story.sentence(j), m.start(), m.end())
            && !story.feature(m)) {
          // a river crosses borders: "the Bagmati river" puts no village in Nepal
          // an unlisted place its wording settles counts too: "at Gololey in Somalia's Middle
          // Shabelle region" is in Somalia, whatever the Burundian soldiers killed there
          String c = m.known() ? story.resolve(m, j).country() : m.countryHint();
          if (c != null) {
            return c;
          }
        }
      }
      if (j == sentence) {
        // "Iranian forces opened fire in the province of Sistan-Baluchestan"
        String c = mostNamed(tally(story.demonymsOf(sentence)), null);
        if (c != null) {
          return c;
        }
      }
    }
    PlaceMention d = story.dateline();
    if (d != null && d.known() && !datelineAbroad()) {
      return story.resolve(d, 0).country();
    }
    // the article's most named country, among the sentences read so far
    Map<String, Integer> counts = new HashMap<>();
    for (int j = 0; j < story.sentenceCount(); j++) {
      for (PlaceMention m : story.read(j) ? story.mentionsOf(j) : List.<PlaceMention>of()) {
        String country = singleCountry(m.candidates());
        if (country != null) {
          counts.merge(country, 1, Integer::sum);
        }
      }
    }
    return mostNamed(counts, null);
  }

  static Map<String, Integer> tally(List<String> countries) {
    Map<String, Integer> counts = new HashMap<>();
    for (String c : countries) {
      counts.merge(c, 1, Integer::sum);
    }
    return counts;
  }

  static String mostNamed(Map<String, Integer> counts, String but) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!e.getKey().isEmpty() && !e.getKey().equals(but) && (e.getValue() > bestCount
          || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * How often the article names each country, by places of one country and by demonyms: in the
   * title, the lede and the sentences already read (a bounded amount of text per document).
   */
  Map<String, Integer> counts() {
    if (counts == null) {
      Map<String, Integer> counts = new HashMap<>();
      int body = 0;
      for (int i = 0; i < story.sentenceCount(); i++) {
        boolean lede = story.headline(i) || body++ < LEDE;
        if (!lede && !story.read(i)) {
          continue;
        }
        for (PlaceMention m : story.mentionsOf(i)) {
          String country = singleCountry(m.candidates());
          if (country != null) {
            counts.merge(country, 1, Integer::sum);
          }
        }
        for (String c : story.demonymsOf(i)) {
          counts.merge(c, 1, Integer::sum);
        }
      }
      this.counts = counts;
    }
    return this.counts;
  }

  /**
   * {@link #counts()} with the dateline's country once more, unless the story is filed from
   * abroad: "KRAMATORSK, Ukraine" settles the lede's "Donetsk" as Ukraine's, however often
   * "Russian troops" are named.
   */
  Map<String, Integer> countsWithDateline() {
    if (withDateline == null) {
      withDateline = counts(); // while the dateline itself is resolved ("LONDON"), as before
      String country = datelineCountry();
      if (country != null && !datelineAbroad()) {
        Map<String, Integer> counts = new HashMap<>(counts());
        counts.merge(country, 1, Integer::sum);
        withDateline = counts;
      }
    }
    return withDateline;
  }

  /**
   * The countries the title and the lede name as such, by a country, a region or a demonym, and
   * the dateline's: the towns they name do not count, so that a town cannot vouch for itself;
   * but a territory the gazetteer files as a town, where something happens, does ("in
   * the central Gaza Strip": the Nuseirat camp of the next sentence is Palestinian, whatever
   * the Israeli strikes).
   */
  Map<String, Integer> named() {
    if (named == null) {
      Map<String, Integer> counts = new HashMap<>();
      int body = 0;
      for (int i = 0; i < story.sentenceCount() && (story.headline(i) || body++ < LEDE); i++) {
        for (PlaceMention m : story.mentionsOf(i)) {
          String country = singleCountry(m.candidates());
          if (country != null && (m.candidates().get(0).kind() != Place.Kind.TOWN
              || m.locative() && !m.speaker() && territory(m.candidates()))) {
            counts.merge(country, 1, Integer::sum);
          }
        }
        for (String c : story.demonymsOf(i)) {
          counts.merge(c, 1, Integer::sum);
        }
      }
      String datelineCountry = datelineCountry();
      if (datelineCountry != null && !datelineAbroad()) {
        counts.merge(datelineCountry, 1, Integer::sum);
      }
      named = counts;
    }
    return named;
  }

  /** Whether every place a name may be is a territory ({@link Place#territory}). */
  private static boolean territory(List<Place> candidates) {
    for (Place p : candidates) {
      if (!p.territory()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the story is filed from a country its title and lede never name while they name
   * another: an outlet's "NEW DELHI" over a strike on a Myanmar village is no place of the event.
   */
  boolean datelineAbroad() {
    if (datelineAbroad == null) {
      String country = datelineCountry();
      Set<String> named = new HashSet<>(counts().keySet());
      int body = 0;
      // "Myanmar's military bombed a school": a nationality names the story's country too
      for (int i = 0; i < story.sentenceCount() && (story.headline(i) || body++ < LEDE); i++) {
        named.addAll(story.nationalitiesOf(i));
      }
      datelineAbroad = country != null && !named.isEmpty() && !named.contains(country)
          && !(datelineNamesCountry(country) && placesOnlyOf(country));
    }
    return datelineAbroad;
  }

  /** Whether the dateline names its city's country after it: "KRAMATORSK, Ukraine -". */
  private boolean datelineNamesCountry(String country) {
    Place p = gazetteer.country(country);
    PlaceMention d = story.dateline();
    if (p == null || d == null) {
      return false;
    }
    String[] parts = story.sentence(Math.max(0, story.datelineSentence()))
        .substring(d.start(), d.end()).split("[,(]");
    for (int k = 1; k < parts.length; k++) {
      List<Place> named = gazetteer.lookup(PlaceKeys.key(parts[k].strip()));
      if (named.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the title and the lede name no place of a country other than {@code country}: their
   * demonyms alone ("Russian troops") do not take a story away from the country its dateline
   * names.
   */
  private boolean placesOnlyOf(String country) {
    int body = 0;
    for (int i = 0; i < story.sentenceCount() && (story.headline(i) || body++ < LEDE); i++) {
      for (PlaceMention m : story.mentionsOf(i)) {
        String c = singleCountry(m.candidates());
        if (c != null && !c.equals(country)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The dateline's country, a name of several countries settled as any place's ("LONDON"). */
  private String datelineCountry() {
    PlaceMention d = story.dateline();
    return d == null ? null : d.known() ? story.resolve(d, 0).country() : d.countryHint();
  }

  static String singleCountry(List<Place> places) {
    String country = null;
    for (Place p : places) {
      if (p.country() == null || (country != null && !country.equals(p.country()))) {
        return null;
      }
      country = p.country();
    }
    return country;
  }
}
