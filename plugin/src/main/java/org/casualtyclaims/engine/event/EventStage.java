package org.casualtyclaims.engine.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.CaptionCredits;
import org.casualtyclaims.engine.place.PlaceStage;

/**
 * Anchors claims to their events: place (through {@link PlaceStage}), date and scope. Loaded once
 * per lexicon set, immutable and shared by all threads; each document gets a {@link StoryEvents}.
 */
public final class EventStage {
  private final PlaceStage places;
  private final DateFinder dates;
  private final ScopeCues scopes;
  private final CaptionCredits credits;

  private EventStage(PlaceStage places, DateFinder dates, ScopeCues scopes,
      CaptionCredits credits) {
    this.places = places;
    this.dates = dates;
    this.scopes = scopes;
    this.credits = credits;
  }

  /**
   * Loads the place words, gazetteer, custom places, date words, scope cues and photo credit
   * words of {@code directory}.
   *
   * @param personNouns lower-case nouns for people ("troops"), from the lexicons
   */
  public static EventStage load(ResourceOpener opener, String directory, Set<String> personNouns) {
    DateWords dates = DateWords.load(opener, directory);
    ScopeCues scopes = ScopeCues.load(opener, directory);
    // one look-up per word of a sentence serves the places, the dates and the cues
    Set<String> eventWords = new HashSet<>(dates.words());
    eventWords.addAll(scopes.firstWords());
    PlaceStage places = PlaceStage.load(opener, directory, personNouns, eventWords);
    return new EventStage(places, new DateFinder(dates, places.lexicon()),
        scopes.numbered(places.lexicon()), CaptionCredits.load(opener, directory));
  }

  public PlaceStage places() {
    return places;
  }

  /** Whether a word names an event: a one-word cue of scope-cues.tsv ("attack", "storm"). */
  public boolean isEventWord(String lower) {
    return scopes.isOneWordCue(lower);
  }

  /**
   * The events of one document.
   *
   * @param sentences the document's sentences, in order
   * @param headline which of them belong to the title
   * @param paragraphs the paragraph of each, numbered in order
   * @param published the article's date, or null: relative dates then stay unresolved
   */
  public StoryEvents story(List<String> sentences, boolean[] headline, int[] paragraphs,
      LocalDate published) {
    return new StoryEvents(places.story(sentences, headline, paragraphs, credits), dates, scopes,
        sentences.size(),
        headline, published);
  }
}
