package org.casualtyclaims.engine;

import java.util.List;

/** A confidence score with its label and the reasons behind it. */
record Confidence(double score, ConfidenceLabel label, List<String> reasons) {}
