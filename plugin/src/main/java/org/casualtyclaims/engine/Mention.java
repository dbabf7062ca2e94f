package org.casualtyclaims.engine;

import org.casualtyclaims.engine.figures.Figure;

/**
 * A figure tied to a category in one sentence, before attribution.
 *
 * @param victims who was harmed, as a short phrase, or null
 * @param superseded the figure is an earlier count that a later one replaced ("raising the toll
 *     from 58"); it is kept as a claim but belongs to no current speaker
 * @param officialTally the figure completes "the official (death) toll", which speaks for the
 *     authorities when nobody else is named
 */
public record Mention(
    Figure figure,
    Category category,
    String victims,
    boolean superseded,
    Link link,
    boolean officialTally) {
  public Mention(Figure figure, Category category, String victims, boolean superseded, Link link) {
    this(figure, category, victims, superseded, link, false);
  }

  /** How the category was found. */
  public enum Link {
    AFTER,
    NOUN,
    BEFORE,
    OF,
    TALLY,
    INHERITED
  }
}
