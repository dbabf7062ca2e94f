package org.casualtyclaims.engine;

/**
 * Limits of one extractor.
 *
 * @param maxChars characters read per document (all fields together); the rest is ignored and
 *     the result says it was truncated
 * @param maxFigure the largest count taken for a casualty figure; larger numbers are not claims
 * @param maxEvidence pieces of evidence kept per claim (mentions beyond it are only counted)
 */
public record ExtractorSettings(int maxChars, long maxFigure, int maxEvidence) {
  public static final int DEFAULT_MAX_CHARS = 500_000;
  public static final long DEFAULT_MAX_FIGURE = 1_000_000_000L;
  public static final int DEFAULT_MAX_EVIDENCE = 20;

  public ExtractorSettings {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, found " + maxChars);
    }
    if (maxFigure < 1) {
      throw new IllegalArgumentException("maxFigure must be at least 1, found " + maxFigure);
    }
    if (maxEvidence < 1) {
      throw new IllegalArgumentException("maxEvidence must be at least 1, found " + maxEvidence);
    }
  }

  public static ExtractorSettings defaults() {
    return new ExtractorSettings(DEFAULT_MAX_CHARS, DEFAULT_MAX_FIGURE, DEFAULT_MAX_EVIDENCE);
  }
}
