package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * The country the wording around a name puts it in: "Augusta, Italy" after it, "Peru's southern
 * Andes" or "Nepal's Gorkha district" before it, "the Italian island of Lampedusa" in a demonym.
 * It settles which of the gazetteer's places of that name the text means, or the country of a
 * name the gazetteer lacks.
 */
final class OwningCountries {
  /** A town this populous keeps its country though another country's name owns it. */
  private static final long OWNED_TOWN = 100_000;

  private final Gazetteer gazetteer;

  OwningCountries(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * {@code fixed} (the scanner's {@code read}, corrected) settled in the country the places around
   * it say; the same mention when none does. The wording is tested on {@code read} and its
   * neighbours {@code before} and {@code next} (null when none), all as the scanner found them.
   */
  PlaceMention settle(String text, SentenceWords ws, PlaceMention before, PlaceMention read,
      PlaceMention fixed, PlaceMention next) {
    String town = next != null && read.partOfTown() && next.follows(text, read, " of ")
        ? Candidates.oneCountry(next.candidates()) : null;
    if (town != null) {
      return partOf(fixed, town); // "the San Miguel neighbourhood of Celaya"
    }
    String after = next != null ? countryAfter(text, read, next) : null;
    if (after != null) {
      return inCountry(fixed, after); // "the port of Augusta, Italy", "Moore, Oklahoma"
    }
    String owner = before != null ? ownerCountry(text, before, read, division(ws, read)) : null;
    if (owner != null) {
      return inCountry(fixed, owner); // "Peru's southern Andes" is no Colombian town
    }
    if (!fixed.known() && fixed.countryHint() == null) {
      String country = countryOwning(text, ws, fixed);
      if (country != null) {
        return inCountry(fixed, country); // "Nepal's Gorkha district": in Nepal
      }
    }
    return fixed;
  }

  /**
   * A neighbourhood or suburb named before "of" and its town, in the town's country: no town of
   * the gazetteer that shares its name ("San Miguel" of El Salvador), but a part of the town.
   */
  private static PlaceMention partOf(PlaceMention part, String country) {
    return new PlaceMention(part.start(), part.end(), part.named(), List.of(), Place.Kind.TOWN,
        part.locative(), part.speaker(), country);
  }

  /**
   * {@code m} in the country a demonym before its kind of place says ("the Italian island of
   * Lampedusa", "the Mexican hamlet of La Pintada"); not "the Somali region of Ethiopia", which
   * names a country itself. The same mention when there is none.
   */
  static PlaceMention demonymSaid(SentenceWords ws, PlaceMention m) {
    int first = ws.indexStarting(m.start());
    if (first < 3 || ws.indexEnding(m.end()) < 0 || !Candidates.allTowns(m.candidates())
        || !ws.keyIs(first - 1, "of") || !PlaceContext.kindRole(ws.role(first - 2))) {
      return m;
    }
    String said = ws.facts(first - 3).demonymCountry();
    return said != null ? inCountry(m, said) : m;
  }

  /**
   * The country of the place written after a town's name and a comma ("Augusta, Italy"; "Moore,
   * Oklahoma"), or null: it settles which town of that name the text means.
   */
  private static String countryAfter(String text, PlaceMention m, PlaceMention next) {
    if (!Candidates.allTowns(m.candidates()) || m.candidates().size() < 2
        || !text.startsWith(", ", m.end()) || next.start() != m.end() + 2) {
      return null;
    }
    String country = Candidates.oneCountry(next.candidates());
    return country != null && next.candidates().get(0).kind() != Place.Kind.TOWN ? country : null;
  }

  /**
   * The country that owns a place ("Peru's southern Andes", "Mexico's Jalisco state") when the
   * place's name is elsewhere only a small town, or a town of several countries, one of them the
   * owner, or not a place of the gazetteer at all, or a division of another country ("Sri
   * Lanka's Central Province"); else null. "Ukraine's Kursk offensive" keeps Kursk in Russia.
   */
  private static String ownerCountry(String text, PlaceMention owner, PlaceMention m,
      boolean division) {
    String gap = text.substring(owner.end(), Math.max(owner.end(), m.start()));
    if (!gap.equals("'s ") && !gap.equals("\u2019s ") || !owner.known()
        || owner.candidates().get(0).kind() != Place.Kind.COUNTRY
        || !Candidates.allTowns(m.candidates()) && !division) {
      // "Sri Lanka's Central Province" is no province of Zambia; "Ukraine's Kursk offensive"
      // keeps Kursk in Russia
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

  /** Whether a mention ends in a division: "Central Province", "Kunduz province". */
  private static boolean division(SentenceWords ws, PlaceMention m) {
    int last = ws.indexEnding(m.end());
    return last >= 0 && ws.is(last, PlaceWords.Role.ADMIN);
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
      String country = gazetteer.countryNamed(text, ws.start(from), ws.end(first - 1));
      if (country != null) {
        return country;
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

  /** A mention's places in {@code country}; a place the gazetteer lacks there when none is. */
  static PlaceMention inCountry(PlaceMention m, String country) {
    List<Place> there = new ArrayList<>(1);
    for (Place p : m.candidates()) {
      if (country.equals(p.country())) {
        there.add(p);
      }
    }
    return new PlaceMention(m.start(), m.end(), m.named(), there, m.kindHint(), m.locative(),
        m.speaker(), there.isEmpty() ? country : m.countryHint());
  }
}
