package org.casualtyclaims.engine.place.mentions;

import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Places the gazetteer lacks, found by their construction around a kind of place: "the village
 * of al-Ghabshan al-Maramrah" (a name of lower-case particles) and "the River Gongola" (a natural
 * feature named after its kind).
 *
 * <p>It runs on every sentence, so it looks only at the words around the kind words it is about,
 * and only in a sentence with one.
 */
final class UnlistedPlaces {
  /** The most words of a name read after "the village of". */
  private static final int MAX_WORDS = 4;

  private final MisreadPlaces misread;

  /** @param misread vetoes a name whose construction makes it no place ("the Garib factory") */
  UnlistedPlaces(MisreadPlaces misread) {
    this.misread = misread;
  }

  /** {@code found} (the places of {@code ws}, in order) with the unlisted names added. */
  List<PlaceMention> add(String text, SentenceWords ws, List<PlaceMention> found) {
    if (!ws.has(PlaceWords.Role.FEATURE) && !ws.has(PlaceWords.Role.TYPE)
        && !ws.has(PlaceWords.Role.ADMIN)) {
      return found; // no kind word: nothing to add
    }
    List<PlaceMention> result = found;
    for (int k = 0; k < ws.size(); k++) {
      PlaceWords.Role role = ws.role(k);
      if (role == null || role == PlaceWords.Role.LOCATIVE) {
        continue;
      }
      PlaceMention added = null;
      if (role == PlaceWords.Role.FEATURE && ws.capital(k) && k > 0
          && (ws.keyIs(k - 1, "the")
              || ws.is(k - 1, PlaceWords.Role.LOCATIVE))) {
        added = featureFirst(text, ws, k); // "the River Gongola", "on Lake Moro"
      } else if (PlaceContext.kindRole(role) && k + 2 < ws.size() && ws.keyIs(k + 1, "of")) {
        added = nameAfterKind(text, ws, k + 2); // "the village of al-Ghabshan al-Maramrah"
      }
      if (added != null && misread.correct(text, ws, added) != null) {
        result = PlaceMention.merged(result, added);
      }
    }
    return result;
  }

  /** "the River Gongola": a feature's kind before its capitalised name. */
  private PlaceMention featureFirst(String text, SentenceWords ws, int k) {
    int end = nameEnd(ws, k + 1);
    if (end == k + 1) {
      return null;
    }
    return new PlaceMention(ws.start(k), ws.end(end - 1),
        text.substring(ws.start(k), ws.end(end - 1)), List.of(), null, true, false,
        null);
  }

  /** The name after "the village of": capitalised words and particles ("al-Num", "de"). */
  private PlaceMention nameAfterKind(String text, SentenceWords ws, int from) {
    int end = nameEnd(ws, from);
    boolean particles = false;
    for (int k = from; k < end; k++) {
      particles |= ws.particleName(k) || PlaceContext.particleInName(ws, k);
    }
    if (!particles) {
      return null; // a name of capitalised words only the scanner reads itself
    }
    // "the village of", "the town of": a settlement, finer than an unknown "area in Kordofan"
    Place.Kind hint = ws.is(from - 2, PlaceWords.Role.TYPE) ? Place.Kind.TOWN : null;
    return new PlaceMention(ws.start(from), ws.end(end - 1),
        text.substring(ws.start(from), ws.end(end - 1)), List.of(), hint, true,
        false, null);
  }

  /** Where a name starting at word {@code from} ends: its words run on and are capitalised. */
  private static int nameEnd(SentenceWords ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < MAX_WORDS && (k == from || ws.joined(k))
        && (ws.capital(k) || ws.particleName(k) || k > from && PlaceContext.particleInName(ws, k))
        && (ws.role(k) == null || k > from && PlaceContext.particleInName(ws, k))
        && (k == from || !ws.possessive(k - 1))) {
      k++;
    }
    while (k > from + 1 && PlaceContext.particleInName(ws, k - 1)) {
      k--; // "the village of San Juan de": a name ends on a capitalised word
    }
    return k;
  }
}
