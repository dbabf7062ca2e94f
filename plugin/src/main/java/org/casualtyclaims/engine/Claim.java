package org.casualtyclaims.engine;

import java.util.List;

/**
 * One figure about people harmed, as one source states it (see GUIDELINES.md). A document's
 * claims are unique by (category, count, source); {@code evidence} holds every mention, up to the
 * configured cap, and {@code mentions} counts them all.
 *
 * @param countMax the high end of a range, or null
 * @param source the canonical source, or null when the text attributes the figure to no one
 * @param via the outlet that relayed the figure, or null
 * @param victims a short phrase for who was harmed ("North Korean troops"), or null
 * @param vague true for a figure given only in words ("dozens"); count is then a conservative
 *     reading
 * @param event the place, date and scope of the event the figure counts; never null
 */
public record Claim(
    Category category,
    long count,
    Long countMax,
    Qualifier qualifier,
    boolean vague,
    String victims,
    String source,
    SourceType sourceType,
    String via,
    double confidence,
    ConfidenceLabel confidenceLabel,
    List<String> confidenceReasons,
    List<Evidence> evidence,
    int mentions,
    EventAnchor event) {

  public Claim {
    confidenceReasons = List.copyOf(confidenceReasons);
    evidence = List.copyOf(evidence);
    if (event == null) {
      throw new IllegalArgumentException("event is never null: use EventAnchor.NONE");
    }
  }

  /** This claim anchored to {@code anchor}. */
  public Claim withEvent(EventAnchor anchor) {
    return new Claim(category, count, countMax, qualifier, vague, victims, source, sourceType, via,
        confidence, confidenceLabel, confidenceReasons, evidence, mentions, anchor);
  }
}
