package org.casualtyclaims.engine.place.mentions;

import java.util.Set;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * What the words around a name say of it: whether something happens there ("in", "the town of",
 * "in Russia's"), whether a kind of place runs on from it ("Kunduz province"), whether it acts
 * ("Russia fired"). {@link PlaceScanner} and the other readers of mentions ask these of a
 * sentence's words.
 */
final class PlaceContext {
  /** Kinds of place that lie inside a town, named before "of" and the town. */
  private static final Set<String> PART_OF_TOWN = Set.of("neighbourhood", "neighborhood", "suburb");
  /**
   * Settlements named only before "of" ("the border community of Ayati"): after a name, "the
   * Dogon community" is a people, not a place, so these are no kind of place.
   */
  private static final Set<String> COMMUNITIES = Set.of("community", "communities");
  /** Words for a port: "the Yemeni port of Hodeidah", "the Ras Isa fuel port". */
  private static final Set<String> HARBOURS = Set.of("port", "harbour", "harbor");
  /** Nouns of an attack whose "on" names the place attacked: "an overnight raid on Mozogo". */
  private static final Set<String> ATTACKS =
      Set.of("raid", "raids", "attack", "attacks", "assault", "assaults");

  private PlaceContext() {}

  /** Whether word {@code k} is a kind of place inside a town: "the Solino neighbourhood of". */
  static boolean partOfTown(SentenceWords ws, int k) {
    return partOfTown(ws.key(k));
  }

  /** Whether a word's key names a kind of place inside a town. */
  static boolean partOfTown(String key) {
    return PART_OF_TOWN.contains(key);
  }

  /**
   * Whether a name of words [{@code from}, {@code after}) stands inside a body's capitalised
   * name, between a capitalised word ({@code before}) and a capitalised speaker's word: "the
   * National Unity Government" is no place of South Sudan's Unity state.
   */
  static boolean insideBodysName(SentenceWords ws, int before, int from, int after) {
    return ws.capital(after) && ws.is(after, PlaceWords.Role.SPEAKER) && before > 0
        && before == from - 1 && ws.joined(from) && ws.capital(before) && !ws.possessive(before)
        && (ws.role(before) == null || ws.is(before, PlaceWords.Role.ATTRIBUTIVE));
  }

  /** Whether "in", "at", "near" or "outside" stands right before word {@code k}. */
  static boolean firmlyAfter(SentenceWords ws, int k) {
    return k > 0 && !ws.keyIs(k - 1, "the") && !ws.keyIs(k - 1, "of")
        && firmlyLocative(ws, k - 1);
  }

  /** Whether a capitalised word follows within three words: "Nigeria's commercial capital Lagos". */
  static boolean containerOfNext(SentenceWords ws, int next) {
    for (int k = next; k < Math.min(ws.size(), next + 3); k++) {
      if (ws.capital(k)) {
        return true;
      }
    }
    return false;
  }

  /** "in", "in the", "in Russia's", "the region of": something happens at the place. */
  static boolean locative(SentenceWords ws, int before) {
    if (kindBefore(ws, before)) {
      return true;
    }
    if (before > 0 && neighbouring(ws, before)) {
      before--; // "in neighbouring Chad"
    }
    int k = before;
    // "in Nigeria's commercial capital Lagos", "in Russia's Kursk region"
    for (int skipped = 0; k >= 0 && skipped < 3 && !ws.capital(k) && !ws.possessive(k)
        && ws.role(k) == null; skipped++) {
      k--;
    }
    if (k >= 0 && ws.possessive(k) && ws.capital(k)) {
      k--;
    } else {
      k = CapitalPhrases.beforeRegion(ws, before);
    }
    if (k >= 0 && ws.keyIs(k, "the")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    if (ws.keyIs(k, "of") && k > 0) {
      PlaceWords.Role role = ws.role(k - 1);
      if (k > 1 && neighbouring(ws, k - 2)) {
        return false; // "a resident of the neighbouring village of Sangha-Kan": another place
      }
      // "the town of Khash", "the River of ...", "west of Khan Younis", "the community of Ayati"
      return role == PlaceWords.Role.ADMIN || role == PlaceWords.Role.TYPE
          || role == PlaceWords.Role.DROP || role == PlaceWords.Role.FEATURE
          || role == PlaceWords.Role.DIRECTION || COMMUNITIES.contains(ws.key(k - 1))
          || describingCountry(ws, k - 1) != null;
    }
    return ws.is(k, PlaceWords.Role.LOCATIVE);
  }

  /**
   * The country whose demonym describes the harbour at word {@code noun}, before "of": "the
   * Yemeni fuel port of Ras Isa" is a place of Yemen, as "the Yemeni town of" would make it;
   * null when none does. Without a demonym, "the port of" is too often only where survivors were
   * taken.
   */
  static String describingCountry(SentenceWords ws, int noun) {
    if (noun < 2 || !HARBOURS.contains(ws.key(noun))) {
      return null;
    }
    for (int j = noun - 1; j >= Math.max(1, noun - 2); j--) {
      String country = ws.facts(j).demonymCountry();
      if (country != null) {
        boolean opened = ws.keyIs(j - 1, "the") || j > 1 && ws.keyIs(j - 2, "the")
            && ws.facts(j - 1).demonymCountry() != null; // "the North Macedonian port of"
        return opened ? country : null;
      }
      if (ws.capital(j) || ws.role(j) != null && !ws.is(j, PlaceWords.Role.KIND_PREFIX)) {
        return null; // "the Yemeni fuel port of": a word of what the port is for may stand between
      }
    }
    return null;
  }

  private static boolean neighbouring(SentenceWords ws, int k) {
    return neighbouring(ws.key(k));
  }

  static boolean neighbouring(String key) {
    return key.equals("neighbouring") || key.equals("neighboring") || key.equals("nearby");
  }

  /**
   * Whether "of" at word {@code before} follows a plural kind of place: "between the towns of
   * Yocalla and Potosi", "in the provinces of Hama and al-Ghab".
   */
  static boolean pluralKindOf(String text, SentenceWords ws, int before, AnchorWords lexicon) {
    if (before < 1 || !ws.keyIs(before, "of") || ws.capital(before - 1)) {
      return false;
    }
    int start = ws.start(before - 1);
    int end = ws.end(before - 1);
    if (end - start < 4 || text.charAt(end - 1) != 's') {
      return false;
    }
    int id = lexicon.id(PlaceKeys.key(text.substring(start, end - 1)));
    return id != AnchorWords.UNKNOWN && kindRole(lexicon.role(id))
        && lexicon.role(id) != PlaceWords.Role.FEATURE;
  }

  /** "at their province Logar", "in the district Chak": a preposition, a determiner, a kind. */
  static boolean kindBefore(SentenceWords ws, int before) {
    if (before < 2 || !kindWordAt(ws, before)) {
      return false;
    }
    boolean determiner = ws.keyIs(before - 1, "the") || ws.keyIs(before - 1, "his")
        || ws.keyIs(before - 1, "her") || ws.keyIs(before - 1, "its")
        || ws.keyIs(before - 1, "their");
    return determiner && ws.is(before - 2, PlaceWords.Role.LOCATIVE);
  }

  /**
   * Whether the word before a name the gazetteer lacks puts something there firmly: "in", "at",
   * "near", "outside", "off" ("sank off Pylos"; not "on", which also opens dates and topics),
   * and "on" after a raid or an attack ("a raid on Mozogo"), whose target is where it happened.
   */
  static boolean firmlyLocative(SentenceWords ws, int before) {
    int k = before;
    if (k >= 0 && ws.keyIs(k, "the")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    return switch (ws.key(k)) {
      case "in", "at", "near", "outside", "inside", "of", "off" -> true;
      case "on" -> k > 0 && ws.joined(k) && ATTACKS.contains(ws.key(k - 1))
          && !people(ws, before + 1);
      default -> false;
    };
  }

  /**
   * Whether the capitalised word {@code k} after an attack's "on" is a plural, as the names of
   * peoples and faiths are ("an attack on Christians"), where a village's name is singular.
   */
  private static boolean people(SentenceWords ws, int k) {
    if (k >= ws.size()) {
      return false;
    }
    String key = ws.key(k);
    return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss");
  }

  /**
   * "Russia fired missiles", "Israel has launched strikes": a verb of attack right after a
   * country makes it the attacker; "Turkey hit by an earthquake" is where it happened.
   */
  static boolean actorAfter(SentenceWords ws, int next) {
    int k = next;
    if (k < ws.size() && ws.joined(k)
        && (ws.keyIs(k, "has") || ws.keyIs(k, "have") || ws.keyIs(k, "had"))) {
      k++;
    }
    return k < ws.size() && ws.joined(k) && ws.is(k, PlaceWords.Role.ACTOR)
        && !(k + 1 < ws.size() && ws.keyIs(k + 1, "by"));
  }

  static Place.Kind kindOf(String typeWord) {
    return switch (typeWord) {
      case "city", "town", "village", "hamlet", "camp", "neighbourhood", "neighborhood",
          "suburb" -> Place.Kind.TOWN;
      case "region", "province", "oblast", "governorate", "state", "krai", "prefecture",
          "territory" -> Place.Kind.REGION;
      // "district", "county" and the like lie below a first-level region: no hint
      default -> null;
    };
  }

  /** Whether a word's role names a kind of place that keeps its name: not "area" (a drop). */
  static boolean kindRole(PlaceWords.Role role) {
    return role == PlaceWords.Role.TYPE || role == PlaceWords.Role.ADMIN
        || role == PlaceWords.Role.FEATURE;
  }

  /**
   * Where the kind of place after a name that ends before word {@code k} stands: at {@code k}
   * ("Dadaab camp"), or past a word that says what the settlement or port is for ("the Nuseirat
   * refugee camp", "the Ras Isa fuel port"); -1 when none does.
   */
  static int kindAfter(SentenceWords ws, int k) {
    if (kindWordAt(ws, k)) {
      return k;
    }
    return k < ws.size() && ws.is(k, PlaceWords.Role.KIND_PREFIX) && ws.joined(k)
        && (kindWordAt(ws, k + 1) && kindOf(ws.key(k + 1)) == Place.Kind.TOWN
            || harbourAt(ws, k + 1)) ? k + 1 : -1;
  }

  /**
   * Whether word {@code k} runs on and is a port after a word of what it is for ("the Ras Isa
   * fuel port"): left out of the place as named. Alone it is none ("Port Sudan").
   */
  static boolean harbourAt(SentenceWords ws, int k) {
    return k < ws.size() && ws.joined(k) && HARBOURS.contains(ws.key(k));
  }

  /**
   * Whether word {@code k} is a lower-case particle inside a name, with a capitalised word of the
   * name after it: "de" in "San Juan de Abajo", "el" in "Kafr el Sheikh".
   */
  static boolean particleInName(SentenceWords ws, int k) {
    return ws.is(k, PlaceWords.Role.NAME_PARTICLE) && k + 1 < ws.size() && ws.joined(k)
        && ws.joined(k + 1) && ws.capital(k + 1);
  }

  /** Whether word {@code k} runs on from the one before and names a kind of place. */
  static boolean kindWordAt(SentenceWords ws, int k) {
    if (k >= ws.size() || !ws.joined(k)) {
      return false;
    }
    PlaceWords.Role role = ws.role(k);
    return role == PlaceWords.Role.ADMIN || role == PlaceWords.Role.TYPE
        || role == PlaceWords.Role.DROP || role == PlaceWords.Role.FEATURE;
  }

  /**
   * Whether a town's name stands before a kind of settlement (at word {@code kind}) as a
   * description, not as its name: "the" (with a compass word) opens the phrase, and the kind is a
   * town or city, or the name follows it with "of", as in "the Meridian town of Tolvany" or "the
   * northern Meridian town", where "in Boisar town" names Boisar and "the Nuseirat camp" the
   * camp. (Before "of", a part of a town may be either: see {@link PlaceScanner}.)
   */
  static boolean attributive(SentenceWords ws, int before, int kind) {
    return before >= 0 && ws.keyIs(before, "the")
        && (ws.keyIs(kind, "town") || ws.keyIs(kind, "city")
            || kind + 1 < ws.size() && ws.keyIs(kind + 1, "of"));
  }
}
