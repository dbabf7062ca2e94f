package org.casualtyclaims.engine.place.mentions;

import static org.casualtyclaims.engine.place.mentions.PlaceContext.actorAfter;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.attributive;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.containerOfNext;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.firmlyAfter;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.firmlyLocative;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.kindAfter;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.kindOf;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.kindWordAt;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.locative;
import static org.casualtyclaims.engine.place.mentions.PlaceContext.particleInName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.place.lexicon.WordFacts;

/**
 * Finds the places a sentence names: gazetteer names written with a capital, and names the
 * wording alone marks as places ("in Nyaung Kone", "Watalinga chiefdom"). Demonyms ("North
 * Korean troops") and words that are never places are passed over; each place is marked as
 * where something happened ("killed in Kunduz") or where a speaker sits ("the ministry in Kabul").
 */
public final class PlaceScanner {
  /** The most words of a name the wording alone can mark as a place. */
  private static final int MAX_UNKNOWN_WORDS = 4;
  /** The most words of a gazetteer name a scan tries ("Bosnia and Herzegovina" has three). */
  private static final int MAX_NAME_WORDS = 6;
  /** The longest initials of a body that may spell a town's name ("UN"). */
  private static final int ACRONYM = 3;
  /** A town this populous counts even without "in" before it. */
  private static final long PROMINENT_TOWN = 100_000;
  /**
   * The words the rules below and {@link CorrectedPlaces} compare a word's key with: {@link
   * AnchorWords} files them, so that a word the lexicon lacks needs no key to differ from them.
   */
  public static final Set<String> RULE_WORDS = Set.of("the", "of", "in", "at", "a", "an", "and",
      "other", "said", "told", "county", "near", "outside", "inside", "from", "to", "his", "her",
      "its", "their", "has", "have", "had", "by", "who", "they");

  private final Gazetteer gazetteer;
  private final Set<String> personNouns;
  private final CorrectedPlaces corrected;
  private final JourneyPlaces journeys;
  private final PeopleNotPlaces people;
  private final AppositivePlaces appositives;
  private final FeaturesBesidePlaces features = new FeaturesBesidePlaces();
  private final AnchorWords lexicon;
  private final WordFacts.Table facts;

  /**
   * @param personNouns nouns for people: "UK nationals" uses a place as a nationality
   * @param lexicon the words a sentence is split into are looked up in
   */
  public PlaceScanner(Gazetteer gazetteer, Set<String> personNouns,
      AnchorWords lexicon) {
    this.gazetteer = gazetteer;
    this.personNouns = personNouns;
    this.corrected = new CorrectedPlaces(gazetteer);
    this.journeys = new JourneyPlaces(personNouns);
    this.people = new PeopleNotPlaces(personNouns);
    this.lexicon = lexicon;
    this.facts = new WordFacts.Table(gazetteer);
    this.appositives = new AppositivePlaces(gazetteer, lexicon);
  }

  /** The words of {@code text}, for the scan and the event stage. */
  public SentenceWords words(String text) {
    return SentenceWords.split(text, lexicon, facts);
  }

  /**
   * The places the sentence of {@code ws} names, in order; the countries of the demonyms it uses ("Afghan
   * officials") go to {@code demonymCountries}, and those of countries' names used as
   * nationalities ("US troops") to {@code nationalities}, each when not null.
   */
  public List<PlaceMention> scan(SentenceWords ws, List<String> demonymCountries,
      List<String> nationalities) {
    String text = ws.text();
    List<PlaceMention> found = new ArrayList<>(2);
    int n = ws.size();
    // in a headline written in title case every word has a capital: only known names count
    boolean titleCase = titleCase(text, ws);
    for (int i = 0; i < n; i++) {
      if (!ws.capital(i)) {
        continue;
      }
      if (SpeakerPlaces.shareOf(ws, i)) {
        continue; // "Most of the dead were in ...": a share, not the Czech town
      }
      PlaceWords.Role role = ws.role(i);
      if (role != null && role != PlaceWords.Role.LOCATIVE && role != PlaceWords.Role.SPEAKER
          && !(role == PlaceWords.Role.DIRECTION && (longest(text, ws, i, false) > 1
              || longest(text, ws, i, false) == 1 && i + 1 < n
                  && ws.is(i + 1, PlaceWords.Role.ADMIN) && ws.joined(i + 1)))) {
        // "Southern" opens the place after it (not "North Kordofan"), but names one before a
        // division ("in Western province"); "State TV" is none
        continue;
      }
      int demonym = longest(text, ws, i, true);
      int place = longest(text, ws, i, false);
      // "the Somali region" names a region, not Somalis; "the Somali town of Jilib" a town of
      // Somalia
      if (demonym > 0 && demonym >= place && !(place > 0 && kindWordAt(ws, i + place)
          && kindOf(ws.key(i + place)) != Place.Kind.TOWN)) {
        String country =
            gazetteer.demonymCountry(text, ws.start(i), ws.end(i + demonym - 1));
        if (demonymCountries != null
            && !BorderNeighbours.across(text, ws.start(i), ws.end(i + demonym - 1))
            && !attacker(ws, i + demonym)) {
          // not "the Algerian border": the far side of one; nor "Israeli strikes": the attacker
          demonymCountries.add(country);
        }
        int next = i + demonym;
        if (next < n && ws.joined(next) && ws.is(next, PlaceWords.Role.WAR)
            && gazetteer.country(country) != null) {
          // "the Syrian conflict" is fought in Syria
          found.add(new PlaceMention(ws.start(i), ws.end(next - 1),
              gazetteer.country(country).name(), List.of(gazetteer.country(country)), null, true,
              false, null));
        }
        i += demonym - 1; // "North Korean troops": people, not a place
        continue;
      }
      if (place > 0) {
        List<Place> places = places(text, ws, i, place);
        boolean person = people.person(ws, i);
        PlaceMention m = person ? null : mention(text, ws, i, i + place, places);
        int run = titleCase || person ? 0 : unknownRun(ws, i);
        // the run must end in a kind of place ("the Moe Kaung village", "the Wadi al-Shay area",
        // though Moe and Wadi are towns of the gazetteer) or, when the listed name alone is no
        // place, follow "in" or "at" itself ("at Tarapur MIDC"): "at the Riverside Music
        // Festival" names an event
        PlaceMention longer = run > place
            && (kindAfter(ws, i + run) >= 0 || m == null && firmlyAfter(ws, i))
            ? mention(text, ws, i, i + run, List.of()) : null;
        if (longer != null) {
          found.add(longer); // "the Moe Kaung village": a listed "Moe" opens an unlisted name
          i += run - 1;
          continue;
        }
        if (m != null) {
          found.add(m);
        } else if (nationalities != null) {
          String nation = people.nationality(ws, i + place, places);
          if (nation != null) {
            nationalities.add(nation); // "Myanmar's military", "US troops"
          }
        }
        i += place - 1;
        continue;
      }
      int run = titleCase ? 0 : unknownRun(ws, i);
      if (run > 0) {
        PlaceMention m = mention(text, ws, i, i + run, List.of());
        if (m != null) {
          found.add(m);
          i += run - 1;
        }
      }
    }
    List<PlaceMention> completed = BorderNeighbours.marked(text,
        appositives.add(text, ws, corrected.complete(text, ws, found)));
    // after the journeys: a river beside a place people set out from keeps the event
    return features.mark(ws, journeys.mark(text, ws, completed));
  }

  /**
   * Whether a word of attack ({@code actor} in place-words.tsv) follows a demonym that ends
   * before word {@code next}, at once or after one word ("Israeli strikes", "Russian drone
   * strikes"): the demonym names the attacker, not the country of the place attacked.
   */
  private static boolean attacker(SentenceWords ws, int next) {
    for (int k = next; k < Math.min(ws.size(), next + 2); k++) {
      if (!ws.joined(k)) {
        return false;
      }
      if (ws.is(k, PlaceWords.Role.ACTOR)) {
        return true;
      }
    }
    return false;
  }

  private List<Place> places(String text, SentenceWords ws, int i, int words) {
    return gazetteer.lookup(text, ws.start(i), ws.end(i + words - 1));
  }

  /**
   * The mention of words [from, to), with a kind word after it and a compass word before it; null
   * when the wording does not make it a place.
   */
  private PlaceMention mention(String text, SentenceWords ws, int from, int to, List<Place> places) {
    int start = ws.start(from);
    int end = ws.end(to - 1);
    int last = to;
    Place.Kind hint = null;
    boolean typed = false;
    boolean countryOfPlace = false;
    int kind = kindAfter(ws, to);
    if (kind >= 0 && !ws.possessive(to - 1)) {
      PlaceWords.Role role = ws.role(kind);
      if (allOfKind(places, Place.Kind.COUNTRY) && kindOf(ws.key(kind)) == Place.Kind.TOWN) {
        countryOfPlace = true; // "an attack on a Sudan village" happened in Sudan
      } else {
        typed = true;
        // "the Nuseirat refugee camp": a camp named after a listed town lies at that town, in
        // its country, whichever other countries the story names
        hint = kind == to || places.isEmpty() ? kindOf(ws.key(kind)) : null;
        last = kind + 1;
        if (role != PlaceWords.Role.DROP && !PlaceContext.harbourAt(ws, kind)) {
          end = ws.end(kind);
        }
      }
    }
    int before = from - 1;
    boolean direction = false;
    if (before >= 0 && ws.is(before, PlaceWords.Role.DIRECTION)) {
      direction = true;
      start = ws.start(before);
      before--;
    }
    if (hint == Place.Kind.TOWN && allOfKind(places, Place.Kind.TOWN)
        && attributive(ws, before, kind) && !partOfLargerTown(text, ws, kind, places)) {
      // "the Meridian town of Tolvany", "the northern Meridian town", "the Dallas suburb of
      // Allen": X describes it
      return null;
    }
    if (places.isEmpty() && typed && ws.capital(kind) && kind + 1 < ws.size()
        && ws.joined(kind + 1) && ws.capital(kind + 1)) {
      return null; // "Chief District Officer": a title or a body's name, not a place
    }
    boolean locative = locative(ws, before) || countryOfPlace
        || PlaceContext.pluralKindOf(text, ws, before, lexicon); // "the towns of Yocalla and"
    int after = last < ws.size() && ws.joined(last) ? last : -1;
    if (!places.isEmpty() && !typed && after >= 0) {
      if (!locative && (personNouns.contains(ws.key(after))
          || ws.is(after, PlaceWords.Role.ATTRIBUTIVE))) {
        return null; // "UK nationals", "US troops", "a US air strike": who, not where
      }
      if (ws.capital(after) && (ws.role(after) == null
          || ws.is(after, PlaceWords.Role.BUILDING))) {
        return null; // "the Bangkok Post", "Kenya National Commission": part of another name
      }
      if (PlaceContext.insideBodysName(ws, before, from, after)) {
        return null; // "the National Unity Government": a body's name, not South Sudan's Unity
      }
      locative |= ws.is(after, PlaceWords.Role.WAR); // "the Yemen conflict"
    }
    boolean speaker = SpeakerPlaces.before(ws, before) || SpeakerPlaces.distanceBefore(ws, before)
        || SpeakerPlaces.partBefore(ws, before, last)
        || SpeakerPlaces.after(text, ws, last, end, locative)
        || from == 0 && SpeakerPlaces.appositionAfter(text, ws, last, end)
        || !locative && allOfKind(places, Place.Kind.COUNTRY) && actorAfter(ws, last);
    if (places.isEmpty()) {
      String bare = text.substring(ws.start(from), ws.end(to - 1));
      if (!(typed || locative && firmlyLocative(ws, before)) || speaker
          || bare.equals(bare.toUpperCase(java.util.Locale.ROOT))
          || PeopleNotPlaces.ownerOfThing(ws, to)) {
        return null; // "in Human Rights Watch's report" names no place
      }
    } else if (!locative && !direction && !typed && !countryOrRegion(places)
        && (from == 0 || maxPopulation(places) < PROMINENT_TOWN)) {
      return null; // a small town's name used as some other word
    }
    if (ws.possessive(to - 1) && containerOfNext(ws, to)
        || CapitalPhrases.capitalAfter(ws, last)) {
      // "in Nigeria's commercial capital Lagos", "in the Chechen capital Grozny": Lagos and Grozny
      // are where
      locative = false;
    }
    String named = text.substring(start, end);
    if (!places.isEmpty() && named.equals(named.toUpperCase(java.util.Locale.ROOT))) {
      if (named.length() <= ACRONYM && allOfKind(places, Place.Kind.TOWN)) {
        return null; // "a UN convoy": a body's initials, not the town of Un
      }
      named = places.get(0).name(); // "KABUL" in a dateline-like opening
    }
    // "the Yemeni port of Ras Isa": the demonym gives a name the gazetteer lacks its country
    String country = places.isEmpty() && before > 0 && ws.keyIs(before, "of")
        ? PlaceContext.describingCountry(ws, before - 1) : null;
    return new PlaceMention(start, end, named, places, hint, locative || typed, speaker, country);
  }

  /**
   * Whether the places before a part of a town ("neighbourhood", "suburb" at word {@code kind})
   * are smaller than the town named after it with "of": "the San Juan de Abajo neighbourhood of
   * Leon" is a part of Leon, where "the Dallas suburb of Allen" names Allen, a suburb of Dallas.
   */
  private boolean partOfLargerTown(String text, SentenceWords ws, int kind, List<Place> places) {
    if (!PlaceContext.partOfTown(ws, kind) || kind + 2 >= ws.size()) {
      return false;
    }
    int town = longest(text, ws, kind + 2, false);
    return town > 0
        && maxPopulation(places(text, ws, kind + 2, town)) > maxPopulation(places);
  }

  /** Whether every one of {@code places}, and at least one, is of {@code kind}. */
  static boolean allOfKind(List<Place> places, Place.Kind kind) {
    for (Place p : places) {
      if (p.kind() != kind) {
        return false;
      }
    }
    return !places.isEmpty();
  }

  private static boolean countryOrRegion(List<Place> places) {
    for (Place p : places) {
      if (p.kind() != Place.Kind.TOWN || p.population() >= 1_000_000) {
        return true;
      }
    }
    return false;
  }

  private static long maxPopulation(List<Place> places) {
    long max = 0;
    for (Place p : places) {
      max = Math.max(max, p.population());
    }
    return max;
  }

  /** The most words from {@code i} that form a demonym (or a place name); 0 when none. */
  private int longest(String text, SentenceWords ws, int i, boolean demonym) {
    int words = demonym ? ws.facts(i).demonymWords() : ws.facts(i).nameWords();
    if (words == 0) {
      return 0; // no name starts with this word
    }
    int limit = Math.min(ws.size(), i + Math.min(MAX_NAME_WORDS, words));
    for (int j = limit; j > i; j--) {
      if (!joinedRun(ws, i, j)) {
        continue;
      }
      int from = ws.start(i);
      int to = ws.end(j - 1);
      if (demonym ? gazetteer.demonymCountry(text, from, to) != null
          : !gazetteer.lookup(text, from, to).isEmpty()) {
        return j - i;
      }
    }
    return 0;
  }

  /**
   * Words [i, j) run on with spaces only and end on a capital. A possessive inside the run is
   * left to the gazetteer: "Cox's Bazar" and "King's Lynn" are listed, "Bangladesh's Cox" is not.
   */
  private static boolean joinedRun(SentenceWords ws, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      if (!ws.joined(k)) {
        return false;
      }
    }
    // "Deir ez-Zor", "Deir al-Balah": a name may end on a particle joined to a capital
    return ws.capital(j - 1) || j - 1 > i && ws.particleName(j - 1);
  }

  private static boolean titleCase(String text, SentenceWords ws) {
    int capitals = 0;
    int letters = 0; // "Death Toll Climbs to 400": a number has no case
    for (int k = 0; k < ws.size(); k++) {
      capitals += ws.capital(k) ? 1 : 0;
      letters += Character.isDigit(text.charAt(ws.start(k))) ? 0 : 1;
    }
    return letters >= 4 && capitals * 3 > letters * 2;
  }

  /** Capitalised words from {@code i} that no lexicon knows: a place only by its wording. */
  private int unknownRun(SentenceWords ws, int i) {
    int k = i;
    while (k < ws.size() && k - i < MAX_UNKNOWN_WORDS
        // "Wadi al-Shay", "San Juan de Abajo"
        && (ws.capital(k) || k > i && (ws.particleName(k) || particleInName(ws, k)))
        && (k == i || (ws.joined(k) && !ws.possessive(k - 1)))
        && (ws.role(k) == null || k > i && particleInName(ws, k))
        && ws.facts(k).demonymCountry() == null) {
      k++;
    }
    while (k > i + 1 && particleInName(ws, k - 1)) {
      k--; // a name cut short by its length ends on its last capitalised word
    }
    if (k > i && k < ws.size() && ws.capital(k) && ws.joined(k) && !ws.possessive(k - 1)
        && ws.is(k, PlaceWords.Role.NOT_PLACE)) {
      return 0; // "the Anti-Terrorist Operation zone": a name that runs on into no place's word
    }
    return k - i;
  }
}
