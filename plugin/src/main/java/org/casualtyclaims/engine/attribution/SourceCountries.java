package org.casualtyclaims.engine.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.KnownSource;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.text.Token;

/**
 * The country a known source belongs to, read off its own aliases ("Russia's Emergencies
 * Ministry", "Ukraine's State Emergency Service"), the country that owns a description in the
 * text ("Kazakhstan's Emergencies Ministry") and the countries a story names: a known source of
 * one country is not the body a description gives to another.
 */
final class SourceCountries {
  /** A country's name runs to three words at most ("Democratic Republic of Congo" aside). */
  private static final int LONGEST_NAME = 3;

  private final Gazetteer gazetteer;
  /**
   * Canonical name of a known source to the ISO code of the one country its aliases name; sources
   * of no country, or of several, are absent.
   */
  private final Map<String, String> countries = new HashMap<>();

  SourceCountries(Lexicons lexicons) {
    this.gazetteer = lexicons.gazetteer();
    Set<String> shared = new HashSet<>();
    for (Map.Entry<String, KnownSource> e : lexicons.knownSources.entrySet()) {
      String country = leadingCountry(e.getKey().split(" "));
      String canonical = e.getValue().canonical();
      String before = country == null ? null : countries.putIfAbsent(canonical, country);
      if (before != null && !before.equals(country)) {
        shared.add(canonical); // "Turkish Red Crescent", "Syrian Arab Red Crescent": of many
      }
    }
    countries.keySet().removeAll(shared);
  }

  /**
   * Whether the words {@code [from, to)} before a known source give it an owner of another
   * country than its own: a country's possessive ("Vietnam's" before "National Disaster
   * Management Agency", Indonesia's) or a name or demonym right before it ("the Vietnamese
   * National Disaster Management Agency"). "US-backed" owns nothing.
   */
  boolean ownedElsewhere(List<Token> tokens, int from, int to, KnownSource known) {
    String own = countries.get(known.canonical());
    if (own == null) {
      return false;
    }
    for (int end = from + 1; end <= to; end++) {
      if (end < to && !tokens.get(end).is("'s")) {
        continue;
      }
      for (int start = Math.max(from, end - LONGEST_NAME); start < end; start++) {
        String owner = country(words(tokens, start, end));
        if (owner != null) {
          return !owner.equals(own);
        }
      }
    }
    return false;
  }

  /**
   * Whether a description of several words that a known source's alias matches ("the national
   * disaster management agency", "the emergencies ministry") stands in a story that never names
   * the source's country but names others: the body is then that story's own, not the known
   * one. A one-word name ("BNPB", "Basarnas") is the known source wherever it stands.
   */
  boolean foreignToStory(int words, KnownSource known, DocumentContext context) {
    String own = countries.get(known.canonical());
    if (own == null || words < 2) {
      return false;
    }
    Set<String> named = context.countriesNamed(this::countriesNamed);
    return !named.isEmpty() && !named.contains(own);
  }

  /**
   * Every country the document's capitalised names may stand for: a country, a demonym, or any
   * place the gazetteer files under the name, whatever its country (so that a town shared by two
   * countries keeps both).
   */
  private Set<String> countriesNamed(DocumentContext context) {
    Set<String> named = new HashSet<>();
    for (int s = 0; s < context.sentencesRead(); s++) {
      List<Token> tokens = context.tokensOf(s);
      for (int k = 0; k < tokens.size(); k++) {
        for (int end = Math.min(tokens.size(), k + LONGEST_NAME); end > k; end--) {
          String name = words(tokens, k, end);
          if (name.isEmpty()) {
            continue;
          }
          for (Place p : gazetteer.lookup(PlaceKeys.key(name))) {
            named.add(p.country());
          }
          String people = gazetteer.demonymCountry(name, 0, name.length());
          if (people != null) {
            named.add(people);
          }
        }
      }
    }
    named.remove(null);
    return named;
  }

  /** The country the first words of an alias key name ("russia's", "indonesian"), or null. */
  private String leadingCountry(String[] words) {
    for (int n = Math.min(LONGEST_NAME, words.length - 1); n > 0; n--) {
      String last = words[n - 1];
      boolean possessive = last.endsWith("'s");
      StringBuilder name = new StringBuilder();
      for (int i = 0; i < n; i++) {
        name.append(i > 0 ? " " : "")
            .append(i == n - 1 && possessive ? last.substring(0, last.length() - 2) : words[i]);
      }
      String country = country(name.toString());
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  /** The country a name ("Vietnam") or a demonym ("Kazakh") stands for, or null. */
  private String country(String name) {
    if (name.isEmpty()) {
      return null;
    }
    String country = gazetteer.countryNamed(name, 0, name.length());
    return country != null ? country : gazetteer.demonymCountry(name, 0, name.length());
  }

  /** The capitalised words of {@code [from, to)} joined by spaces; empty when one is not. */
  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || !t.isCapitalized()) {
        return "";
      }
      sb.append(k > from ? " " : "").append(t.text());
    }
    return sb.toString();
  }

  /** Whether a source's name is a place of the gazetteer ("Mexico", "Guanajuato"). */
  boolean isPlace(SourceRef source) {
    return source != null && !gazetteer.lookup(PlaceKeys.key(source.name())).isEmpty();
  }
}
