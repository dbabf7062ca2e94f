package org.casualtyclaims.engine.place.mentions;

import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * The scanner's readings that a construction overrules: it takes back "a mixed Sunni-Shiite
 * town" and "the mainly Turkomen city of Tal Afar" (descriptions), "the Garib Sweater factory" (a
 * building), "Taliban-led" (a modifier), and a town's name that names a river ("the Lamia river")
 * or a district ("the district of Nawa") instead, and a place inside a quoted name ({@link
 * QuotedNames}); it gives "the state of Guerrero" the kind its
 * wording says, and "Nairobi and 16 other counties" their country.
 */
final class MisreadPlaces {
  /** How many words after a name a building's noun may stand ("the Garib Sweater factory"). */
  private static final int BUILDING_REACH = 5;
  /** How many words after "and" may say the place is one of several: "and at least 16 other". */
  private static final int OTHER_REACH = 4;
  /** The most words of a division's name read before its kind ("Bishnupur district"). */
  private static final int NAME_WORDS = 4;

  private final Gazetteer gazetteer;

  MisreadPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A mention corrected by its construction, the same one when nothing applies, or null. */
  PlaceMention correct(String text, SentenceWords ws, PlaceMention m) {
    if (m.known() && dashedTail(text, m.end())) {
      return null; // "the U.S.-led coalition": who, not where
    }
    if (QuotedNames.inside(text, ws, m)) {
      return null; // "who call themselves “The Signers in Blood”": a name, not where
    }
    int first = ws.indexStarting(m.start());
    int last = ws.indexEnding(m.end());
    if (first < 0 || last < 0) {
      return m;
    }
    if (!m.known()) {
      boolean typed = PlaceContext.kindRole(ws.role(last));
      if (typed && last + 2 < ws.size() && ws.keyIs(last + 1, "of")
          && ws.capital(last + 2) && PlaceContext.kindOf(ws.key(last)) == Place.Kind.TOWN
          && !PlaceContext.partOfTown(ws, last)
          && !(first > 0 && ws.is(first - 1, PlaceWords.Role.LOCATIVE))
          && !divisionAt(ws, last + 2)) {
        // "the mainly Turkomen city of Tal Afar": Tal Afar is the place; but "the Tolvani
        // district of Afghanistan" is a district, "the Solino neighbourhood of Port-au-Prince"
        // a part of the city, and "in Tronglaobi village of Bishnupur district" names the
        // village and what it lies in
        return null;
      }
      if (typed && indefinite(ws, first)) {
        return null; // "a mixed Sunni-Shiite town" describes a town
      }
      if (buildingAfter(ws, last) || modifier(text, ws, last)) {
        return null; // "at the Jabulani mall", "in Taliban-led areas"
      }
      Place.Kind of = kindOf(ws, first);
      return of != null ? withHint(m, of) : m;
    }
    PlaceMention country = oneOfMany(ws, last, m);
    if (country != null) {
      return country;
    }
    Place.Kind of = kindOf(ws, first);
    if (of != null) {
      // "the state of Guerrero" is no town of Guerrero; "the hamlet of La Pintada" a settlement
      return withHint(m, of);
    }
    if (!Candidates.allTowns(m.candidates())) {
      return m;
    }
    if (Candidates.allInCountries(m.candidates()) && (ws.is(last, PlaceWords.Role.FEATURE)
        || districtOf(ws, first) || district(ws, last))) {
      // "the Lamia river" is no town of Lamia; "the district of Nawa", "Argo district" no town
      return new PlaceMention(m.start(), m.end(), m.named(), List.of(), null, true, m.speaker(),
          null);
    }
    return m;
  }

  /**
   * "a", "an" opening the phrase of a name, over lower-case words: "a mixed Sunni-Shiite town";
   * a preposition or "the" between them opens another phrase ("a monastery in Kyauk Ka village",
   * "a shell hit the Dzaleka camp"), as does a verb of attack or a disaster ("a flash flood hit
   * Bone Bolango district"); a compass word describes ("a southern Sunni town").
   */
  private static boolean indefinite(SentenceWords ws, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (ws.keyIs(k, "a") || ws.keyIs(k, "an")) {
        return true;
      }
      if (ws.capital(k) || !ws.joined(k + 1) || ws.keyIs(k, "the")
          || ws.role(k) != null && !ws.is(k, PlaceWords.Role.DIRECTION)) {
        return false;
      }
    }
    return false;
  }

  /** A building's noun soon after the name, before any pause: "the Garib Sweater factory". */
  private static boolean buildingAfter(SentenceWords ws, int last) {
    for (int k = last + 1; k < Math.min(ws.size(), last + 1 + BUILDING_REACH); k++) {
      if (!ws.joined(k)) {
        return false;
      }
      PlaceWords.Role role = ws.role(k);
      if (role == PlaceWords.Role.BUILDING) {
        return true;
      }
      if (role != null && role != PlaceWords.Role.NOT_PLACE) {
        return false;
      }
    }
    return false;
  }

  /** "Taliban-led", "Hamas-run": a name made a modifier by its lower-case tail. */
  private static boolean modifier(String text, SentenceWords ws, int k) {
    int dash = text.lastIndexOf('-', ws.end(k) - 1);
    return dash > ws.start(k) && Character.isLowerCase(text.charAt(dash + 1));
  }

  /**
   * A lower-case tail joined by a dash right after a name: "U.S.-led"; not "-based", which
   * makes the place a speaker's ("a Kabul-based monitor").
   */
  private static boolean dashedTail(String text, int end) {
    int dash = end < text.length() && text.charAt(end) == '.' ? end + 1 : end; // "U.S.-led"
    return dash + 1 < text.length() && text.charAt(dash) == '-'
        && Character.isLowerCase(text.charAt(dash + 1)) && !text.startsWith("-based", dash);
  }

  /**
   * "in Nairobi and at least 16 other counties", "in Kano and other parts of the country": one
   * place of many, so the event is placed in their country; null when that is not the wording.
   */
  private PlaceMention oneOfMany(SentenceWords ws, int last, PlaceMention m) {
    if (last + 2 >= ws.size() || !ws.keyIs(last + 1, "and")) {
      return null;
    }
    boolean other = false;
    for (int k = last + 2; k < Math.min(ws.size(), last + 2 + OTHER_REACH) && !other; k++) {
      other = ws.keyIs(k, "other");
    }
    String code = Candidates.oneCountry(m.candidates());
    Place country = other && code != null ? gazetteer.country(code) : null;
    if (country == null || m.candidates().get(0).kind() == Place.Kind.COUNTRY) {
      return null;
    }
    return new PlaceMention(m.start(), m.end(), country.name(), List.of(country), null,
        m.locative(), m.speaker(), null);
  }

  /**
   * The kind of place written before a name with "of": a first-level region in "the state of
   * Guerrero", a settlement in "the hamlet of La Pintada"; null for none.
   */
  private static Place.Kind kindOf(SentenceWords ws, int first) {
    if (first < 2 || !ws.keyIs(first - 1, "of")) {
      return null;
    }
    return PlaceContext.kindOf(ws.key(first - 2));
  }

  private static PlaceMention withHint(PlaceMention m, Place.Kind kind) {
    return new PlaceMention(m.start(), m.end(), m.named(), m.candidates(), kind, m.locative(),
        m.speaker(), m.countryHint());
  }

  /** Whether capitalised words from {@code k} end in a division: "Bishnupur district". */
  private static boolean divisionAt(SentenceWords ws, int k) {
    int end = k;
    while (end < ws.size() && end - k < NAME_WORDS && ws.capital(end) && ws.role(end) == null
        && (end == k || ws.joined(end))) {
      end++;
    }
    return end > k && end < ws.size() && ws.joined(end) && ws.is(end, PlaceWords.Role.ADMIN);
  }

  /** "the district of Nawa": a division written before the name of a town. */
  private static boolean districtOf(SentenceWords ws, int first) {
    return first >= 2 && ws.keyIs(first - 1, "of") && district(ws, first - 2);
  }

  /** A division below a first-level region named after a town: "district", "municipality". */
  private static boolean district(SentenceWords ws, int k) {
    // not "county": "Carver County" is named after a town of its own state
    return ws.is(k, PlaceWords.Role.ADMIN) && PlaceContext.kindOf(ws.key(k)) == null
        && !ws.keyIs(k, "county");
  }
}
