package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;
import org.casualtyclaims.engine.place.mentions.BorderNeighbours;
import org.casualtyclaims.engine.place.mentions.Dateline;
import org.casualtyclaims.engine.place.mentions.PlaceMention;
import org.casualtyclaims.engine.place.mentions.PlaceScanner;

/**
 * The places of one document, read sentence by sentence only as far as a claim needs them: each
 * sentence's mentions, those where something happens and those that may be a figure's, the
 * countries of its demonyms, and the dateline. {@link FigurePlaces} chooses a figure's place
 * among them; {@link MentionResolver} settles which place a name is.
 */
public final class StoryPlaces {
  /** A dateline may follow a byline and a date: so many body sentences may hold it. */
  private static final int DATELINE_SENTENCES = 4;

  private final PlaceScanner scanner;
  private final PlaceWords placeWords;
  private final Gazetteer gazetteer;
  private final List<String> sentences;
  private final boolean[] headline;
  private final int[] paragraphs;
  private final CaptionCredits credits;
  /** Whether each sentence is part of a photo caption; null until asked. */
  private final Boolean[] captions;
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
  private final StoryCountries countries;
  private final MentionResolver resolver = new MentionResolver(this);
  private PlaceMention dateline;
  private int datelineSentence = -1;
  private boolean datelineRead;
  private final FigurePlaces figures;

  StoryPlaces(PlaceScanner scanner, Gazetteer gazetteer, PlaceWords placeWords,
      CaptionCredits credits, List<String> sentences, boolean[] headline, int[] paragraphs) {
    this.scanner = scanner;
    this.gazetteer = gazetteer;
    this.countries = new StoryCountries(this, gazetteer);
    this.placeWords = placeWords;
    this.credits = credits;
    this.sentences = sentences;
    this.headline = headline;
    this.paragraphs = paragraphs;
    this.captions = new Boolean[sentences.size()];
    this.words = new SentenceWords[sentences.size()];
    this.figures = new FigurePlaces(this, gazetteer);
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
   * null when the text ties it to no place ({@link FigurePlaces}).
   *
   * @param cumulative whether the figure is a running total rather than one incident
   * @param countrywide whether its sentence counts it over the story's whole country
   *     ("nationwide", "across the country")
   */
  public PlaceChoice placeOf(int sentence, int offset, boolean cumulative, boolean countrywide) {
    return figures.placeOf(sentence, offset, cumulative, countrywide);
  }

  PlaceWords placeWords() {
    return placeWords;
  }

  /**
   * Whether a mention names a river, a lake or a range (a {@code feature} word of place-words.tsv
   * first or last in its name: "the Bagmati river", "Lake Victoria").
   */
  boolean feature(PlaceMention m) {
    String named = m.named();
    int first = named.indexOf(' ');
    return first > 0 && (placeWords.is(PlaceKeys.key(named.substring(named.lastIndexOf(' ') + 1)),
        PlaceWords.Role.FEATURE)
        || placeWords.is(PlaceKeys.key(named.substring(0, first)), PlaceWords.Role.FEATURE));
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

  /**
   * Whether sentence {@code i} belongs to a photo caption: a body paragraph one of whose
   * sentences holds a credit ({@link CaptionCredits}).
   */
  boolean caption(int i) {
    if (captions[i] == null) {
      int first = i;
      while (first > 0 && paragraphs[first - 1] == paragraphs[i]) {
        first--;
      }
      int last = i;
      while (last + 1 < sentences.size() && paragraphs[last + 1] == paragraphs[i]) {
        last++;
      }
      boolean caption = false;
      for (int k = first; k <= last && !caption; k++) {
        caption = !headline[k] && credits.credits(sentences.get(k));
      }
      for (int k = first; k <= last; k++) {
        captions[k] = caption;
      }
    }
    return captions[i];
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
   * only as what another lies in ({@link TextContainers}) or as the far side of a border ("near
   * the border with Libya", {@link BorderNeighbours}), lists of places taken together ({@link
   * PlaceLists}).
   */
  List<PlaceMention> choices(int i) {
    List<PlaceMention> c = choices.get(i);
    if (c == null) {
      String text = sentences.get(i);
      int sentence = i;
      List<PlaceMention> near = TextContainers.without(text, events(i), placeWords);
      if (near.stream().anyMatch(m -> BorderNeighbours.across(text, m.start(), m.end()))) {
        near = near.stream().filter(m -> !BorderNeighbours.across(text, m.start(), m.end()))
            .toList();
      }
      c = PlaceLists.merged(text, near, m -> resolve(m, sentence).country(), gazetteer,
          placeWords);
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
    return resolver.resolve(m, sentence);
  }

  StoryCountries countries() {
    return countries;
  }

  /**
   * The countries of the demonyms of sentence {@code i} if it has been read, else none: reading
   * it only to settle a name would change what the article's counts cover.
   */
  List<String> demonymsReadIn(int i) {
    List<String> d = demonyms.get(i);
    return d == null ? List.of() : d;
  }

  /**
   * How the sentences read so far name {@code place}, without a compass word before it
   * ("Turkey" of "southeastern Turkey"); null when none names it.
   */
  String nameOf(Place place) {
    for (int j = 0; j < sentences.size(); j++) {
      for (PlaceMention m : read(j) ? mentions.get(j) : List.<PlaceMention>of()) {
        if (m.candidates().contains(place)) {
          String named = m.named();
          int space = named.indexOf(' ');
          // a compass word ("southeastern") is written in lower case, a country's name is not
          return space > 0 && Character.isLowerCase(named.charAt(0))
              ? named.substring(space + 1) : named;
        }
      }
    }
    return null;
  }

  /** The sentence the dateline opens, -1 when there is none (read by {@link #dateline}). */
  int datelineSentence() {
    dateline();
    return datelineSentence;
  }

}
