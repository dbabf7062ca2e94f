package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * A list of places puts a figure in all of them, so in none alone (GUIDELINES.md: the place the
 * text ties the figure to). Places of one country ("in Kabul and Kandahar", "in the provinces of
 * Hama and al-Ghab", where only Hama is read as a place) give that country; countries ("across
 * Kenya, Somalia and Ethiopia") give none, and the figure takes the wider area the
 * story names ("the Horn of Africa").
 */
final class PlaceLists {
  private PlaceLists() {}

  /**
   * {@code events} (in text order) with each list of places replaced by their one country, or
   * left out when they lie in several or are countries themselves.
   */
  static List<PlaceMention> merged(String text, List<PlaceMention> events,
      Function<PlaceMention, String> countryOf, Gazetteer gazetteer, PlaceWords words) {
    List<PlaceMention> out = null;
    int i = 0;
    while (i < events.size()) {
      int j = i + 1;
      while (j < events.size() && events.get(j).listedAfter(text, events.get(j - 1))) {
        j++;
      }
      if (j - i >= 2 || severalKinds(text, events.get(i), words)) {
        if (out == null) {
          out = new ArrayList<>(events.subList(0, i));
        }
        PlaceMention country = country(events.subList(i, j), countryOf, gazetteer);
        if (country != null) {
          out.add(country);
        }
      } else if (out != null) {
        out.add(events.get(i));
      }
      i = j;
    }
    return out == null ? events : out;
  }

  /**
   * The one country a list's places lie in ({@code countryOf} says each one's, as the story
   * resolves it), as a mention over the list; null when none.
   */
  private static PlaceMention country(List<PlaceMention> list,
      Function<PlaceMention, String> countryOf, Gazetteer gazetteer) {
    String code = null;
    for (PlaceMention m : list) {
      if (!m.known()) {
        continue; // "al-Ghab", which the gazetteer lacks, lies where its neighbours do
      }
      String c = countryOf.apply(m);
      if (c == null || code != null && !code.equals(c) || isCountry(m)) {
        return null;
      }
      code = c;
    }
    Place country = gazetteer.country(code);
    if (country == null) {
      return null;
    }
    PlaceMention first = list.get(0);
    return new PlaceMention(first.start(), list.get(list.size() - 1).end(), country.name(),
        List.of(country), null, first.locative(), false, null);
  }

  /**
   * "the provinces of Hama and al-Ghab": a plural kind of place before the first name says
   * that several follow, whether or not the others are read as places; not when the name has a
   * kind of its own ("two villages of Gorkha district", where the villages lie).
   */
  private static boolean severalKinds(String text, PlaceMention m, PlaceWords words) {
    int end = m.start();
    if (text.startsWith("the ", Math.max(0, end - 4)) && end >= 4) {
      end -= 4;
    }
    if (end < 4 || !text.startsWith(" of ", end - 4)) {
      return false;
    }
    int plural = end - 4; // just past the kind's "s"
    int start = plural;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (plural - start < 4 || text.charAt(plural - 1) != 's') {
      return false;
    }
    String kind = PlaceKeys.key(text.substring(start, plural - 1));
    if (!isKind(words.role(kind))) {
      return false;
    }
    // "two villages of Gorkha district": a place of another kind is what the villages lie in
    String named = m.named();
    String last = PlaceKeys.key(named.substring(named.lastIndexOf(' ') + 1));
    return last.equals(kind) || !isKind(words.role(last));
  }

  private static boolean isKind(PlaceWords.Role role) {
    return role == PlaceWords.Role.ADMIN || role == PlaceWords.Role.TYPE;
  }

  /** Whether a mention may name a country (a town may share its name: resolving prefers it). */
  private static boolean isCountry(PlaceMention m) {
    for (Place p : m.candidates()) {
      if (p.kind() == Place.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }
}
