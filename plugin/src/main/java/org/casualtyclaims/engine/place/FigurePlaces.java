package org.casualtyclaims.engine.place;

import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * Which of a story's places a figure takes, per GUIDELINES.md: the event's place in the claim's
 * own sentence, else the place of an earlier sentence of the story, else the dateline, else the
 * title, else a place the next sentences give.
 */
final class FigurePlaces {
  /** How many sentences after a claim's may give it a place when nothing before does. */
  private static final int LOOK_AHEAD = 2;
  /** How many sentences back a claim looks for the place of its story. */
  static final int LOOK_BACK = 12;
  /** The level of a first-level region (see {@link MentionRanking#level}). */
  private static final int REGION = Place.Kind.REGION.ordinal() + 1;

  private final StoryPlaces story;
  private final Gazetteer gazetteer;
  private final EventPlaces eventPlaces;
  private final NearPlaces nearPlaces;
  private final HomeCountry home;
  private final WarCountries wars;
  private Boolean widespreadTitle;

  FigurePlaces(StoryPlaces story, Gazetteer gazetteer) {
    this.story = story;
    this.gazetteer = gazetteer;
    this.eventPlaces = new EventPlaces(story);
    this.nearPlaces = new NearPlaces(story);
    this.home = new HomeCountry(story);
    this.wars = new WarCountries(story, gazetteer);
  }

  /**
   * Where the event of a figure at {@code offset} of sentence {@code sentence} took place, or
   * null when the text ties it to no place.
   *
   * <p>A figure takes the place its sentence puts it in ("killed in Kunduz"). Else an incident
   * takes a place the sentence names otherwise, or the story's place before it, and then a place
   * of the same country that the neighbouring sentences or the title name more precisely
   * ("Kunduz province" near "the Dashti Archi district"). Else a running total takes the country
   * its sentence names, where a country named only as a party to a war ("Russia has lost ...")
   * yields to the country where the fighting is counted; without one, it keeps the place of the
   * sentence just before it, and takes only the country of a place further back.
   *
   * @param cumulative whether the figure is a running total rather than one incident
   * @param countrywide whether its sentence counts it over the story's whole country
   */
  PlaceChoice placeOf(int sentence, int offset, boolean cumulative, boolean countrywide) {
    PlaceChoice choice = placeOfFigure(sentence, offset, cumulative);
    // "gales left 30 dead elsewhere in the country": not at the story's places, in its country;
    // "nationwide, the toll rose to 90": not at the town of the sentence before
    boolean wholeCountry =
        countrywide || FigureClauses.elsewhere(story.sentence(sentence), offset);
    return choice != null && wholeCountry ? countryOf(choice) : choice;
  }

  private PlaceChoice placeOfFigure(int sentence, int offset, boolean cumulative) {
    List<PlaceMention> events = story.choices(sentence);
    // a storm's toll counts where its sentence says, not in one village the story also names
    boolean refine = !cumulative && !widespread(sentence);
    List<PlaceMention> locatives = MentionRanking.locatives(events);
    List<PlaceMention> clause = FigureClauses.ofFigure(story.sentence(sentence), offset, locatives,
        story.placeWords());
    PlaceMention here = MentionRanking.best(clause, offset);
    PlaceMention attached = attached(story.sentence(sentence), offset, clause);
    if (attached != null && attached != here && !refine) {
      return story.resolve(attached, sentence); // "killing 19 people in the Philippines"
    }
    if (here != null) {
      // "killed in Bihar": the sentence says where
      PlaceChoice choice = story.resolve(here, sentence);
      if (cumulative || clause != locatives || AreaWide.spanned(story.sentence(sentence), here, story.placeWords())) {
        // a roundup's clause names its own figure's place, and no sibling's; "in parts of
        // Myanmar" the area the figure spans
        return choice;
      }
      return refine ? eventPlaces.within(here, choice, sentence) : eventPlaces.regionWithin(here, choice, sentence);
    }
    PlaceMention named = MentionRanking.best(events, offset);
    if (named != null) {
      PlaceChoice choice = story.resolve(named, sentence);
      if (!cumulative && AreaWide.spanned(story.sentence(sentence), named, story.placeWords())) {
        return choice; // "in parts of Laos"
      }
      if (cumulative || !refine) {
        return cumulative ? wars.foughtIn(sentence, named, choice)
            : eventPlaces.regionWithin(named, choice, sentence);
      }
      PlaceChoice event = eventPlaces.within(named, choice, sentence);
      if (event == choice) {
        // a place named without "in" ("a rights group based in Yangon", "Palu's hospitals")
        // yields to a finer place the story puts its event in
        PlaceChoice body = eventPlaces.finerPlace(named, choice, sentence);
        return body != null ? body : choice;
      }
      return event;
    }
    Found same = sameKind(sentence, offset);
    if (same != null) {
      return story.resolve(same.mention(), same.sentence()); // "in the same district"
    }
    Found found = inherited(sentence, refine);
    if (found != null && refine) {
      found = home.atHome(sentence, found);
    }
    if (found == null) {
      // a figure whose story names no place near it ("Militia kills 40 in attack on village")
      // belongs to the event the body places
      return refine ? eventPlaces.bodyPlace(null, null, sentence) : null;
    }
    PlaceMention inherited = found.mention();
    PlaceChoice choice = story.resolve(inherited, found.sentence());
    if (cumulative) {
      boolean party = !inherited.locative() && choice.place() != null
          && choice.place().kind() == Place.Kind.COUNTRY;
      if (story.words(sentence).has(PlaceWords.Role.WAR)
          || story.words(sentence).has(PlaceWords.Role.ACTOR)) {
        // a war's running total counts where the war is fought, not at a town of one attack,
        // nor in a country named before only as a party ("Russia had lost 1,200 in a day";
        // "Israel says ... Israel's offensive has killed 40,000": the attacker is a party too)
        return party ? wars.foughtIn(found.sentence(), inherited, choice)
            : wars.country(choice.country(), choice);
      }
      return found.sentence() == sentence - 1 ? choice : countryOf(choice);
    }
    if (!refine) {
      // the place the figure before was put in is the storm's, not a region of it it crossed
      return found.attached() ? choice : eventPlaces.regionWithin(inherited, choice, sentence);
    }
    if (inherited == story.dateline()) {
      PlaceChoice body = eventPlaces.bodyPlace(choice, inherited, sentence);
      if (body != null) {
        return body; // a dateline counts only when the body names no place
      }
      if (bearingFromCapital(sentence)) {
        return countryOf(choice); // "TEGUCIGALPA - a prison north of the Honduran capital"
      }
    }
    PlaceChoice event = eventPlaces.inheritedWithin(inherited, choice, sentence);
    return event != choice ? event : nearPlaces.finer(sentence, inherited, choice);
  }

  /**
   * The place "in" or "across" which the figure's own words put it: "19 people in the
   * Philippines", "40 people across the Philippines" (a storm's toll over the country, not on
   * the islands the sentence then names).
   */
  private static PlaceMention attached(String text, int offset, List<PlaceMention> locatives) {
    for (PlaceMention m : locatives) {
      if (m.start() > offset && m.start() - offset <= 30) {
        String between = text.substring(offset, m.start());
        if (between.indexOf(',') < 0 && between.indexOf(';') < 0
            && (between.endsWith(" in ") || between.endsWith(" in the ")
                || between.endsWith(" across ") || between.endsWith(" across the "))) {
          return m;
        }
      }
    }
    return null;
  }

  /** The place a figure of sentence {@code j} is put "in" by its own words, else null. */
  private PlaceMention figureAttached(int j) {
    List<PlaceMention> locatives = MentionRanking.locatives(story.choices(j));
    if (locatives.size() < 2) {
      return null; // one place or none: the ranking gives it anyway
    }
    SentenceWords ws = story.words(j);
    for (int k = 0; k < ws.size(); k++) {
      if (FigureClauses.numberAt(ws.text(), ws.start(k), ws.end(k))) {
        PlaceMention m = attached(ws.text(), ws.start(k), locatives);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /** Whether a figure's sentence or the title tells of a storm, a flood, a quake. */
  private boolean widespread(int sentence) {
    if (widespreadTitle == null) {
      boolean title = false;
      for (int j = 0; j < story.sentenceCount() && story.headline(j) && !title; j++) {
        title = AreaWide.strikesArea(story.words(j));
      }
      widespreadTitle = title;
    }
    return widespreadTitle || AreaWide.strikesArea(story.words(sentence));
  }

  /**
   * A running total of a story told about one town counts the town's country, named as the
   * story names it ("Turkey", where the gazetteer says "Türkiye"), or by the territory of it the
   * story tells of ("the Gaza Strip", not "Palestine").
   */
  private PlaceChoice countryOf(PlaceChoice choice) {
    Place country = gazetteer.country(choice.country());
    if (country == null) {
      return choice;
    }
    String named = story.nameOf(country);
    if (named == null) {
      PlaceChoice territory = wars.territory(country.country());
      if (territory != null) {
        String name = territory.named();
        int space = name.indexOf(' ');
        // a compass word ("southern") is written in lower case, a territory's name is not
        if (space > 0 && Character.isLowerCase(name.charAt(0))) {
          name = name.substring(space + 1);
        }
        return new PlaceChoice(name, country, country.country());
      }
    }
    return new PlaceChoice(named != null ? named : country.name(), country, country.country());
  }

  /**
   * For a figure whose clause says "in the same district" (an {@code admin} or {@code type} word
   * of place-words.tsv after "the same"), the last place of that kind the story named before
   * ("Sukma district"), not a village of it; null when the clause says no such thing.
   */
  private Found sameKind(int sentence, int offset) {
    SentenceWords ws = story.words(sentence);
    String kind = null;
    for (int k = 1; k + 1 < ws.size() && kind == null; k++) {
      if (ws.keyIs(k, "same") && ws.keyIs(k - 1, "the")
          && (ws.is(k + 1, PlaceWords.Role.ADMIN) || ws.is(k + 1, PlaceWords.Role.TYPE))
          && !FigureClauses.pauseBetween(ws.text(), Math.min(offset, ws.start(k)),
              Math.max(offset, ws.start(k)))) {
        kind = ws.key(k + 1);
      }
    }
    if (kind == null) {
      return null;
    }
    int from = Math.max(0, sentence - LOOK_BACK);
    for (int j = sentence - 1; j >= from && !story.headline(j); j--) {
      List<PlaceMention> ms = story.events(j); // "in Sukma district" holds the village before it
      for (int i = ms.size() - 1; i >= 0; i--) {
        String named = ms.get(i).named();
        if (PlaceKeys.key(named.substring(named.lastIndexOf(' ') + 1)).equals(kind)) {
          return new Found(ms.get(i), j);
        }
      }
    }
    return null;
  }

  /**
   * Whether the figure's sentence puts its event at a bearing from the capital ("north of the
   * Honduran capital", "south of the capital"): the capital of a dateline is then only a point
   * of reference.
   */
  private boolean bearingFromCapital(int sentence) {
    SentenceWords ws = story.words(sentence);
    for (int k = 0; k + 3 < ws.size(); k++) {
      if (ws.is(k, PlaceWords.Role.DIRECTION) && ws.keyIs(k + 1, "of") && ws.keyIs(k + 2, "the")) {
        int c = ws.keyIs(k + 3, "capital") ? k + 3 : k + 4;
        if (c < ws.size() && ws.keyIs(c, "capital") && (c == k + 3 || ws.capital(k + 3))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * For a river the sentence before names last ("rolled off the highway in Dhading district ...
   * into the Trishuli river"), the division or settlement the sentence names besides, which a
   * later figure inherits ("Five were still missing"); the river itself beside only a region or
   * a country.
   */
  private PlaceMention besideFeature(PlaceMention feature, List<PlaceMention> choices, int j) {
    PlaceMention best = null;
    for (PlaceMention o : choices) {
      PlaceChoice c = story.resolve(o, j);
      int level = MentionRanking.level(o, c);
      if (o != feature && !story.feature(o) && level > REGION
          && (best == null || level > MentionRanking.level(best, story.resolve(best, j)))) {
        best = o;
      }
    }
    return best != null ? best : feature;
  }

  /** A mention with the sentence it was read in, where its context settles its country. */
  record Found(PlaceMention mention, int sentence, boolean attached) {
    Found(PlaceMention mention, int sentence) {
      this(mention, sentence, false);
    }
  }

  /**
   * The place the sentences before, the dateline, the title or the next sentences give; where
   * {@code refine} is false (a storm's toll), the place a figure of the sentence before was put
   * "in" comes first ("killed 14 people in the Philippines as it lashed Luzon").
   */
  private Found inherited(int sentence, boolean refine) {
    if (!story.headline(sentence)) {
      int from = Math.max(0, sentence - LOOK_BACK);
      for (int j = sentence - 1; j >= from && !story.headline(j); j--) {
        if (story.caption(j) && !story.caption(sentence)) {
          continue; // a photo's place is where it was taken, not the story's
        }
        PlaceMention own = refine ? null : figureAttached(j);
        if (own != null) {
          return new Found(own, j, true);
        }
        List<PlaceMention> choices =
            FigureClauses.withoutShares(story.sentence(j), story.choices(j));
        PlaceMention m = MentionRanking.best(choices, Integer.MAX_VALUE);
        if (m != null) {
          return new Found(story.feature(m) ? besideFeature(m, choices, j) : m, j);
        }
      }
    }
    PlaceMention d = story.dateline();
    if (d != null && !story.countries().datelineAbroad()) {
      return new Found(d, Math.max(0, story.datelineSentence()));
    }
    for (int j = 0; j < story.sentenceCount() && story.headline(j); j++) {
      PlaceMention m = MentionRanking.best(story.choices(j), 0);
      if (m != null) {
        return new Found(m, j);
      }
    }
    int first = sentence + 1;
    if (story.headline(sentence)) {
      first = 0;
      while (first < story.sentenceCount() && story.headline(first)) {
        first++;
      }
    }
    for (int j = first; j < Math.min(story.sentenceCount(), first + LOOK_AHEAD); j++) {
      PlaceMention m = MentionRanking.best(story.choices(j), 0);
      if (m != null) {
        return new Found(m, j);
      }
    }
    return null;
  }
}
