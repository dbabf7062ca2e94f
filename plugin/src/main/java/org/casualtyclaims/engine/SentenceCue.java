package org.casualtyclaims.engine;

/** A hedging, weakening or verification phrase and the reason it gives. */
record SentenceCue(ConfidenceEffect effect, String reason) {}
