package org.casualtyclaims.engine.place.mentions;

import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.attribution.PersonNames;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Gazetteer names that stand for people, not places: a person's name ("Mr Lincoln", "Tom
 * Lincoln", "according to Lincoln"), what a person says ("in Lammy's words"), and a country's
 * name used as a nationality ("US troops", "Myanmar's military"). People are read as the
 * attribution stage reads them ({@link PersonNames}: its titles and common words).
 */
final class PeopleNotPlaces {
  /** Whose words, not where: what a person's name owns in "in Lammy's words". */
  private static final Set<String> THINGS_SAID = Set.of("words", "view", "request", "statement",
      "account", "opinion", "estimate", "remarks", "behalf", "absence");

  /** Titles before a person's name, as the attribution stage reads them ("mr", "dr"). */
  private static final Set<String> PERSON_TITLES = PersonNames.titles();
  /** Common words that are no given name when capitalised ("The", "This"), and the titles. */
  private static final Set<String> NOT_NAMES = PersonNames.notNames();

  private final Set<String> personNouns;

  PeopleNotPlaces(Set<String> personNouns) {
    this.personNouns = personNouns;
  }

  /**
   * Whether the gazetteer's name at word {@code k} is a person's: after a title ("Mr Lammy", "Dr.
   * Lincoln"), after a given name ("Tom Lincoln", but not "in Ras Baalbek" or "the Moe
   * Kaung"), or as whom a figure is attributed to ("according to Lincoln").
   */
  boolean person(SentenceWords ws, int k) {
    int before = k - 1;
    if (before < 0) {
      return false;
    }
    if (before > 0 && ws.keyIs(before, "to") && ws.keyIs(before - 1, "according")) {
      // "according to Lincoln," but not "according to Carver County Coroner Linda Fisk"
      return k + 1 >= ws.size() || !ws.joined(k + 1) || !ws.capital(k + 1);
    }
    String gap = ws.text().substring(ws.end(before), ws.start(k));
    if (!gap.equals(" ") && !gap.equals(". ")) {
      return false;
    }
    String key = ws.key(before);
    if (PERSON_TITLES.contains(key)) {
      return true;
    }
    return gap.equals(" ") && ws.capital(before) && !ws.possessive(before)
        && ws.role(before) == null && ws.facts(before).demonymCountry() == null
        && !NOT_NAMES.contains(key) && (before == 0 || !opensPlace(ws, before - 1));
  }

  /** "in", "the", "of", "to", "from" before a name: a place's name may run on from it. */
  private static boolean opensPlace(SentenceWords ws, int k) {
    return ws.is(k, PlaceWords.Role.LOCATIVE) || ws.keyIs(k, "the") || ws.keyIs(k, "of")
        || ws.keyIs(k, "to") || ws.keyIs(k, "from");
  }

  /**
   * The country of a country's name used as a nationality, before people or an attack ("US
   * troops", "Myanmar's military", "a US air strike"), else null.
   */
  String nationality(SentenceWords ws, int next, List<Place> places) {
    if (next >= ws.size() || !ws.joined(next) || !PlaceScanner.allOfKind(places, Place.Kind.COUNTRY)
        || places.size() != 1) {
      return null;
    }
    return personNouns.contains(ws.key(next)) || ws.is(next, PlaceWords.Role.ATTRIBUTIVE)
        ? places.get(0).country() : null;
  }

  /**
   * Whether a name the gazetteer lacks owns a thing that is no place: "in Lammy's words", "at
   * Lammy's request" (but "in Tolvany's northern suburbs", "in Dunmar's market" may be places).
   */
  static boolean ownerOfThing(SentenceWords ws, int next) {
    return ws.possessive(next - 1) && next < ws.size() && ws.joined(next) && !ws.capital(next)
        && ws.role(next) == null && THINGS_SAID.contains(ws.key(next));
  }
}
