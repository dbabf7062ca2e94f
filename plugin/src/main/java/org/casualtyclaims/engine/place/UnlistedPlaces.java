package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the gazetteer lacks, found by their construction, and the scanner's readings that a
 * construction overrules. It adds "the village of al-Ghabshan al-Maramrah" (a name of lower-case
 * particles) and "the River Gongola" (a natural feature named after its kind), and takes back
 * "a mixed Sunni-Shiite town" and "the mainly Turkomen city of Tal Afar" (descriptions), "the
 * Garib Sweater factory" (a building), "Taliban-led" (a modifier), and a town's name that names
 * a river ("the Lamia river") or a district ("the district of Nawa") instead.
 *
 * <p>It runs on every sentence, so it looks only at the words around the kind words and
 * particles it is about.
 */
final class UnlistedPlaces {
  /** The most words of a name read after "the village of". */
  private static final int MAX_WORDS = 4;
  /** How many words after a name a building's noun may stand ("the Garib Sweater factory"). */
  private static final int BUILDING_REACH = 5;

  /** How many words after "and" may say the place is one of several: "and at least 16 other". */
  private static final int OTHER_REACH = 4;

  private final PlaceWords words;
  private final Gazetteer gazetteer;

  UnlistedPlaces(PlaceWords words, Gazetteer gazetteer) {
    this.words = words;
    this.gazetteer = gazetteer;
  }

  /** {@code found}, the scanner's places of {@code text} in order, corrected and completed. */
  List<PlaceMention> complete(String text, List<Word> ws, List<PlaceMention> found) {
    List<PlaceMention> out = null; // copied only when something changes
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      PlaceMention fixed = correct(text, ws, m);
      String after = i + 1 < found.size() ? countryAfter(text, m, found.get(i + 1)) : null;
      if (fixed != null && after != null) {
        fixed = inCountry(fixed, after); // "the port of Augusta, Italy", "Moore, Oklahoma"
      }
      if (fixed != m && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null && fixed != null) {
        out.add(fixed);
      }
    }
    List<PlaceMention> result = out == null ? found : out;
    for (int k = 0; k < ws.size(); k++) {
      PlaceWords.Role role = words.role(ws.get(k));
      if (role == null || role == PlaceWords.Role.LOCATIVE) {
        continue;
      }
      PlaceMention added = null;
      if (role == PlaceWords.Role.FEATURE && ws.get(k).capital() && k > 0
          && (ws.get(k - 1).key().equals("the")
              || words.is(ws.get(k - 1), PlaceWords.Role.LOCATIVE))) {
        added = featureFirst(text, ws, k); // "the River Gongola", "on Lake Moro"
      } else if (isKind(role) && k + 2 < ws.size() && ws.get(k + 1).key().equals("of")) {
        added = nameAfterKind(text, ws, k + 2); // "the village of al-Ghabshan al-Maramrah"
      }
      if (added != null && correct(text, ws, added) != null) {
        result = merge(result, added);
      }
    }
    return result;
  }

  /** A mention corrected by its construction, the same one when nothing applies, or null. */
  private PlaceMention correct(String text, List<Word> ws, PlaceMention m) {
    int first = indexAt(ws, m.start());
    int last = indexEndingAt(ws, m.end());
    if (first < 0 || last < 0) {
      return m;
    }
    Word lastWord = ws.get(last);
    String said = allTowns(m.candidates()) ? demonymBefore(ws, first) : null;
    if (said != null) { // not "the Somali region of Ethiopia", which names a country
      m = inCountry(m, said);
    }
    if (!m.known()) {
      boolean typed = isKind(words.role(lastWord));
      if (typed && last + 2 < ws.size() && ws.get(last + 1).key().equals("of")
          && ws.get(last + 2).capital() && PlaceScanner.kindOf(lastWord.key()) == Place.Kind.TOWN) {
        // "the mainly Turkomen city of Tal Afar": Tal Afar is the place; but "the Tolvani
        // district of Afghanistan" is a district
        return null;
      }
      if (typed && indefinite(ws, first)) {
        return null; // "a mixed Sunni-Shiite town" describes a town
      }
      if (buildingAfter(ws, last) || modifier(text, lastWord)) {
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
    if (countries(m.candidates()) && (words.is(lastWord, PlaceWords.Role.FEATURE)
        || districtOf(ws, first) || district(lastWord))) {
      // "the Lamia river" is no town of Lamia; "the district of Nawa", "Argo district" no town
      return new PlaceMention(m.start(), m.end(), m.named(), List.of(), null, true, m.speaker(),
          null);
    }
    return m;
  }

  /** "the River Gongola": a feature's kind before its capitalised name. */
  private PlaceMention featureFirst(String text, List<Word> ws, int k) {
    int end = nameEnd(text, ws, k + 1);
    if (end == k + 1) {
      return null;
    }
    return new PlaceMention(ws.get(k).start(), ws.get(end - 1).end(),
        text.substring(ws.get(k).start(), ws.get(end - 1).end()), List.of(), null, true, false,
        null);
  }

  /** The name after "the village of": capitalised words and particles ("al-Num"). */
  private PlaceMention nameAfterKind(String text, List<Word> ws, int from) {
    int end = nameEnd(text, ws, from);
    boolean particles = false;
    for (int k = from; k < end; k++) {
      particles |= particle(text, ws.get(k));
    }
    if (!particles) {
      return null; // a name of capitalised words only the scanner reads itself
    }
    // "the village of", "the town of": a settlement, finer than an unknown "area in Kordofan"
    Place.Kind hint = words.is(ws.get(from - 2), PlaceWords.Role.TYPE) ? Place.Kind.TOWN : null;
    return new PlaceMention(ws.get(from).start(), ws.get(end - 1).end(),
        text.substring(ws.get(from).start(), ws.get(end - 1).end()), List.of(), hint, true,
        false, null);
  }

  /** Where a name starting at word {@code from} ends: its words run on and are capitalised. */
  private int nameEnd(String text, List<Word> ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < MAX_WORDS && (k == from || ws.get(k).joined())
        && (ws.get(k).capital() || particle(text, ws.get(k))) && words.role(ws.get(k)) == null
        && (k == from || !ws.get(k - 1).possessive())) {
      k++;
    }
    return k;
  }

  /** "al-Ghabshan", "el-Fasher", "ad-Dawr": a lower-case article joined to a capitalised name. */
  private static boolean particle(String text, Word w) {
    int s = w.start();
    int dash = -1;
    for (int i = s; i < Math.min(w.end(), s + 4); i++) {
      if (text.charAt(i) == '-') {
        dash = i;
        break;
      }
    }
    return dash > s && Character.isLowerCase(text.charAt(s)) && dash + 1 < w.end()
        && Character.isUpperCase(text.charAt(dash + 1));
  }

  /** A mention that replaces the scanner's at the same place, or joins them in order. */
  private static List<PlaceMention> merge(List<PlaceMention> found, PlaceMention added) {
    List<PlaceMention> out = new ArrayList<>(found.size() + 1);
    boolean placed = false;
    for (PlaceMention m : found) {
      if (m.end() > added.start() && m.start() < added.end()) {
        continue; // "Gongola" inside "River Gongola", "Shaq" inside "Shaq al-Num"
      }
      if (!placed && m.start() >= added.end()) {
        out.add(added);
        placed = true;
      }
      out.add(m);
    }
    if (!placed) {
      out.add(added);
    }
    return out;
  }

  private static boolean isKind(PlaceWords.Role role) {
    return role == PlaceWords.Role.TYPE || role == PlaceWords.Role.ADMIN
        || role == PlaceWords.Role.FEATURE;
  }

  /** "a", "an" opening the phrase of a name, over lower-case words: "a mixed Sunni-Shiite town". */
  private static boolean indefinite(List<Word> ws, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      String key = ws.get(k).key();
      if (key.equals("a") || key.equals("an")) {
        return true;
      }
      if (ws.get(k).capital() || !ws.get(k + 1).joined()) {
        return false;
      }
    }
    return false;
  }

  /** A building's noun soon after the name, before any pause: "the Garib Sweater factory". */
  private boolean buildingAfter(List<Word> ws, int last) {
    for (int k = last + 1; k < Math.min(ws.size(), last + 1 + BUILDING_REACH); k++) {
      Word w = ws.get(k);
      if (!w.joined()) {
        return false;
      }
      PlaceWords.Role role = words.role(w);
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
  private static boolean modifier(String text, Word w) {
    int dash = text.lastIndexOf('-', w.end() - 1);
    return dash > w.start() && Character.isLowerCase(text.charAt(dash + 1));
  }

  /**
   * "in Nairobi and at least 16 other counties", "in Kano and other parts of the country": one
   * place of many, so the event is placed in their country; null when that is not the wording.
   */
  private PlaceMention oneOfMany(List<Word> ws, int last, PlaceMention m) {
    if (last + 2 >= ws.size() || !ws.get(last + 1).key().equals("and")) {
      return null;
    }
    boolean other = false;
    for (int k = last + 2; k < Math.min(ws.size(), last + 2 + OTHER_REACH) && !other; k++) {
      other = ws.get(k).key().equals("other");
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
  private static Place.Kind kindOf(List<Word> ws, int first) {
    if (first < 2 || !ws.get(first - 1).key().equals("of")) {
      return null;
    }
    return PlaceScanner.kindOf(ws.get(first - 2).key());
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

  /** "the Italian island of Lampedusa", "the Mexican hamlet of La Pintada": the country said. */
  private String demonymBefore(List<Word> ws, int first) {
    if (first < 3 || !ws.get(first - 1).key().equals("of")
        || !isKind(words.role(ws.get(first - 2)))) {
      return null;
    }
    return gazetteer.demonymCountry(ws.get(first - 3));
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
  private boolean districtOf(List<Word> ws, int first) {
    return first >= 2 && ws.get(first - 1).key().equals("of") && district(ws.get(first - 2));
  }

  /** A division below a first-level region named after a town: "district", "municipality". */
  private boolean district(Word w) {
    // not "county": "Carver County" is named after a town of its own state
    return words.is(w, PlaceWords.Role.ADMIN) && PlaceScanner.kindOf(w.key()) == null
        && !w.key().equals("county");
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

  /** The index of the word starting at {@code offset}, or -1. */
  private static int indexAt(List<Word> ws, int offset) {
    int lo = 0;
    int hi = ws.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = ws.get(mid).start();
      if (s == offset) {
        return mid;
      }
      if (s < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private static int indexEndingAt(List<Word> ws, int offset) {
    int lo = 0;
    int hi = ws.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int e = ws.get(mid).end();
      if (e == offset) {
        return mid;
      }
      if (e < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
