package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * Places a sentence names only to say what the place before them lies in: "Lukla of Solukhumbu
 * district", "the Dara forest area of the Kupwara belt of Baramulla", "Baquba, Iraq", "Parigi
 * Moutong district on Sulawesi island", "on the island of Mindanao". The
 * place named first is where the event is, however coarse or fine the gazetteer makes the
 * containers, so a container is no candidate for a figure's place.
 */
final class TextContainers {
  private TextContainers() {}

  /** {@code events} (in text order) without those that only contain the place just before. */
  static List<PlaceMention> without(String text, List<PlaceMention> events, PlaceWords words) {
    List<PlaceMention> out = null;
    for (int i = 1; i < events.size(); i++) {
      if (contains(text, events.get(i - 1), events.get(i), words)) {
        if (out == null) {
          out = new ArrayList<>(events.subList(0, i));
        }
      } else if (out != null) {
        out.add(events.get(i));
      }
    }
    return out == null ? events : out;
  }

  /**
   * "on the Lomami River in Tshopo province": the river gave way to the province that holds the
   * event (see FeaturesBesidePlaces), which is therefore no mere container of it.
   */
  private static boolean featureGivenWay(PlaceMention inner, PlaceWords words) {
    if (inner.locative()) {
      return false;
    }
    String[] named = inner.named().split(" ");
    return words.is(PlaceKeys.key(named[0]), PlaceWords.Role.FEATURE)
        || words.is(PlaceKeys.key(named[named.length - 1]), PlaceWords.Role.FEATURE);
  }

  /** The most characters between a place and its container: " area of the ". */
  private static final int GAP = 16;
  /** The owner of a container, a capitalised name's possessive, at the end of the gap. */
  private static final Pattern OWNER =
      Pattern.compile(" (?:\\p{Lu}[\\p{L}-]* )*\\p{Lu}[\\p{L}-]*['\u2019]s $");

  /**
   * Whether the place after "on" is a wide kind of place that holds the one before it: "in Parigi
   * Moutong district on Sulawesi island", "on the southern island of Mindanao", "on the Visayas
   * islands": a {@code type} word of place-words.tsv that names no settlement ("on Bantayan
   * village" is no English), after the name or before "of" in the gap.
   */
  private static boolean onIsland(String gap, PlaceMention outer, PlaceWords words) {
    String[] between = gap.trim().split(" ");
    int k = 1;
    if (k < between.length && between[k].equals("the")) {
      k++;
    }
    if (k < between.length && words.is(PlaceKeys.key(between[k]), PlaceWords.Role.DIRECTION)) {
      k++;
    }
    if (k == between.length) {
      String named = outer.named();
      return wideKind(PlaceKeys.key(named.substring(named.lastIndexOf(' ') + 1)), words);
    }
    return k + 2 == between.length && between[k + 1].equals("of")
        && wideKind(PlaceKeys.key(between[k]), words);
  }

  /** The gap with a word of nearness ("neighbouring", "nearby") after its first word left out. */
  private static String withoutNeighbour(String gap) {
    int first = gap.indexOf(' ', 1);
    if (first < 0) {
      return gap;
    }
    int second = gap.indexOf(' ', first + 1);
    if (second < 0
        || !PlaceMention.neighbourWord(PlaceKeys.key(gap.substring(first + 1, second)))) {
      return gap;
    }
    return gap.substring(0, first) + gap.substring(second);
  }

  private static boolean wideKind(String key, PlaceWords words) {
    return words.is(key, PlaceWords.Role.TYPE) && !PlaceMention.settlementWord(key);
  }

  /** Whether {@code outer} follows {@code inner} as what it lies in. */
  private static boolean contains(String text, PlaceMention inner, PlaceMention outer,
      PlaceWords words) {
    int from = inner.end();
    int to = outer.start();
    if (to <= from || featureGivenWay(inner, words)) {
      return false;
    }
    // "Manali in Himachal Pradesh's Kullu district": the container's owner may stand before it,
    // but no country lies in a region ("Lake Chad in Cameroon's Far North region")
    String gap = text.substring(from, to);
    if (!(inner.known() && inner.candidates().get(0).kind() == Place.Kind.COUNTRY)) {
      gap = OWNER.matcher(gap).replaceFirst(" ");
    }
    if (gap.startsWith(" on ")) {
      return onIsland(gap, outer, words);
    }
    gap = withoutNeighbour(gap); // "near Minpa in neighbouring Sukma district"
    if (gap.length() > GAP) {
      return false;
    }
    if (gap.equals(", ")) {
      // "Muqdadiya, Iraq" (not a list of places alike: "Iraq, Syria and Lebanon")
      return MentionRanking.specificity(outer) < MentionRanking.specificity(inner);
    }
    String[] between = gap.trim().split(" ");
    int k = 0;
    if (k < between.length && words.is(PlaceKeys.key(between[k]), PlaceWords.Role.DROP)) {
      k++; // "the Dara forest area of ...": the kind of place left out of its name
    }
    if (k == between.length || !(between[k].equals("of") || between[k].equals("in"))) {
      return false;
    }
    if (between[k].equals("of") && inner.kindHint() != null && !inner.partOfTown()
        && MentionRanking.specificity(outer) >= MentionRanking.specificity(inner)) {
      // "the Amhara town of Debre Tabor": the name follows its kind; but "Tronglaobi village of
      // Bishnupur district" lies in the district, "the Solino neighbourhood of Port-au-Prince"
      // in the city
      return false;
    }
    k++;
    if (k < between.length && between[k].equals("the")) {
      k++;
    }
    return k == between.length && gap.startsWith(" ") && gap.endsWith(" ");
  }
}
