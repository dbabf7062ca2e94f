package org.casualtyclaims.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.place.StoryPlaces;

/**
 * What the cues of a figure's sentence ({@link ScopeCues}) and its dates say of the figure: one
 * incident or a running total, and whether it counts over the story's whole country. Each
 * sentence's cues are read once, when a figure first asks.
 */
final class FigureCues {
  /**
   * What opens a clause after a figure whose scope cues are not the figure's: a relative clause,
   * or one that adds the figure to a running total (", taking the toll since the start of the
   * month to 97", ", adding to 57 deaths over the weekend").
   */
  private static final List<String> RELATIVE_OPENERS =
      List.of(", where ", ", which ", ", taking ", ", bringing ", ", raising ", ", adding ");

  private final StoryPlaces places;
  private final ScopeCues scopes;
  private final List<List<ScopeCues.Cue>> cuesBySentence = new ArrayList<>();

  FigureCues(StoryPlaces places, ScopeCues scopes, int sentences) {
    this.places = places;
    this.scopes = scopes;
    for (int i = 0; i < sentences; i++) {
      cuesBySentence.add(null);
    }
  }

  /**
   * The cue nearest the figure decides, "since October 7" being a cumulative cue, but not one of a
   * relative clause after it; a whole year ("in 2024") makes a running total only when no cue
   * names the kind of event. Null when the sentence only restates a count ("put the toll at
   * 834") and tells nothing more of it: the sentences before then tell ({@link #told}).
   */
  Scope scope(int sentence, int offset, List<DateSpan> own) {
    return scope(sentence, offset, own, false);
  }

  /**
   * What sentence {@code sentence} tells of the kind of event its first figure counts (a cue, a
   * fight, a date of a day or a year), or null when it tells nothing. The first figure is taken
   * to stand at the first digit (at the end when there is none): close enough for a sentence
   * read only to know what its story counts.
   */
  Scope told(int sentence, List<DateSpan> own) {
    String text = places.words(sentence).text();
    int at = 0;
    while (at < text.length() && !Character.isDigit(text.charAt(at))) {
      at++;
    }
    return scope(sentence, at, own, true);
  }

  /** @param strict whether a sentence that tells nothing gives null, not an incident */
  private Scope scope(int sentence, int offset, List<DateSpan> own, boolean strict) {
    Scope scope = Scope.INCIDENT;
    int best = Integer.MAX_VALUE;
    String text = places.words(sentence).text();
    int relative = relativeClauseAfter(text, offset);
    ScopeCues.Cue deciding = null;
    boolean battle = false;
    boolean restates = false;
    ScopeCues.Cue firstEvent = null;
    for (ScopeCues.Cue cue : cuesOf(sentence)) {
      int d = distance(cue.start(), cue.end(), offset);
      if (cue.start() < relative && !inClauseBefore(text, cue.start(), cue.end(), offset)) {
        battle |= cue.kind() == ScopeCues.Kind.BATTLE;
        if (firstEvent == null && cue.kind() == ScopeCues.Kind.INCIDENT) {
          firstEvent = cue;
        }
        restates |= cue.kind() == ScopeCues.Kind.RESTATES;
        // "the deadliest attack since 2021", "one of the worst road accidents this year": a
        // running-total cue after a superlative in its clause dates or sets a comparison
        boolean compared = cue.scope() == Scope.CUMULATIVE
            && comparison(text, cue.start(), cuesOf(sentence));
        if (d < best && cue.scope() != null && !compared) {
          best = d;
          scope = cue.scope();
          deciding = cue;
        }
      }
    }
    ScopeCues.Cue opening = openingTotal(text, cuesOf(sentence), offset);
    if (opening != null) {
      // "In the past month, Russian attacks on the city have killed 27": a running total that
      // opens the sentence counts all of it, whatever event the figure's clause names
      scope = Scope.CUMULATIVE;
      deciding = opening;
      best = 0;
    }
    boolean told = deciding != null || battle;
    if (deciding == null && WarClauses.inACountrysWar(places.words(sentence), offset)) {
      // "1,800 civilians were killed in Sudan's war in March": the war's toll over a period
      scope = Scope.CUMULATIVE;
      told = true;
    }
    if (scope == Scope.INCIDENT && WarClauses.warAsSubject(places.words(sentence), offset)) {
      // "the invasion of Ukraine has killed 12,500": a war's toll, whatever the nearest cue
      scope = Scope.CUMULATIVE;
      told = true;
    }
    if (scope == Scope.INCIDENT
        && ClauseDays.sinceADateAfter(text, offset, own, cuesOf(sentence))) {
      // "killed in Lebanon by Israeli fire since October": the span counts the whole clause,
      // whatever event it names on the way
      scope = Scope.CUMULATIVE;
    }
    if (deciding != null && deciding.kind() == ScopeCues.Kind.UNREST
        && (ClauseDays.oneDay(text, offset, own)
            || ClauseDays.oneDay(text, deciding.end(), own))) {
      // "killed in Tuesday's protests", "during protests on Wednesday": the count of one day,
      // named in the figure's clause or the protests' ("19 deaths, 64 injuries and three
      // abductions during Tuesday's protests")
      scope = Scope.INCIDENT;
    }
    if (deciding != null && deciding.kind() == ScopeCues.Kind.SERIES
        && ClauseDays.dayAfter(text, deciding, own)) {
      // "attacks by gunmen on three villages on Sunday killed 52", "attacks across the country
      // overnight": one day's attacks, one incident ("four separate attacks" is listed apart)
      scope = Scope.INCIDENT;
    }
    if (deciding != null && (battle || eventBefore(text, firstEvent, deciding))
        && ClauseDays.sinceADay(text, deciding, own)) {
      // "clashes have killed 52 since Thursday", "the toll of the wildfire that has burned since
      // Friday": one fight or disaster over a few days, not a running total ("a hospital has
      // admitted 312 wounded since Sunday" names neither)
      scope = Scope.INCIDENT;
    }
    boolean period = pastPeriodOfAStatistic(text, cuesOf(sentence), offset, relative);
    told |= period;
    for (DateSpan span : own) {
      int d = distance(span.start(), span.end(), offset);
      if (span.since() && d < best && !comparison(text, span.start(), cuesOf(sentence))
          && !inClauseBefore(text, span.start(), span.end(), offset)) {
        best = d;
        scope = Scope.CUMULATIVE;
      }
      period |= span.period();
      // one day of the calendar tells one day's count: "On August 5 alone, police killed 52"
      told |= span.day() || span.since() || span.period() || span.calendarDay();
    }
    if (!told && scope == Scope.INCIDENT && (strict || restates)) {
      return null;
    }
    return period && best == Integer.MAX_VALUE ? Scope.CUMULATIVE : scope;
  }

  /**
   * Whether a past month or year ({@code period} of scope-cues.tsv) stands before the relative
   * clause after the figure in a sentence that tells a statistic: a word of one ("annual",
   * "figures") or a count over the whole country ("across the country"). "Killed 1,240 in Chad
   * last year, the group said in its annual report" counts a running total as a whole year does.
   */
  private static boolean pastPeriodOfAStatistic(String text, List<ScopeCues.Cue> cues,
      int offset, int relative) {
    boolean statistic = false;
    boolean past = false;
    for (ScopeCues.Cue cue : cues) {
      statistic |= cue.kind() == ScopeCues.Kind.STATISTIC
          || cue.kind() == ScopeCues.Kind.COUNTRYWIDE;
      past |= cue.kind() == ScopeCues.Kind.PERIOD && cue.start() < relative
          && !inClauseBefore(text, cue.start(), cue.end(), offset);
    }
    return statistic && past;
  }

  /**
   * How far into a sentence its opening cue may stand, and how far after it the comma that
   * closes its phrase.
   */
  private static final int OPENING_REACH = 20;

  /**
   * A running-total cue that opens the sentence in a short phrase of its own, set off by a comma
   * before the figure with no other cue in it ("In the past month, ...", "Since the war began,
   * ...", also a few words in and after a dateline: "GAZA CITY - In the six weeks since the
   * ceasefire, ..."), or null.
   */
  private static ScopeCues.Cue openingTotal(String text, List<ScopeCues.Cue> cues, int offset) {
    if (cues.isEmpty() || cues.get(0).scope() != Scope.CUMULATIVE) {
      return null;
    }
    int opens = afterDateline(text);
    if (cues.get(0).start() < opens || cues.get(0).start() - opens > OPENING_REACH
        || pauseBetween(text, opens, cues.get(0).start())) {
      return null;
    }
    ScopeCues.Cue first = cues.get(0);
    int comma = text.indexOf(", ", first.end());
    if (comma < 0 || comma > offset || comma - first.end() > OPENING_REACH
        || pauseBetween(text, first.end(), comma)
        || text.indexOf(';', comma) >= 0 && text.indexOf(';', comma) < offset) {
      return null;
    }
    return cues.size() > 1 && cues.get(1).start() < comma ? null : first;
  }

  /** How far into a sentence the dash that closes a dateline may stand. */
  private static final int DATELINE_REACH = 60;
  /** The dashes that close a dateline. */
  private static final List<String> DATELINE_DASHES =
      List.of(" - ", " -- ", " \u2014 ", " \u2013 ");

  /**
   * Where the words of a sentence open after a dateline whose first word is in capitals ("GAZA
   * CITY - ", "KYIV (Reuters) -- "); 0 when it opens with none.
   */
  private static int afterDateline(String text) {
    int dash = -1;
    for (String delimiter : DATELINE_DASHES) {
      int at = text.indexOf(delimiter);
      if (at > 0 && at < DATELINE_REACH && (dash < 0 || at < dash)) {
        dash = at;
      }
    }
    int firstWord = 0;
    while (firstWord < text.length() && Character.isLetter(text.charAt(firstWord))) {
      firstWord++;
    }
    String first = text.substring(0, firstWord);
    if (dash < 0 || firstWord < 3 || !first.equals(first.toUpperCase(Locale.ROOT))) {
      return 0;
    }
    int start = text.indexOf(' ', dash + 1) + 1;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Whether {@code event} stands before {@code since} in its clause. */
  private static boolean eventBefore(String text, ScopeCues.Cue event, ScopeCues.Cue since) {
    return event != null && event.end() <= since.start()
        && !pauseBetween(text, event.end(), since.start());
  }

  /**
   * Whether a superlative stands before the "since" at {@code since} in its clause: "the worst
   * floods since 2010" dates a comparison.
   */
  private static boolean comparison(String text, int since, List<ScopeCues.Cue> cues) {
    for (ScopeCues.Cue cue : cues) {
      if (cue.kind() == ScopeCues.Kind.SUPERLATIVE && cue.end() <= since
          && !pauseBetween(text, cue.end(), since)) {
        return true;
      }
    }
    return false;
  }

  private List<ScopeCues.Cue> cuesOf(int sentence) {
    List<ScopeCues.Cue> cues = cuesBySentence.get(sentence);
    if (cues == null) {
      cues = scopes.find(places.words(sentence));
      cuesBySentence.set(sentence, cues);
    }
    return cues;
  }

  /**
   * Whether the figure counts over the story's whole country: a countrywide cue opens its
   * sentence ("Nationwide, ...", "Across the country, ...") or stands in the figure's own clause
   * ("killed 40 people across the country").
   */
  boolean countrywide(int sentence, int offset) {
    String text = places.words(sentence).text();
    for (ScopeCues.Cue cue : cuesOf(sentence)) {
      boolean opening = cue.start() == 0 && text.startsWith(",", cue.end());
      if (cue.kind() == ScopeCues.Kind.COUNTRYWIDE && (opening
          || !pauseBetween(text, Math.min(cue.start(), offset), Math.max(cue.end(), offset)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma (not one inside "1,200") or a semicolon stands in [from, to). */
  static boolean pauseBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ',' && !(i > 0 && i + 1 < text.length()
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a clause describing a place or thing after the figure opens (", where buildings already
   * damaged by years of fighting collapsed"): its cues tell of something else. The sentence's end
   * when there is none.
   */
  private static int relativeClauseAfter(String text, int offset) {
    int at = text.length();
    for (String opener : RELATIVE_OPENERS) {
      int i = text.indexOf(opener, offset);
      if (i >= 0 && i < at) {
        at = i;
      }
    }
    return at;
  }

  /** What opens a clause set off by commas that describes a noun before it. */
  private static final List<String> EMBEDDED_OPENERS = List.of(", which ", ", who ", ", where ");

  /**
   * Whether the cue or date at [start, end) stands in a clause set off by commas that closes
   * before the figure: "The group, which tracks attacks in the region since 2015, put the number
   * of wounded at 200" tells of the group, not of the figure.
   */
  private static boolean inClauseBefore(String text, int start, int end, int offset) {
    if (end > offset) {
      return false;
    }
    int open = -1;
    for (String opener : EMBEDDED_OPENERS) {
      open = Math.max(open, text.lastIndexOf(opener, start));
    }
    return open >= 0 && !pauseBetween(text, open + 1, start) && pauseBetween(text, end, offset);
  }

  static int distance(int start, int end, int offset) {
    return start >= offset ? start - offset : Math.max(0, offset - end);
  }
}
