package org.casualtyclaims.engine.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.ConfidenceEffect;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.SourceType;

/**
 * Scores a claim by the rubric: a base score from the source's type (named or not), raised to a
 * named official's when one corroborates the figure, then the cap of every cue that governs the
 * figure; the weakest cue wins. The numbers come from {@code
 * claims/confidence.tsv}.
 */
public final class ConfidenceScorer {
  private final ConfidenceSettings settings;

  public ConfidenceScorer(ConfidenceSettings settings) {
    this.settings = settings;
  }

  public Confidence score(
      SourceType type,
      boolean named,
      boolean person,
      String via,
      boolean relayed,
      Qualifier qualifier,
      boolean vague,
      List<SentenceCue> cues) {
    List<String> reasons = new ArrayList<>(4);
    double score = settings.base(type, named);
    reasons.add(sourceReason(type, named, person));
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.CORROBORATED) {
        score = Math.max(score, settings.base(SourceType.OFFICIAL, true));
        reasons.add(cue.reason());
        break;
      }
    }
    if (relayed) {
      score = Math.min(score, settings.capRelayed);
      reasons.add(via == null ? "relayed by an outlet" : "relayed by " + via);
    }
    if (vague) {
      score = Math.min(score, settings.capApproximate);
      reasons.add("vague figure");
    } else if (qualifier == Qualifier.APPROXIMATE || qualifier == Qualifier.RANGE) {
      score = Math.min(score, settings.capApproximate);
      reasons.add(qualifier == Qualifier.RANGE ? "figure given as a range" : "approximate figure");
    }
    for (SentenceCue cue : cues) {
      double cap =
          switch (cue.effect()) {
            case HEDGE -> settings.capHedge;
            case WEAK, DISPUTED, DISPUTING -> settings.capWeak;
            case UNVERIFIED -> settings.capUnverified;
            case CORRECTION -> settings.capCorrection;
            case CONFIRM, CORROBORATED, PLAIN -> 1.0;
          };
      boolean unnamedConfirm =
          cue.effect() == ConfidenceEffect.CONFIRM && !(named && type == SourceType.OFFICIAL);
      if (cue.effect() == ConfidenceEffect.CORROBORATED || unnamedConfirm) {
        continue;
      }
      score = Math.min(score, cap);
      if (!reasons.contains(cue.reason())) {
        reasons.add(cue.reason());
      }
    }
    score = Math.round(score * 100) / 100.0;
    return new Confidence(score, settings.label(score), reasons);
  }

  private static String sourceReason(SourceType type, boolean named, boolean person) {
    return switch (type) {
      case OFFICIAL -> person ? "named official on the record" : "official source on the record";
      case INTERNATIONAL -> "international organisation";
      case MEDIA -> named ? "media report" : "unnamed media";
      case WITNESS -> named ? "named witness" : "unnamed witness";
      case GROUP -> "armed group";
      case ANONYMOUS -> "anonymous source";
      case UNATTRIBUTED -> "unattributed";
    };
  }

  public static String verbReason(ConfidenceEffect effect, String verb) {
    return switch (effect) {
      case CONFIRM -> "confirmed by named official";
      case HEDGE -> "hedge: " + verb.toLowerCase(Locale.ROOT);
      case WEAK -> "hedge: " + verb.toLowerCase(Locale.ROOT);
      default -> verb;
    };
  }
}
