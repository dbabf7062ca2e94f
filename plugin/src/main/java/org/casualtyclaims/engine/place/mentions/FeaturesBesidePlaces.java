package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * A river, lake or range named beside the division or settlement that holds the event: "on the
 * Lomami River in Tshopo province", "in Taroudant province in the Anti-Atlas mountains", "on Lake
 * Turkana near the island of Kalokol". The administrative place is the most specific place the
 * text names (GUIDELINES.md: a place is a country, region, ..., sea or river named as a location),
 * so the feature there stops putting the event anywhere; named beside only a country ("on the
 * Padma river in Bangladesh") the feature stays the finer place.
 */
final class FeaturesBesidePlaces {
  /** The words that may join a feature and the place beside it into one phrase of location. */
  private static final Set<String> JOINING =
      Set.of("in", "near", "on", "at", "off", "of", "the", "island", "close", "to");
  /**
   * The words that may join a place to a feature after it: "in Taroudant province in the
   * Anti-Atlas mountains"; a place "on the River Benue" is a town on its bank, and the event on
   * the river may be elsewhere.
   */
  private static final Set<String> JOINING_AFTER = Set.of("in", "the");
  /** How many joining words may stand between them ("near the island of"). */
  private static final int REACH = 4;

  /**
   * {@code found} (the places of {@code ws}, in order) with each feature beside a finer place
   * made no longer locative; the same list when there is none.
   */
  List<PlaceMention> mark(SentenceWords ws, List<PlaceMention> found) {
    if (found.size() < 2 || !ws.has(PlaceWords.Role.FEATURE)) {
      return found;
    }
    List<PlaceMention> out = null;
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      boolean yields = m.locative() && feature(ws, m)
          && (finerBeside(ws, found, i, 1) || finerBeside(ws, found, i, -1)
              || along(ws, m) && finerBefore(ws, found, i));
      if (yields && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null) {
        out.add(yields ? m.notLocative() : m);
      }
    }
    return out == null ? found : out;
  }

  /**
   * Whether the next place on side {@code step} (1 after, -1 before) of mention {@code i} is a
   * locative division or settlement joined to it; a country joined between them is coarser and
   * is looked past ("on the Nile in Egypt's Minya province").
   */
  private static boolean finerBeside(SentenceWords ws, List<PlaceMention> found, int i, int step) {
    PlaceMention near = found.get(i);
    int next = ws.indexEnding(near.end()) + 1;
    if (step > 0 && next > 0 && next < ws.size() && ws.keyIs(next, "of")) {
      return false; // "the Tirah valley of Khyber district": the valley lies in the district
    }
    for (int j = i + step; j >= 0 && j < found.size(); j += step) {
      PlaceMention o = found.get(j);
      PlaceMention first = step > 0 ? near : o;
      PlaceMention second = step > 0 ? o : near;
      if (!joined(ws, first, second, step > 0 ? JOINING : JOINING_AFTER)) {
        return false;
      }
      if (!country(o)) {
        return o.locative() && !o.speaker() && !feature(ws, o);
      }
      near = o;
    }
    return false;
  }

  /** "along the Shire river": a line the event's places lie on, not one of them. */
  private static boolean along(SentenceWords ws, PlaceMention m) {
    int k = ws.indexStarting(m.start()) - 1;
    if (k >= 0 && ws.keyIs(k, "the")) {
      k--;
    }
    return k >= 0 && ws.keyIs(k, "along");
  }

  /**
   * Whether a division or settlement earlier in the sentence holds the event: "killed 22 in
   * Nsanje district ..., as rains flooded villages along the Shire river".
   */
  private static boolean finerBefore(SentenceWords ws, List<PlaceMention> found, int i) {
    for (int j = 0; j < i; j++) {
      PlaceMention o = found.get(j);
      if (o.locative() && !o.speaker() && !feature(ws, o) && !country(o)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether only joining words, or a possessive, stand between two mentions, with no punctuation:
   * a comma may open another clause.
   */
  private static boolean joined(SentenceWords ws, PlaceMention first, PlaceMention second,
      Set<String> joining) {
    int from = ws.indexEnding(first.end());
    int to = ws.indexStarting(second.start());
    if (from < 0 || to < 0 || to <= from || to - from - 1 > REACH) {
      return false;
    }
    if (to == from + 1) {
      return ws.possessive(from) && ws.joined(to);
    }
    for (int k = from + 1; k <= to; k++) {
      // the owner of the place may stand just before it, read as a country, not a mention
      boolean owner = k == to - 1 && ws.possessive(k) && ws.capital(k);
      // "on the Kwa river near the town of Mushie": the place's own kind may join them too
      boolean kind = joining == JOINING && ws.is(k, PlaceWords.Role.TYPE);
      if (!ws.joined(k) || k < to && !owner && !kind && !joining.contains(ws.key(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean feature(SentenceWords ws, PlaceMention m) {
    int first = ws.indexStarting(m.start());
    int last = ws.indexEnding(m.end());
    return first >= 0 && last >= 0
        && (ws.is(first, PlaceWords.Role.FEATURE) || ws.is(last, PlaceWords.Role.FEATURE));
  }

  private static boolean country(PlaceMention m) {
    if (m.kindHint() != null || !m.known()) {
      return m.kindHint() == Place.Kind.COUNTRY;
    }
    return PlaceScanner.allOfKind(m.candidates(), Place.Kind.COUNTRY);
  }
}
