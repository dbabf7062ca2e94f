package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of countries ("across India, Nepal, Bangladesh and Pakistan") puts a figure in all of
 * them, so in none alone: its toll belongs to the wider area the story names ("South Asia"), or
 * to no place (GUIDELINES.md: the place the text ties the figure to).
 */
final class CountryLists {
  private CountryLists() {}

  /** {@code events} (in text order) without the countries that stand in a list of countries. */
  static List<PlaceMention> without(String text, List<PlaceMention> events) {
    List<PlaceMention> out = null;
    int i = 0;
    while (i < events.size()) {
      int j = i + 1;
      while (country(events.get(j - 1)) && j < events.size() && country(events.get(j))
          && listed(text, events.get(j - 1), events.get(j))) {
        j++;
      }
      if (j - i >= 2) {
        if (out == null) {
          out = new ArrayList<>(events.subList(0, i));
        }
      } else if (out != null) {
        out.add(events.get(i));
      }
      i = j;
    }
    return out == null ? events : out;
  }

  /** Whether a mention may name a country (a town may share its name: resolving prefers it). */
  private static boolean country(PlaceMention m) {
    for (Place p : m.candidates()) {
      if (p.kind() == Place.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  private static boolean listed(String text, PlaceMention before, PlaceMention next) {
    if (next.start() <= before.end()) {
      return false;
    }
    String gap = text.substring(before.end(), next.start());
    return gap.equals(", ") || gap.equals(" and ") || gap.equals(", and ") || gap.equals(" or ");
  }
}
