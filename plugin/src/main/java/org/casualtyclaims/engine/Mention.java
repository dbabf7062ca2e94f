package org.casualtyclaims.engine;

/**
 * A figure tied to a category in one sentence, before attribution.
 *
 * @param victims who was harmed, as a short phrase, or null
 * @param superseded the figure is an earlier count that a later one replaced ("raising the toll
 *     from 58"); it is kept as a claim but belongs to no current speaker
 */
record Mention(Figure figure, Category category, String victims, boolean superseded, Link link) {
  /** How the category was found. */
  enum Link {
    AFTER,
    NOUN,
    BEFORE,
    OF,
    TALLY,
    INHERITED
  }
}
