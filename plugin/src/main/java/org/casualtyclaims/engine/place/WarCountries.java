package org.casualtyclaims.engine.place;

import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * Where a war's running total is counted (GUIDELINES.md: the country where the fighting is
 * counted): not in a country named only as a party to it ("Russia has lost 1,200 troops",
 * "Israel's offensive has killed 40,000"), but in the other country the story names most; a
 * country named as what a war or an attack is waged on ("the invasion of Ukraine", "the war
 * on Gaza") is where it is fought.
 */
final class WarCountries {
  private final StoryPlaces story;
  private final Gazetteer gazetteer;

  WarCountries(StoryPlaces story, Gazetteer gazetteer) {
    this.story = story;
    this.gazetteer = gazetteer;
  }

  /**
   * For {@code party}, a country named in sentence {@code sentence} as {@code m}, the country
   * the war is fought in, named as the story names it; {@code party} itself when it is where the
   * war is fought or is no country.
   */
  PlaceChoice foughtIn(int sentence, PlaceMention m, PlaceChoice party) {
    if (party.place() == null || party.place().kind() != Place.Kind.COUNTRY
        || wagedOn(story.words(sentence), m)) {
      return party;
    }
    return country(StoryCountries.mostNamed(story.countries().counts(), party.country()), party);
  }

  /** The war's country of code {@code code}, named as the story names it; else {@code fallback}. */
  PlaceChoice country(String code, PlaceChoice fallback) {
    Place war = gazetteer.country(code);
    return war == null ? fallback : namedAsTheStoryDoes(war);
  }

  /**
   * "the invasion of Ukraine", "Israel's war on Gaza", "the offensive against Gaza": a war or
   * attack word, then "of", "on", "against" or "in" (and "the"), then the country.
   */
  static boolean wagedOn(SentenceWords ws, PlaceMention m) {
    int k = ws.indexStarting(m.start()) - 1;
    if (k >= 0 && ws.keyIs(k, "the")) {
      k--;
    }
    if (k < 1 || !(ws.keyIs(k, "of") || ws.keyIs(k, "on") || ws.keyIs(k, "against")
        || ws.keyIs(k, "in")) || !ws.joined(k + 1) || !ws.joined(k)) {
      return false;
    }
    return ws.is(k - 1, PlaceWords.Role.WAR) || ws.is(k - 1, PlaceWords.Role.ACTOR);
  }

  /**
   * The war's country as the story names it where it does, else by the coarsest, then most
   * populous, area of it the story has put an event in so far (a region, or an area the
   * gazetteer keeps in no region): a story of the Gaza war names "the Gaza Strip", never
   * "Palestine". Without one, the gazetteer's name: a town is no war's territory.
   */
  private PlaceChoice namedAsTheStoryDoes(Place war) {
    String named = story.nameOf(war);
    if (named != null) {
      return new PlaceChoice(named, war, war.country());
    }
    PlaceChoice best = null;
    for (int j = 0; j < story.sentenceCount(); j++) {
      for (PlaceMention m : story.read(j) ? story.events(j) : List.<PlaceMention>of()) {
        PlaceChoice c = m.known() ? story.resolve(m, j) : null;
        if (c != null && area(c.place()) && war.country().equals(c.country())
            && (best == null || coarser(c.place(), best.place()))) {
          best = c;
        }
      }
    }
    return best != null ? best : new PlaceChoice(war.name(), war, war.country());
  }

  /**
   * The largest territory of country {@code code} ({@link Place#territory}) that the story has
   * put an event in so far, as it names it ("the Gaza Strip" for a toll the story counts over
   * its country); null when none.
   */
  PlaceChoice territory(String code) {
    if (gazetteer.divided(code)) {
      return null; // "across the country" after a storm on Luzon is the Philippines'
    }
    PlaceChoice best = null;
    for (int j = 0; j < story.sentenceCount(); j++) {
      for (PlaceMention m : story.read(j) ? story.events(j) : List.<PlaceMention>of()) {
        PlaceChoice c = m.known() ? story.resolve(m, j) : null;
        if (c != null && c.place() != null && c.place().territory() && code.equals(c.country())
            && (best == null || c.place().population() > best.place().population())) {
          best = c;
        }
      }
    }
    return best;
  }

  private static boolean area(Place p) {
    return p != null && (p.kind() == Place.Kind.REGION || p.region() == null);
  }

  private static boolean coarser(Place a, Place b) {
    return a.kind() != b.kind() ? a.kind().ordinal() < b.kind().ordinal()
        : a.population() > b.population();
  }
}
