package org.casualtyclaims.engine;

import java.util.List;

/**
 * The claims of one document. {@code truncated} says the input was longer than the configured
 * cap and only its first {@code charsRead} characters were read.
 */
public record ExtractionResult(List<Claim> claims, boolean truncated, int charsRead) {}
