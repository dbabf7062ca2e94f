package org.casualtyclaims.engine;

/**
 * Where a claim was read: the field, the figure's character offsets in that field, and the
 * sentence around it (with its offsets).
 */
public record Evidence(
    String field, int start, int end, int sentenceStart, int sentenceEnd, String sentence) {}
