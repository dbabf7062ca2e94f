package org.casualtyclaims.engine.confidence;

import java.util.List;
import org.casualtyclaims.engine.ConfidenceLabel;

/** A confidence score with its label and the reasons behind it. */
public record Confidence(double score, ConfidenceLabel label, List<String> reasons) {}
