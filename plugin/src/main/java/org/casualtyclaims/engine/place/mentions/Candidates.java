package org.casualtyclaims.engine.place.mentions;

import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Place;

/** What a mention's gazetteer places have in common, as the construction readers ask it. */
final class Candidates {
  private Candidates() {}

  /** Whether every place is a town; true for none (a name the gazetteer lacks). */
  static boolean allTowns(List<Place> places) {
    for (Place p : places) {
      if (p.kind() != Place.Kind.TOWN) {
        return false;
      }
    }
    return true;
  }

  /** Whether every place lies in a country: a sea's own name stays ("Mediterranean Sea"). */
  static boolean allInCountries(List<Place> places) {
    for (Place p : places) {
      if (p.country() == null) {
        return false;
      }
    }
    return true;
  }

  /** The one country all the places lie in, or null (none, or several). */
  static String oneCountry(List<Place> places) {
    String code = null;
    for (Place p : places) {
      if (p.country() == null || code != null && !code.equals(p.country())) {
        return null;
      }
      code = p.country();
    }
    return code;
  }
}
