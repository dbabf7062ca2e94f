package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Places the gazetteer lacks, found by their construction, and the scanner's readings that a
 * construction overrules. It adds "the village of al-Ghabshan al-Maramrah" (a name of lower-case
 * particles) and "the River Gongola" (a natural feature named after its kind), and takes back
 * "a mixed Sunni-Shiite town" and "the mainly Turkomen city of Tal Afar" (descriptions), "the
 * Garib Sweater factory" (a building), "Taliban-led" (a modifier), and a town's name that names
 * a river ("the Lamia river") or a district ("the district of Nawa") instead.
 *
 * <p>It runs on every sentence, so it looks only at the words around the kind words and
 * particles it is about, and past the scanner's places only in a sentence with a kind word.
 */
final class UnlistedPlaces {
  /** The most words of a name read after "the village of". */
  private static final int MAX_WORDS = 4;
  /** How many words after a name a building's noun may stand ("the Garib Sweater factory"). */
  private static final int BUILDING_REACH = 5;

  /** How many words after "and" may say the place is one of several: "and at least 16 other". */
  private static final int OTHER_REACH = 4;

  /** Kinds of place that lie inside a town, named before "of" and the town. */
  private static final Set<String> PART_OF_TOWN = Set.of("neighbourhood", "neighborhood", "suburb");

  /** A town this populous keeps its country though another country's name owns it. */
  private static final long OWNED_TOWN = 100_000;

  private final Gazetteer gazetteer;

  UnlistedPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@code found}, the scanner's places of {@code text} in order, corrected and completed. */
  List<PlaceMention> complete(String text, SentenceWords ws, List<PlaceMention> found) {
    List<PlaceMention> out = null; // copied only when something changes
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      PlaceMention fixed = correct(text, ws, m);
      String after = i + 1 < found.size() ? countryAfter(text, m, found.get(i + 1)) : null;
      if (fixed != null && after != null) {
        fixed = inCountry(fixed, after); // "the port of Augusta, Italy", "Moore, Oklahoma"
      }
      String owner = i > 0 ? ownerCountry(text, found.get(i - 1), m) : null;
      if (fixed != null && after == null && owner != null) {
        fixed = inCountry(fixed, owner); // "Peru's southern Andes" is no Colombian town
      }
      if (fixed != null && after == null && owner == null && !fixed.known()
          && fixed.countryHint() == null) {
        String country = countryOwning(text, ws, fixed);
        if (country != null) {
          fixed = inCountry(fixed, country); // "Nepal's Gorkha district": in Nepal
        }
      }
      if (fixed != m && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null && fixed != null) {
        out.add(fixed);
      }
    }
    List<PlaceMention> result = out == null ? found : out;
    if (!ws.has(PlaceWords.Role.FEATURE) && !ws.has(PlaceWords.Role.TYPE)
        && !ws.has(PlaceWords.Role.ADMIN)) {
      return result; // no kind word: nothing to add
    }
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
      } else if (isKind(role) && k + 2 < ws.size() && ws.keyIs(k + 1, "of")) {
        added = nameAfterKind(text, ws, k + 2); // "the village of al-Ghabshan al-Maramrah"
      }
      if (added != null && correct(text, ws, added) != null) {
        result = PlaceMention.merged(result, added);
      }
    }
    return result;
  }

  /** A mention corrected by its construction, the same one when nothing applies, or null. */
  private PlaceMention correct(String text, SentenceWords ws, PlaceMention m) {
    int first = ws.indexStarting(m.start());
    int last = ws.indexEnding(m.end());
    if (first < 0 || last < 0) {
      return m;
    }
    String said = allTowns(m.candidates()) ? demonymBefore(ws, first) : null;
    if (said != null) { // not "the Somali region of Ethiopia", which names a country
      m = inCountry(m, said);
    }
    if (!m.known()) {
      boolean typed = isKind(ws.role(last));
      if (typed && last + 2 < ws.size() && ws.keyIs(last + 1, "of")
          && ws.capital(last + 2) && PlaceContext.kindOf(ws.key(last)) == Place.Kind.TOWN
          && !PART_OF_TOWN.contains(ws.key(last))) {
        // "the mainly Turkomen city of Tal Afar": Tal Afar is the place; but "the Tolvani
        // district of Afghanistan" is a district, "the Solino neighbourhood of Port-au-Prince"
        // a part of the city
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
    if (!allTowns(m.candidates())) {
      return m;
    }
    if (countries(m.candidates()) && (ws.is(last, PlaceWords.Role.FEATURE)
        || districtOf(ws, first) || district(ws, last))) {
      // "the Lamia river" is no town of Lamia; "the district of Nawa", "Argo district" no town
      return new PlaceMention(m.start(), m.end(), m.named(), List.of(), null, true, m.speaker(),
          null);
    }
    return m;
  }

  /** "the River Gongola": a feature's kind before its capitalised name. */
  private PlaceMention featureFirst(String text, SentenceWords ws, int k) {
    int end = nameEnd(text, ws, k + 1);
    if (end == k + 1) {
      return null;
    }
    return new PlaceMention(ws.start(k), ws.end(end - 1),
        text.substring(ws.start(k), ws.end(end - 1)), List.of(), null, true, false,
        null);
  }

  /** The name after "the village of": capitalised words and particles ("al-Num"). */
  private PlaceMention nameAfterKind(String text, SentenceWords ws, int from) {
    int end = nameEnd(text, ws, from);
    boolean particles = false;
    for (int k = from; k < end; k++) {
      particles |= ws.particleName(k);
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
  private int nameEnd(String text, SentenceWords ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < MAX_WORDS && (k == from || ws.joined(k))
        && (ws.capital(k) || ws.particleName(k)) && ws.role(k) == null
        && (k == from || !ws.possessive(k - 1))) {
      k++;
    }
    return k;
  }

  private static boolean isKind(PlaceWords.Role role) {
    return role == PlaceWords.Role.TYPE || role == PlaceWords.Role.ADMIN
        || role == PlaceWords.Role.FEATURE;
  }

  /**
   * "a", "an" opening the phrase of a name, over lower-case words: "a mixed Sunni-Shiite town";
   * a preposition between them opens another phrase ("a monastery in Kyauk Ka village").
   */
  private static boolean indefinite(SentenceWords ws, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (ws.keyIs(k, "a") || ws.keyIs(k, "an")) {
        return true;
      }
      if (ws.capital(k) || !ws.joined(k + 1) || ws.is(k, PlaceWords.Role.LOCATIVE)) {
        return false;
      }
    }
    return false;
  }

  /** A building's noun soon after the name, before any pause: "the Garib Sweater factory". */
  private boolean buildingAfter(SentenceWords ws, int last) {
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
    String code = oneCountry(m.candidates());
    Place country = other && code != null ? gazetteer.country(code) : null;
    if (country == null || m.candidates().get(0).kind() == Place.Kind.COUNTRY) {
      return null;
    }
    return new PlaceMention(m.start(), m.end(), country.name(), List.of(country), null,
        m.locative(), m.speaker(), null);
  }

  private static String oneCountry(List<Place> places) {
    String code = null;
    for (Place p : places) {
      if (p.country() == null || code != null && !code.equals(p.country())) {
        return null;
      }
      code = p.country();
    }
    return code;
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

  /**
   * The country of the place written after a town's name and a comma ("Augusta, Italy"; "Moore,
   * Oklahoma"), or null: it settles which town of that name the text means.
   */
  private static String countryAfter(String text, PlaceMention m, PlaceMention next) {
    if (!allTowns(m.candidates()) || m.candidates().size() < 2
        || !text.startsWith(", ", m.end()) || next.start() != m.end() + 2) {
      return null;
    }
    String country = oneCountry(next.candidates());
    return country != null && next.candidates().get(0).kind() != Place.Kind.TOWN ? country : null;
  }

  /**
   * The country that owns a place ("Peru's southern Andes", "Mexico's Jalisco state") when the
   * place's name is elsewhere only a small town, or a town of several countries, one of them the
   * owner, or not a place of the gazetteer at all; else null. "Ukraine's Kursk offensive" keeps
   * Kursk in Russia.
   */
  private static String ownerCountry(String text, PlaceMention owner, PlaceMention m) {
    String gap = text.substring(owner.end(), Math.max(owner.end(), m.start()));
    if (!gap.equals("'s ") && !gap.equals("\u2019s ") || !owner.known()
        || owner.candidates().get(0).kind() != Place.Kind.COUNTRY || !allTowns(m.candidates())) {
      return null;
    }
    String country = owner.candidates().get(0).country(); // the country, not its namesakes
    if (country == null) {
      return null;
    }
    if (!m.known()) {
      return country; // "Nepal's Gorkha district", a district the gazetteer lacks, is in Nepal
    }
    boolean there = false;
    boolean prominent = false;
    for (Place p : m.candidates()) {
      there |= country.equals(p.country());
      prominent |= p.population() >= OWNED_TOWN;
    }
    return there && m.candidates().size() > 1 || !there && !prominent ? country : null;
  }

  /**
   * The country whose possessive name stands right before a place the gazetteer lacks ("Nepal's
   * Gorkha district", "South Sudan's Jonglei state"), which the scanner reads as no place of its
   * own; null when there is none.
   */
  private String countryOwning(String text, SentenceWords ws, PlaceMention m) {
    int first = ws.indexStarting(m.start());
    if (first < 1 || !ws.possessive(first - 1) || !ws.joined(first)) {
      return null;
    }
    for (int from = Math.max(0, first - 3); from < first; from++) {
      if (!ws.capital(from) || !joinedRun(ws, from, first - 1)) {
        continue;
      }
      for (Place p : gazetteer.lookup(text, ws.start(from), ws.end(first - 1))) {
        if (p.kind() == Place.Kind.COUNTRY) {
          return p.country();
        }
      }
    }
    return null;
  }

  /** Whether words [from, to] are capitalised and joined by spaces only. */
  private static boolean joinedRun(SentenceWords ws, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!ws.capital(k) || k > from && !ws.joined(k)) {
        return false;
      }
    }
    return true;
  }

  /** "the Italian island of Lampedusa", "the Mexican hamlet of La Pintada": the country said. */
  private String demonymBefore(SentenceWords ws, int first) {
    if (first < 3 || !ws.keyIs(first - 1, "of")
        || !isKind(ws.role(first - 2))) {
      return null;
    }
    return ws.facts(first - 3).demonymCountry();
  }

  /** A mention's places in {@code country}; a place the gazetteer lacks there when none is. */
  private static PlaceMention inCountry(PlaceMention m, String country) {
    List<Place> there = new ArrayList<>(1);
    for (Place p : m.candidates()) {
      if (country.equals(p.country())) {
        there.add(p);
      }
    }
    return new PlaceMention(m.start(), m.end(), m.named(), there, m.kindHint(), m.locative(),
        m.speaker(), there.isEmpty() ? country : m.countryHint());
  }

  private static PlaceMention withHint(PlaceMention m, Place.Kind kind) {
    return new PlaceMention(m.start(), m.end(), m.named(), m.candidates(), kind, m.locative(),
        m.speaker(), m.countryHint());
  }

  /** "the district of Nawa": a division written before the name of a town. */
  private boolean districtOf(SentenceWords ws, int first) {
    return first >= 2 && ws.keyIs(first - 1, "of") && district(ws, first - 2);
  }

  /** A division below a first-level region named after a town: "district", "municipality". */
  private static boolean district(SentenceWords ws, int k) {
    // not "county": "Carver County" is named after a town of its own state
    return ws.is(k, PlaceWords.Role.ADMIN) && PlaceContext.kindOf(ws.key(k)) == null
        && !ws.keyIs(k, "county");
  }

  private static boolean allTowns(List<Place> places) {
    for (Place p : places) {
      if (p.kind() != Place.Kind.TOWN) {
        return false;
      }
    }
    return true;
  }

  /** Whether every place lies in a country: a sea's own name stays ("Mediterranean Sea"). */
  private static boolean countries(List<Place> places) {
    for (Place p : places) {
      if (p.country() == null) {
        return false;
      }
    }
    return true;
  }
}
