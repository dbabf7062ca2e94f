package org.casualtyclaims.engine.grouping;

import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.ResourceOpener;

/**
 * What a claim contributes to grouping events across articles, worked out at index time: its
 * series ({@link SeriesKey}) and whether it gives a corrected figure.
 *
 * <p>A claim has a series only when its event is placed at least in a country: a claim placed
 * nowhere cannot be told apart from another event of the same kind. A claim without a scope counts
 * as an incident. An incident keeps its region and its most specific place below the region (the
 * canonical name), and an incident claim that names no victims counts the configured group of
 * unnamed victims ({@link VictimGroups#unnamed}); a cumulative total keeps neither place, so that
 * a war's or a season's totals form one series per conflict country and victim group.
 */
public final class EventSeries {
  /**
   * Series without the configset's files: every victims phrase is its own group (its words in lower
   * case, "russian soldiers" apart from "russian troops") and no figure is marked corrected. For
   * clients that write claim documents without a configset at hand; with one, {@link #load}.
   */
  public static final EventSeries UNFOLDED =
      new EventSeries(new VictimGroups(Map.of(), ""), new CorrectionReasons(Set.of()));

  private final VictimGroups victimGroups;
  private final CorrectionReasons corrections;

  EventSeries(VictimGroups victimGroups, CorrectionReasons corrections) {
    this.victimGroups = victimGroups;
    this.corrections = corrections;
  }

  /** Loads {@value VictimGroups#FILE} and {@value CorrectionReasons#FILE} from the lexicons. */
  public static EventSeries load(ResourceOpener opener, LexiconFiles files) {
    return new EventSeries(
        VictimGroups.load(opener, files), CorrectionReasons.load(opener, files));
  }

  /** The claim's series, or null when its event is not placed in a country. */
  public SeriesKey of(Claim claim) {
    EventAnchor event = claim.event();
    if (event.country() == null) {
      return null;
    }
    String category = claim.category().label();
    String victims = victimGroups.group(claim.victims());
    String scope = event.scope() == null ? SeriesKey.INCIDENT : event.scope().label();
    if (scope.equals(SeriesKey.CUMULATIVE)) {
      return new SeriesKey(category, victims, event.country(), scope, null, null);
    }
    if (victims.isEmpty()) {
      victims = victimGroups.unnamed();
    }
    String region = event.region();
    String place = event.placeName() != null ? event.placeName() : event.place();
    if (region == null || place == null || place.equalsIgnoreCase(region)) {
      // a region, or a country (whose region is null), is not a place below the region
      place = null;
    }
    return new SeriesKey(category, victims, event.country(), scope, region, place);
  }

  public boolean corrected(Claim claim) {
    return corrections.corrected(claim.confidenceReasons());
  }
}
