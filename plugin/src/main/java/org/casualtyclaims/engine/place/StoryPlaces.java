package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.place.mentions.Dateline;
import org.casualtyclaims.engine.place.mentions.PlaceMention;
import org.casualtyclaims.engine.place.mentions.PlaceScanner;

/**
 * The places of one document, read sentence by sentence only as far as a claim needs them, and
 * the choice of a claim's place per GUIDELINES.md: the event's place in the claim's own
 * sentence, else the place of an earlier sentence of the story, else the dateline, else the
 * title, else a place the next sentences give.
 */
public final class StoryPlaces {
  /** How many sentences after a claim's may give it a place when nothing before does. */
  private static final int LOOK_AHEAD = 2;
  /** How many sentences back a claim looks for the place of its story. */
  static final int LOOK_BACK = 12;
  /** A dateline may follow a byline and a date: so many body sentences may hold it. */
  private static final int DATELINE_SENTENCES = 4;
  /** A town this populous keeps its own country even where the story names no other place of it. */
  private static final long PROMINENT_TOWN = 100_000;

  private final PlaceScanner scanner;
  private final PlaceWords placeWords;
  private final Gazetteer gazetteer;
  private final List<String> sentences;
  private final boolean[] headline;
  /** Each sentence's words, split when a stage first reads the sentence. */
  private final SentenceWords[] words;
  private final List<List<PlaceMention>> mentions = new ArrayList<>();
  /** Each read sentence's mentions that are not a speaker's, as {@link #events} gives them. */
  private final List<List<PlaceMention>> eventMentions = new ArrayList<>();
  /** Each read sentence's event mentions that may be a figure's place, as {@link #choices}. */
  private final List<List<PlaceMention>> choices = new ArrayList<>();
  /** The countries of each read sentence's demonyms, from the same scan as its mentions. */
  private final List<List<String>> demonyms = new ArrayList<>();
  /** The countries of each read sentence's country names used as nationalities. */
  private final List<List<String>> nationalities = new ArrayList<>();
  private final StoryCountries countries = new StoryCountries(this);
  private Boolean widespreadTitle;
  private PlaceMention dateline;
  private int datelineSentence = -1;
  private boolean datelineRead;
  private final EventPlaces eventPlaces = new EventPlaces(this);
  private final NearPlaces nearPlaces = new NearPlaces(this);
  private final HomeCountry home = new HomeCountry(this);

  StoryPlaces(PlaceScanner scanner, Gazetteer gazetteer, PlaceWords placeWords,
      List<String> sentences, boolean[] headline) {
    this.scanner = scanner;
    this.gazetteer = gazetteer;
    this.placeWords = placeWords;
    this.sentences = sentences;
    this.headline = headline;
    this.words = new SentenceWords[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      mentions.add(null);
      eventMentions.add(null);
      choices.add(null);
      demonyms.add(null);
      nationalities.add(null);
    }
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
   */
  public PlaceChoice placeOf(int sentence, int offset, boolean cumulative) {
    PlaceChoice choice = placeOfFigure(sentence, offset, cumulative);
    // "gales left 30 dead elsewhere in the country": not at the story's places, in its country
    return choice != null && FigureClauses.elsewhere(sentences.get(sentence), offset)
        ? countryOf(choice) : choice;
  }

  private PlaceChoice placeOfFigure(int sentence, int offset, boolean cumulative) {
    List<PlaceMention> events = choices(sentence);
    // a storm's toll counts where its sentence says, not in one village the story also names
    boolean refine = !cumulative && !widespread(sentence);
    List<PlaceMention> locatives = MentionRanking.locatives(events);
    List<PlaceMention> clause = FigureClauses.ofFigure(sentences.get(sentence), offset, locatives);
    PlaceMention here = MentionRanking.best(clause, offset);
    if (here != null) {
      PlaceChoice choice = resolve(here, sentence); // "killed in Bihar": the sentence says where
      if (cumulative || clause != locatives || AreaWide.spanned(sentences.get(sentence), here)) {
        // a roundup's clause names its own figure's place, and no sibling's; "in parts of
        // Myanmar" the area the figure spans
        return choice;
      }
      return refine ? eventPlaces.within(here, choice) : eventPlaces.regionWithin(here, choice);
    }
    PlaceMention named = MentionRanking.best(events, offset);
    if (named != null) {
      PlaceChoice choice = resolve(named, sentence);
      if (!cumulative && AreaWide.spanned(sentences.get(sentence), named)) {
        return choice; // "in parts of Laos"
      }
      if (cumulative || !refine) {
        return cumulative ? warCountry(choice) : eventPlaces.regionWithin(named, choice);
      }
      PlaceChoice event = eventPlaces.within(named, choice);
      if (event == choice) {
        // a place named without "in" ("a rights group based in Yangon", "Palu's hospitals")
        // yields to a finer place the story puts its event in
        PlaceChoice body = eventPlaces.finerPlace(named, choice);
        return body != null ? body : choice;
      }
      return event;
    }
    Found found = inherited(sentence);
    if (found != null && refine) {
      found = home.atHome(sentence, found);
    }
    if (found == null) {
      // a figure whose story names no place near it ("Militia kills 40 in attack on village")
      // belongs to the event the body places
      return refine ? eventPlaces.bodyPlace(null, null) : null;
    }
    PlaceMention inherited = found.mention();
    PlaceChoice choice = resolve(inherited, found.sentence());
    if (cumulative) {
      boolean party = !inherited.locative() && choice.place() != null
          && choice.place().kind() == Place.Kind.COUNTRY;
      if (words(sentence).has(PlaceWords.Role.WAR)) {
        // a war's running total counts where the war is fought, not at a town of one attack,
        // nor in a country named before only as a party ("Russia had lost 1,200 in a day")
        return party ? warCountry(choice) : countryOf(choice);
      }
      if (party && words(sentence).has(PlaceWords.Role.ACTOR)) {
        // "Israel says ... Israel's offensive has killed 40,000": the attacker is a party too
        return warCountry(choice);
      }
      return found.sentence() == sentence - 1 ? choice : countryOf(choice);
    }
    if (!refine) {
      return eventPlaces.regionWithin(inherited, choice);
    }
    if (inherited == dateline()) {
      PlaceChoice body = eventPlaces.bodyPlace(choice, inherited);
      if (body != null) {
        return body; // a dateline counts only when the body names no place
      }
    }
    PlaceChoice event = eventPlaces.within(inherited, choice);
    return event != choice ? event : nearPlaces.finer(sentence, inherited, choice);
  }

  /** Whether a figure's sentence or the title tells of a storm, a flood, a quake. */
  private boolean widespread(int sentence) {
    if (widespreadTitle == null) {
      boolean title = false;
      for (int j = 0; j < sentences.size() && headline[j] && !title; j++) {
        title = words(j).has(PlaceWords.Role.WIDESPREAD);
      }
      widespreadTitle = title;
    }
    return widespreadTitle || words(sentence).has(PlaceWords.Role.WIDESPREAD);
  }

  /** A running total of a story told about one town counts the town's country. */
  private PlaceChoice countryOf(PlaceChoice choice) {
    Place country = gazetteer.country(choice.country());
    return country == null ? choice : new PlaceChoice(country.name(), country, country.country());
  }

  /** For a country named as a party to a war, the other country the article names most. */
  private PlaceChoice warCountry(PlaceChoice party) {
    if (party.place() == null || party.place().kind() != Place.Kind.COUNTRY) {
      return party;
    }
    Place war = gazetteer.country(mostNamedCountryBut(party.country()));
    return war == null ? party : new PlaceChoice(war.name(), war, war.country());
  }

  /** A mention with the sentence it was read in, where its context settles its country. */
  record Found(PlaceMention mention, int sentence) {}

  /** The place the sentences before, the dateline, the title or the next sentences give. */
  private Found inherited(int sentence) {
    if (!headline[sentence]) {
      for (int j = sentence - 1; j >= Math.max(0, sentence - LOOK_BACK) && !headline[j]; j--) {
        PlaceMention m = MentionRanking.best(choices(j), Integer.MAX_VALUE);
        if (m != null) {
          return new Found(m, j);
        }
      }
    }
    PlaceMention d = dateline();
    if (d != null && !countries.datelineAbroad()) {
      return new Found(d, Math.max(0, datelineSentence));
    }
    for (int j = 0; j < sentences.size() && headline[j]; j++) {
      PlaceMention m = MentionRanking.best(choices(j), 0);
      if (m != null) {
        return new Found(m, j);
      }
    }
    int first = sentence + 1;
    if (headline[sentence]) {
      first = 0;
      while (first < sentences.size() && headline[first]) {
        first++;
      }
    }
    for (int j = first; j < Math.min(sentences.size(), first + LOOK_AHEAD); j++) {
      PlaceMention m = MentionRanking.best(choices(j), 0);
      if (m != null) {
        return new Found(m, j);
      }
    }
    return null;
  }

  int sentenceCount() {
    return sentences.size();
  }

  String sentence(int i) {
    return sentences.get(i);
  }

  /** The words of sentence {@code i}, split once for every stage that reads them. */
  public SentenceWords words(int i) {
    if (words[i] == null) {
      words[i] = scanner.words(sentences.get(i));
    }
    return words[i];
  }

  boolean headline(int i) {
    return headline[i];
  }

  /** Whether sentence {@code i} has been read already. */
  boolean read(int i) {
    return mentions.get(i) != null;
  }

  /** The countries of the demonyms of sentence {@code i}, read by {@link #mentionsOf}. */
  List<String> demonymsOf(int i) {
    mentionsOf(i);
    return demonyms.get(i);
  }

  /**
   * The countries whose names sentence {@code i} uses as nationalities ("US troops",
   * "Myanmar's military"), read by {@link #mentionsOf}.
   */
  List<String> nationalitiesOf(int i) {
    mentionsOf(i);
    return nationalities.get(i);
  }

  /** The places of sentence {@code i} where something happens (not a speaker's). */
  List<PlaceMention> events(int i) {
    List<PlaceMention> events = eventMentions.get(i);
    if (events == null) {
      List<PlaceMention> all = mentionsOf(i);
      events = new ArrayList<>(all.size());
      for (PlaceMention m : all) {
        if (!m.speaker()) {
          events.add(m);
        }
      }
      eventMentions.set(i, events); // read, never changed, by every later question
    }
    return events;
  }

  /**
   * The places of sentence {@code i} that may be a figure's: its event places less those named
   * only as what another lies in ({@link TextContainers}), lists of places taken together
   * ({@link PlaceLists}).
   */
  List<PlaceMention> choices(int i) {
    List<PlaceMention> c = choices.get(i);
    if (c == null) {
      String text = sentences.get(i);
      int sentence = i;
      c = PlaceLists.merged(text, TextContainers.without(text, events(i), placeWords),
          m -> resolve(m, sentence).country(), gazetteer, placeWords);
      choices.set(i, c);
    }
    return c;
  }

  List<PlaceMention> mentionsOf(int i) {
    List<PlaceMention> m = mentions.get(i);
    if (m == null) {
      List<String> countries = new ArrayList<>(2);
      List<String> nations = new ArrayList<>(1);
      m = withoutDateline(i, scanner.scan(words(i), countries, nations));
      mentions.set(i, m);
      demonyms.set(i, countries);
      nationalities.set(i, nations);
    }
    return m;
  }

  /** The places of sentence {@code i} past its dateline, which counts only as a last resort. */
  private List<PlaceMention> withoutDateline(int i, List<PlaceMention> found) {
    dateline();
    if (i != datelineSentence || found.isEmpty()) {
      return found;
    }
    List<PlaceMention> rest = new ArrayList<>(found.size());
    for (PlaceMention m : found) {
      if (m.start() >= dateline.end()) {
        rest.add(m);
      }
    }
    return rest;
  }

  /** "KABUL, Afghanistan (AP) --", "Palghar, Maharashtra:" opening the first body sentence. */
  PlaceMention dateline() {
    if (!datelineRead) {
      datelineRead = true;
      int body = 0;
      for (int i = 0; i < sentences.size() && dateline == null && body < DATELINE_SENTENCES; i++) {
        if (!headline[i]) {
          dateline = Dateline.read(sentences.get(i), gazetteer, body > 0);
          datelineSentence = dateline == null ? -1 : i;
          body++;
        }
      }
    }
    return dateline;
  }

  /** The gazetteer's place for a mention, its ambiguity settled by the article's countries. */
  PlaceChoice resolve(PlaceMention m, int sentence) {
    if (!m.known()) {
      return new PlaceChoice(m.named(), null,
          m.countryHint() != null ? m.countryHint() : countries.contextCountry(sentence, m));
    }
    List<Place> candidates = m.candidates();
    if (m.kindHint() != null) {
      List<Place> kind = new ArrayList<>();
      for (Place p : candidates) {
        if (p.kind() == m.kindHint()) {
          kind.add(p);
        }
      }
      if (!kind.isEmpty()) {
        candidates = kind;
      }
    }
    Place best = candidates.get(0);
    if (candidates.size() > 1) {
      boolean oneCountry = true;
      for (Place p : candidates) {
        oneCountry &= java.util.Objects.equals(p.country(), best.country());
      }
      // only a name shared by several countries needs the article's other places
      Map<String, Integer> counts = oneCountry ? Map.of() : countries.counts();
      for (Place p : candidates) {
        if (preferred(p, best, counts)) {
          best = p;
        }
      }
    }
    if (m.kindHint() == Place.Kind.TOWN && best.kind() == Place.Kind.TOWN
        && best.population() < PROMINENT_TOWN) {
      Map<String, Integer> named = countries.named();
      if (!named.isEmpty() && !named.containsKey(best.country())
          && (demonyms.get(sentence) == null || !demonyms.get(sentence).contains(best.country()))) {
        // "the Mexican hamlet of La Pintada" is no small town of Colombia the story never names
        return new PlaceChoice(m.named(), null, StoryCountries.mostNamed(named, null));
      }
    }
    return new PlaceChoice(m.named(), best, best.country());
  }

  /**
   * A place in a country the article names at all comes first (Georgia beside Atlanta is the
   * state), then a country over a region or town, then the more populous.
   */
  private static boolean preferred(Place a, Place b, Map<String, Integer> counts) {
    boolean na = counts.containsKey(a.country() == null ? "" : a.country());
    boolean nb = counts.containsKey(b.country() == null ? "" : b.country());
    if (na != nb) {
      return na;
    }
    if ((a.kind() == Place.Kind.COUNTRY) != (b.kind() == Place.Kind.COUNTRY)) {
      return a.kind() == Place.Kind.COUNTRY;
    }
    return a.population() > b.population();
  }

  /** The country the article names most often (by places and demonyms), other than {@code but}. */
  private String mostNamedCountryBut(String but) {
    return StoryCountries.mostNamed(countries.counts(), but);
  }

}
