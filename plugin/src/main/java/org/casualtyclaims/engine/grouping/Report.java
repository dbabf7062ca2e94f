package org.casualtyclaims.engine.grouping;

import java.time.Instant;

/**
 * A figure a source gave for an event on one day, with the newest publication date of the claims
 * giving it.
 * For a timeline, one per article: then {@code article}, {@code qualifier} and {@code corrected}
 * are those of the article's claim; otherwise they are null and false.
 */
public record Report(
    String source,
    long figure,
    Instant published,
    String article,
    String qualifier,
    boolean corrected) {}
