package org.casualtyclaims.engine.confidence;

import org.casualtyclaims.engine.ConfidenceEffect;

/** A hedging, weakening or verification phrase and the reason it gives. */
public record SentenceCue(ConfidenceEffect effect, String reason) {}
