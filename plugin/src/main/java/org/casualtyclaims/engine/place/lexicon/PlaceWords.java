package org.casualtyclaims.engine.place.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;

/**
 * The words around a place name that tell how the text uses it, from {@code place-words.tsv}:
 * divisions and other kinds of place ("province", "camp"), prepositions of location ("in"), compass adjectives
 * ("southern"), speakers a place can belong to ("the ministry in Kabul") and capitalised words
 * that are never places.
 */
public final class PlaceWords {
  /** What a word says about the place name next to it. */
  public enum Role {
    /** An administrative division after its name: "Wardak province", "Kursk region". */
    ADMIN,
    /** Another kind of place after its name: "Gaza City", "Dadaab camp". */
    TYPE,
    /** A kind of place left out of the place as named: "the Tufah area" is "Tufah". */
    DROP,
    /** A preposition that puts an event somewhere: "in", "near", "outside". */
    LOCATIVE,
    /** A compass word kept with the place: "southern Gaza". */
    DIRECTION,
    /** Someone speaking from a place: "the ministry in Kabul", "Gaza's health ministry". */
    SPEAKER,
    /** A noun that makes the place before it a modifier: "a US air strike", "Myanmar military". */
    ATTRIBUTIVE,
    /** A war after a place or demonym: "the Yemen conflict", "the Syrian war" are fought there. */
    WAR,
    /** A capitalised word that never names a place, however it is used: "January". */
    NOT_PLACE,
    /**
     * A natural place, after its name or, capitalised, before it: "the Lamia river", "the River
     * Gongola"; never the town of the same name.
     */
    FEATURE,
    /** A building after a name, which makes the name no place: "the Jabulani mall". */
    BUILDING,
    /**
     * An event that strikes a whole area ("floods", "hurricane", "protests"): its toll counts
     * where the text says, not in one village the story also names.
     */
    WIDESPREAD,
    /**
     * A word of departure or travel before "from", which makes the place after it where people
     * set out from, not where their event happened: "set sail from Zuwara", "migrants from Libya".
     */
    ORIGIN,
    /**
     * A verb of seizing people before them and "from": the place after it is where they were
     * seized, not where they came from ("abducted seven civilians from the village of
     * Oleksiivka"), where "seven civilians from" alone would make it their origin.
     */
    SEIZURE,
    /**
     * A word of arrival before "at", "in", "on" or "to", which makes the place after it where
     * people were taken, not where their event happened: "landed at Pozzallo".
     */
    DESTINATION,
    /**
     * A word of arrival that makes the place after it a destination only when people arrive
     * ("survivors who landed at Pozzallo"); a rocket or a plane landing strikes there.
     */
    LANDING,
    /**
     * A verb of attack right after a country's name, which makes the country the attacker, not
     * where its attack happened: "Israel launched strikes", "Russia fired missiles at Kharkiv".
     */
    ACTOR,
    /**
     * A unit of distance before a compass word and "of": the place after it is a point of
     * reference, not where the event happened ("35 km south of Puquio").
     */
    DISTANCE,
    /**
     * A lower-case word inside a place's name, between its capitalised words: "San Juan de Abajo",
     * "Kafr el Sheikh". Written with a capital it is no particle ("La Paz", "El Fasher").
     */
    NAME_PARTICLE,
    /**
     * A word between a name and its kind of settlement: "the Nuseirat refugee camp", "the Zamzam
     * displacement camp" name the camp as "Dadaab camp" does.
     */
    KIND_PREFIX,
    /**
     * A word right before a name given in quotation marks ("who call themselves “The Signers in
     * Blood”", "known as “the Butcher of Kherson”"): a place inside that name is part of the name.
     */
    NAMING
  }

  public static final String FILE = "place-words.tsv";

  private final Map<String, Role> roles;

  private PlaceWords(Map<String, Role> roles) {
    this.roles = roles;
  }

  public static PlaceWords load(ResourceOpener opener, String directory) {
    Map<String, Role> roles = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 2, 2)) {
      Role role;
      try {
        role = Role.valueOf(row.column(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error("role must be one of admin, type, drop, locative, direction, speaker, attributive, war,"
            + " not-place, feature, building, widespread, origin, seizure, destination, landing,"
            + " actor, distance,"
            + " name-particle, kind-prefix, naming;"
            + " found '" + row.column(1) + "'");
      }
      if (roles.put(PlaceKeys.key(row.column(0)), role) != null) {
        throw row.error("'" + row.column(0) + "' is listed twice");
      }
    }
    return new PlaceWords(Map.copyOf(roles));
  }

  /** The role of a word given in {@link PlaceKeys} form, or null. */
  public Role role(String key) {
    return roles.get(key);
  }

  public boolean is(String key, Role role) {
    return role(key) == role;
  }

  /** The roles by {@link PlaceKeys} form, for {@link AnchorWords}. */
  Map<String, Role> roles() {
    return roles;
  }

  /** The administrative divisions, for filing regions under their bare names ("Kursk"). */
  public Set<String> adminWords() {
    return roles.entrySet().stream()
        .filter(e -> e.getValue() == Role.ADMIN)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
