package org.casualtyclaims.engine.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.place.PlaceChoice;
import org.casualtyclaims.engine.place.StoryPlaces;
import org.casualtyclaims.engine.place.lexicon.Place;

/**
 * The place, date and scope of each claim of one document. Sentences are read only when a claim
 * asks for them.
 */
public final class StoryEvents {
  /** How many sentences back a claim looks for the date of its event. */
  private static final int DATE_LOOK_BACK = 3;
  /** How many sentences back a figure that only restates a count looks for its kind of event. */
  private static final int SCOPE_LOOK_BACK = 3;

  private final StoryPlaces places;
  private final DateFinder dates;
  private final FigureCues cues;
  private final boolean[] headline;
  private final LocalDate published;
  private final List<List<DateSpan>> datesBySentence = new ArrayList<>();

  StoryEvents(StoryPlaces places, DateFinder dates, ScopeCues scopes, int sentences,
      boolean[] headline, LocalDate published) {
    this.places = places;
    this.dates = dates;
    this.cues = new FigureCues(places, scopes, sentences);
    this.headline = headline;
    this.published = published;
    for (int i = 0; i < sentences; i++) {
      datesBySentence.add(null);
    }
  }

  /** The event of a figure at {@code offset} in sentence {@code sentence}. */
  public EventAnchor anchor(int sentence, int offset) {
    List<DateSpan> own = datesOf(sentence);
    Scope scope = cues.scope(sentence, offset, own);
    if (scope == null) {
      scope = scopeBefore(sentence);
    }
    boolean cumulative = scope == Scope.CUMULATIVE;
    DateSpan date = nearest(own, offset, cumulative);
    // a running total is dated by its own words ("since October", "this year"), not by the day
    // of an event a sentence before tells
    if (date == null && !headline[sentence] && !cumulative) {
      for (int j = sentence - 1; j >= Math.max(0, sentence - DATE_LOOK_BACK) && !headline[j]
          && date == null; j--) {
        date = nearest(datesOf(j), Integer.MAX_VALUE, false);
      }
    }
    PlaceChoice where = places.placeOf(sentence, offset, scope == Scope.CUMULATIVE,
        cues.countrywide(sentence, offset));
    Place p = where == null ? null : where.place();
    return new EventAnchor(
        where == null ? null : where.named(),
        p == null ? null : p.name(),
        p == null ? null : p.region(),
        where == null ? null : where.country(),
        p == null ? null : p.lat(),
        p == null ? null : p.lon(),
        date == null ? null : date.first(),
        date == null || date.first() == null ? null : lastDay(date, sentence, cumulative),
        scope);
  }


  /**
   * The kind of event the nearest sentence before {@code sentence} that tells one counts, within
   * {@link #SCOPE_LOOK_BACK} sentences of the body; an incident when none does. For a figure that
   * restates a count ("put the toll at 834") and tells nothing more of it.
   */
  private Scope scopeBefore(int sentence) {
    if (!headline[sentence]) {
      for (int j = sentence - 1; j >= Math.max(0, sentence - SCOPE_LOOK_BACK) && !headline[j];
          j--) {
        Scope told = cues.told(j, datesOf(j));
        if (told != null) {
          return told;
        }
      }
    }
    return Scope.INCIDENT;
  }

  /** How far before its date the "since" of a running total's clause may stand. */
  private static final int SINCE_CLAUSE_REACH = 90;

  /**
   * The last day of {@code date}; for a running total counted "since" an event of that date
   * ("since fighting erupted ... in April 2023", "since the rainy season began in May"), the
   * article's day, as for "since April 2023".
   */
  private LocalDate lastDay(DateSpan date, int sentence, boolean cumulative) {
    if (!cumulative || date.since()) {
      return date.last();
    }
    String text = places.words(sentence).text();
    int since = text.toLowerCase(Locale.ROOT).lastIndexOf("since ", date.start());
    if (since < 0 || date.start() - since > SINCE_CLAUSE_REACH
        || FigureCues.pauseBetween(text, since, date.start())) {
      return date.last();
    }
    return published != null && !published.isBefore(date.first()) ? published : null;
  }

  /**
   * The date nearest {@code offset}; for a running total not a day of the last week, which is
   * most often the day its count was given ("the ministry said on Friday").
   */
  private static DateSpan nearest(List<DateSpan> spans, int offset, boolean cumulative) {
    DateSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateSpan s : spans) {
      if (cumulative && s.day()) {
        continue;
      }
      int d = FigureCues.distance(s.start(), s.end(), offset);
      if (d < bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return best;
  }

  private List<DateSpan> datesOf(int i) {
    List<DateSpan> d = datesBySentence.get(i);
    if (d == null) {
      d = dates.find(places.words(i), published);
      datesBySentence.set(i, d);
    }
    return d;
  }
}
