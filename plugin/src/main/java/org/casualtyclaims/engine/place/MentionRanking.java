package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/** How the places of a sentence rank for a figure: put there, specific, near. */
final class MentionRanking {
  private MentionRanking() {}

  static List<PlaceMention> locatives(List<PlaceMention> events) {
    List<PlaceMention> out = new ArrayList<>(events.size());
    for (PlaceMention m : events) {
      if (m.locative()) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The place a figure is most likely tied to: put there by a preposition, then the most
   * specific, then the nearest to the figure.
   */
  static PlaceMention best(List<PlaceMention> events, int offset) {
    PlaceMention best = null;
    for (PlaceMention m : events) {
      if (best == null || better(m, best, offset)) {
        best = m;
      }
    }
    return best;
  }

  static boolean better(PlaceMention a, PlaceMention b, int offset) {
    if (a.locative() != b.locative()) {
      return a.locative();
    }
    int sa = specificity(a);
    int sb = specificity(b);
    if (sa != sb) {
      return sa > sb;
    }
    return distance(a, offset) < distance(b, offset);
  }

  private static int distance(PlaceMention m, int offset) {
    return m.start() >= offset ? m.start() - offset : offset - m.end();
  }

  /** A place of no country, a sea: less specific than the country whose coast it washes. */
  static final int SEA = 0;
  /** A place the gazetteer lacks: a village, a district, a neighbourhood. */
  static final int UNKNOWN = 4;
  /** A settlement the gazetteer lacks, as the text calls it: "the village of Shaq al-Num". */
  static final int UNKNOWN_SETTLEMENT = 5;

  private static int unknownSpecificity(PlaceMention m) {
    if (m.kindHint() == Place.Kind.REGION) {
      // "the southern Muthanna province": a first-level region, coarser than a town in it
      return Place.Kind.REGION.ordinal() + 1;
    }
    return m.kindHint() == Place.Kind.TOWN ? UNKNOWN_SETTLEMENT : UNKNOWN;
  }
  /** The level of a town, between a region (2) and a place the gazetteer lacks. */
  static final int TOWN = 3;

  /**
   * How fine a resolved place is: 1 a country, 2 a region, 3 a town, 4 a place the gazetteer
   * lacks ("Dashti Archi district"), 5 a settlement it lacks ("Horrah village"), unless the text
   * calls it a region ("Gezira State").
   */
  static int level(PlaceMention m, PlaceChoice choice) {
    if (!m.known() && m.kindHint() == Place.Kind.REGION) {
      return Place.Kind.REGION.ordinal() + 1;
    }
    return specificity(m, choice);
  }

  /** A place only the wording names beats a town, a town a region, a region a country. */
  static int specificity(PlaceMention m, PlaceChoice choice) {
    if (!m.known() || choice.place() == null) {
      return unknownSpecificity(m);
    }
    if (choice.country() == null) {
      return SEA; // "in the Mediterranean off the coast of Libya": Libya is where
    }
    // the gazetteer's kind wins: "the province of Ascoli Piceno" found only a town of that name
    return choice.place().kind().ordinal() + 1;
  }

  /** Before a place is resolved: the most specific kind its name may be. */
  static int specificity(PlaceMention m) {
    if (!m.known()) {
      return unknownSpecificity(m);
    }
    if (m.kindHint() != null) {
      return m.kindHint().ordinal() + 1;
    }
    int best = SEA;
    for (Place p : m.candidates()) {
      best = Math.max(best, p.country() == null ? SEA : p.kind().ordinal() + 1);
    }
    return best;
  }
}
