package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private static final int LOOK_BACK = 12;
  /** How many body sentences from the start, besides the title, tell the article's countries. */
  private static final int LEDE = 6;
  /** A dateline may follow a byline and a date: so many body sentences may hold it. */
  private static final int DATELINE_SENTENCES = 4;
  /** How many sentences either side of a claim's may name its place more precisely. */
  private static final int NEAR = 1;
  /** How many sentences back a place the gazetteer lacks may be read for its country. */
  private static final int CONTEXT = 3;

  private final PlaceScanner scanner;
  private final Gazetteer gazetteer;
  private final List<String> sentences;
  private final boolean[] headline;
  private final List<List<PlaceMention>> mentions = new ArrayList<>();
  /** Each read sentence's mentions that are not a speaker's, as {@link #events} gives them. */
  private final List<List<PlaceMention>> eventMentions = new ArrayList<>();
  /** The countries of each read sentence's demonyms, from the same scan as its mentions. */
  private final List<List<String>> demonyms = new ArrayList<>();
  private Map<String, Integer> countryCounts;
  private PlaceMention dateline;
  private int datelineSentence = -1;
  private boolean datelineRead;

  StoryPlaces(PlaceScanner scanner, Gazetteer gazetteer, List<String> sentences,
      boolean[] headline) {
    this.scanner = scanner;
    this.gazetteer = gazetteer;
    this.sentences = sentences;
    this.headline = headline;
    for (int i = 0; i < sentences.size(); i++) {
      mentions.add(null);
      eventMentions.add(null);
      demonyms.add(null);
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
   * yields to the country where the fighting is counted, or the country of the story's place.
   *
   * @param cumulative whether the figure is a running total rather than one incident
   */
  public PlaceChoice placeOf(int sentence, int offset, boolean cumulative) {
    List<PlaceMention> events = events(sentence);
    PlaceMention here = MentionRanking.best(MentionRanking.locatives(events), offset);
    if (here != null) {
      return resolve(here, sentence); // "killed in Bihar": the sentence says where
    }
    PlaceMention named = MentionRanking.best(events, offset);
    if (named != null) {
      PlaceChoice choice = resolve(named, sentence);
      return cumulative ? warCountry(choice) : choice;
    }
    PlaceMention inherited = inherited(sentence);
    if (inherited == null) {
      return null;
    }
    PlaceChoice choice = resolve(inherited, sentence);
    return cumulative ? countryOf(choice) : finerNear(sentence, inherited, choice);
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

  /**
   * A place of the same country that a neighbouring sentence, the title or the dateline names
   * more precisely, else {@code choice}: "Ohio" near "a prison in Lucasville" is
   * Lucasville.
   */
  private PlaceChoice finerNear(int sentence, PlaceMention m, PlaceChoice choice) {
    int specificity = MentionRanking.specificity(m, choice);
    if (specificity >= MentionRanking.UNKNOWN || choice.country() == null) {
      return choice;
    }
    for (int j : nearFirst(sentence)) {
      PlaceMention finer = null;
      PlaceChoice finerChoice = null;
      for (PlaceMention e : events(j)) {
        PlaceChoice c = resolve(e, j);
        if (MentionRanking.specificity(e, c) > specificity && choice.country().equals(c.country())
            && (finer == null || MentionRanking.better(e, finer, 0))) {
          finer = e;
          finerChoice = c;
        }
      }
      if (finerChoice != null) {
        return finerChoice;
      }
    }
    PlaceMention d = dateline();
    if (d != null) {
      PlaceChoice c = resolve(d, 0);
      if (MentionRanking.specificity(d, c) > specificity && choice.country().equals(c.country())) {
        return c;
      }
    }
    return choice;
  }

  /**
   * The sentences that may name a claim's place more precisely, nearest first: the body's
   * neighbours, then the title.
   */
  private List<Integer> nearFirst(int sentence) {
    List<Integer> order = new ArrayList<>();
    if (!headline[sentence]) {
      for (int d = 1; d <= NEAR; d++) {
        if (sentence - d >= 0 && !headline[sentence - d]) {
          order.add(sentence - d);
        }
        if (sentence + d < sentences.size() && !headline[sentence + d]) {
          order.add(sentence + d);
        }
      }
    }
    for (int j = 0; j < sentences.size() && headline[j]; j++) {
      order.add(j);
    }
    return order;
  }

  private PlaceMention inherited(int sentence) {
    if (!headline[sentence]) {
      for (int j = sentence - 1; j >= Math.max(0, sentence - LOOK_BACK) && !headline[j]; j--) {
        PlaceMention m = MentionRanking.best(events(j), Integer.MAX_VALUE);
        if (m != null) {
          return m;
        }
      }
    }
    PlaceMention m = dateline();
    for (int j = 0; m == null && j < sentences.size() && headline[j]; j++) {
      m = MentionRanking.best(events(j), 0);
    }
    int first = sentence + 1;
    if (headline[sentence]) {
      first = 0;
      while (first < sentences.size() && headline[first]) {
        first++;
      }
    }
    for (int j = first; m == null && j < Math.min(sentences.size(), first + LOOK_AHEAD); j++) {
      m = MentionRanking.best(events(j), 0);
    }
    return m;
  }

  /** The places of sentence {@code i} where something happens (not a speaker's). */
  private List<PlaceMention> events(int i) {
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

  private List<PlaceMention> mentionsOf(int i) {
    List<PlaceMention> m = mentions.get(i);
    if (m == null) {
      List<String> countries = new ArrayList<>(2);
      m = withoutDateline(i, scanner.scan(sentences.get(i), countries));
      mentions.set(i, m);
      demonyms.set(i, countries);
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
  private PlaceMention dateline() {
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
  private PlaceChoice resolve(PlaceMention m, int sentence) {
    if (!m.known()) {
      return new PlaceChoice(m.named(), null,
          m.countryHint() != null ? m.countryHint() : contextCountry(sentence, m));
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
      Map<String, Integer> counts = oneCountry ? Map.of() : countryCounts();
      for (Place p : candidates) {
        if (preferred(p, best, counts)) {
          best = p;
        }
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

  /**
   * The country of a place the gazetteer lacks: that of a known place of its sentence, else of
   * its sentence's demonyms, else of a known place before it, the dateline, the article.
   */
  private String contextCountry(int sentence, PlaceMention unknown) {
    for (int j = sentence; j >= Math.max(0, sentence - LOOK_BACK); j--) {
      if (mentions.get(j) == null && sentence - j > CONTEXT) {
        continue; // further back, only sentences read already: bounded reading per claim
      }
      for (PlaceMention m : mentionsOf(j)) {
        if (m != unknown && m.known()) {
          String c = resolveCountry(m, j);
          if (c != null) {
            return c;
          }
        }
      }
      if (j == sentence) {
        // "Iranian forces opened fire in the province of Sistan-Baluchestan"
        String c = mostNamed(tally(demonyms.get(sentence)), null);
        if (c != null) {
          return c;
        }
      }
    }
    PlaceMention d = dateline();
    if (d != null && d.known()) {
      return resolveCountry(d, 0);
    }
    // the article's most named country, among the sentences read so far
    Map<String, Integer> counts = new HashMap<>();
    for (List<PlaceMention> read : mentions) {
      for (PlaceMention m : read == null ? List.<PlaceMention>of() : read) {
        String country = singleCountry(m.candidates());
        if (country != null) {
          counts.merge(country, 1, Integer::sum);
        }
      }
    }
    return mostNamed(counts, null);
  }

  private String resolveCountry(PlaceMention m, int sentence) {
    return resolve(m, sentence).country();
  }

  /** The country the article names most often (by places and demonyms), other than {@code but}. */
  private String mostNamedCountryBut(String but) {
    return mostNamed(countryCounts(), but);
  }

  private static Map<String, Integer> tally(List<String> countries) {
    Map<String, Integer> counts = new HashMap<>();
    for (String c : countries) {
      counts.merge(c, 1, Integer::sum);
    }
    return counts;
  }

  private static String mostNamed(Map<String, Integer> counts, String but) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!e.getKey().isEmpty() && !e.getKey().equals(but) && (e.getValue() > bestCount
          || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * How often the article names each country, by places of one country and by demonyms: in the
   * title, the lede and the sentences already read (a bounded amount of text per document).
   */
  private Map<String, Integer> countryCounts() {
    if (countryCounts == null) {
      Map<String, Integer> counts = new HashMap<>();
      int body = 0;
      for (int i = 0; i < sentences.size(); i++) {
        boolean lede = headline[i] || body++ < LEDE;
        if (!lede && mentions.get(i) == null) {
          continue;
        }
        for (PlaceMention m : mentionsOf(i)) {
          String country = singleCountry(m.candidates());
          if (country != null) {
            counts.merge(country, 1, Integer::sum);
          }
        }
        for (String c : demonyms.get(i)) {
          counts.merge(c, 1, Integer::sum);
        }
      }
      countryCounts = counts;
    }
    return countryCounts;
  }

  private static String singleCountry(List<Place> places) {
    String country = null;
    for (Place p : places) {
      if (p.country() == null || (country != null && !country.equals(p.country()))) {
        return null;
      }
      country = p.country();
    }
    return country;
  }
}
