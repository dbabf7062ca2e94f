package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casualtyclaims.engine.confidence.Confidence;
import org.casualtyclaims.engine.confidence.ConfidenceScorer;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.figures.Figure;
import org.casualtyclaims.engine.text.Token;

/**
 * Merges the raw claims of a document into claims, each unique by (category, count, source):
 * a headline figure joins the body claim it repeats; an unattributed figure, or one from unnamed
 * officials, joins the claim of whoever gives the same figure on the record; the rest group by
 * source. Confidence is scored last, the weakest mention of the claim's own source winning.
 *
 * <p>Raw claims are bucketed by figure, so each one finds its partner in constant time.
 */
final class ClaimMerger {
  /** Candidates a headline figure looks at before it settles. */
  private static final int HEADLINE_CANDIDATES = 16;
  /** Later named officials an unnamed-official figure looks at before it settles. */
  private static final int OFFICIAL_CANDIDATES = 8;

  private final ConfidenceScorer scorer;
  private final int maxEvidence;

  ClaimMerger(ConfidenceScorer scorer, int maxEvidence) {
    this.scorer = scorer;
    this.maxEvidence = maxEvidence;
  }

  /** What makes a claim one claim: its figure and its source. */
  private record ClaimKey(RawClaim.FigureKey figure, String source) {}

  private static final int QUALIFIERS = Qualifier.values().length;

  /** The raw claims that share one figure, with what a merge asks of them. */
  private static final class Bucket {
    final List<RawClaim> body = new ArrayList<>();
    /** The first attributed body claim of each qualifier, by the qualifier's ordinal. */
    final RawClaim[] firstAttributed = new RawClaim[QUALIFIERS];
    RawClaim firstAttributedAny;
    /** Body claims from named officials, in document order. */
    final List<RawClaim> namedOfficials = new ArrayList<>();
  }

  List<Claim> merge(List<RawClaim> raws) {
    Map<RawClaim.FigureKey, Bucket> buckets = new HashMap<>();
    // body ranges by their high end: "up to 60" in a headline repeats "between 40 and 60"
    Map<RawClaim.FigureKey, RawClaim> rangeTops = null;
    for (RawClaim raw : raws) {
      if (raw.headline) {
        continue;
      }
      Long top = raw.mention.figure().countMax;
      if (top != null) {
        if (rangeTops == null) {
          rangeTops = new HashMap<>();
        }
        rangeTops.putIfAbsent(
            new RawClaim.FigureKey(raw.mention.category(), top, raw.mention.figure().vague), raw);
      }
      Bucket b = buckets.computeIfAbsent(raw.figureKey(), k -> new Bucket());
      b.body.add(raw);
      if (raw.source != null) {
        if (b.firstAttributed[raw.qualifier().ordinal()] == null) {
          b.firstAttributed[raw.qualifier().ordinal()] = raw;
        }
        if (b.firstAttributedAny == null) {
          b.firstAttributedAny = raw;
        }
        if (raw.source.person() && raw.source.type() == SourceType.OFFICIAL) {
          b.namedOfficials.add(raw);
        }
      }
    }
    // what each raw claim merges into, by its order (its index in raws)
    RawClaim[] target = new RawClaim[raws.size()];
    // raw claims of a bare body merged into its named official: the official's own voice
    boolean[] bodyVoice = new boolean[raws.size()];
    for (RawClaim raw : raws) {
      Bucket b = buckets.get(raw.figureKey());
      RawClaim into = null;
      if (b != null && raw.headline) {
        into = bodyClaimFor(raw, b);
      } else if (b == null && raw.headline && rangeTops != null
          && raw.qualifier() != Qualifier.AT_LEAST) {
        into = rangeTops.get(raw.figureKey());
      } else if (b != null && raw.source == null && !raw.additional) {
        // an unattributed figure, even one a later count replaced, is the claim of whoever
        // gives it on the record
        into = attributedClaimFor(raw, b);
      } else if (b != null && !raw.mention.superseded() && isUnnamedOfficial(raw.source)) {
        into = namedOfficialFor(raw, b);
      } else if (b != null && !raw.mention.superseded() && raw.source != null
          && raw.source.isBare() && raw.source.type() == SourceType.OFFICIAL) {
        into = memberOfBodyFor(raw, b);
        bodyVoice[raw.order] = into != null;
      }
      if (into == null && b != null && raw.source != null && !raw.headline) {
        into = jointSourceFor(raw, b);
      }
      target[raw.order] = into == null ? raw : into;
    }
    // a headline merged into an unattributed lede that itself merged on: follow to the end
    for (int r = 0; r < target.length; r++) {
      RawClaim owner = target[r];
      for (int hops = 0; target[owner.order] != owner && hops < 4; hops++) {
        owner = target[owner.order];
      }
      target[r] = owner;
    }
    Map<ClaimKey, List<RawClaim>> groups = new LinkedHashMap<>();
    for (RawClaim raw : raws) {
      RawClaim owner = target[raw.order];
      groups.computeIfAbsent(new ClaimKey(owner.figureKey(), owner.sourceKey()),
          k -> new ArrayList<>()).add(raw);
    }
    List<Claim> claims = new ArrayList<>(groups.size());
    for (List<RawClaim> group : groups.values()) {
      claims.add(toClaim(group, target[group.get(0).order], bodyVoice));
    }
    return claims;
  }

  /**
   * The body claim a headline repeats: one of the same figure whose qualifier fits, preferably
   * from a source of the headline's own type.
   */
  private static RawClaim bodyClaimFor(RawClaim headline, Bucket b) {
    RawClaim best = null;
    int looked = 0;
    for (RawClaim r : b.body) {
      if (++looked > HEADLINE_CANDIDATES) {
        break;
      }
      boolean compatible = headline.source != null
          || headline.qualifier() == Qualifier.EXACT
          || headline.qualifier() == r.qualifier();
      if (!compatible) {
        continue;
      }
      if (best == null) {
        best = r;
      } else if (headline.source != null && r.source != null && best.source != null
          && r.source.type() == headline.source.type()
          && best.source.type() != headline.source.type()) {
        best = r;
      }
    }
    return best;
  }

  /** The first attributed claim of the same figure whose qualifier fits. */
  private static RawClaim attributedClaimFor(RawClaim raw, Bucket b) {
    if (raw.qualifier() == Qualifier.EXACT) {
      return b.firstAttributedAny;
    }
    RawClaim same = b.firstAttributed[raw.qualifier().ordinal()];
    RawClaim exact = b.firstAttributed[Qualifier.EXACT.ordinal()];
    if (same == null) {
      return exact;
    }
    return exact == null || same.order < exact.order ? same : exact;
  }

  /**
   * A figure from unnamed officials ("officials said") joins the named official who gives it
   * later ("police spokesperson Sachin Navadkar said").
   */
  private static RawClaim namedOfficialFor(RawClaim raw, Bucket b) {
    List<RawClaim> officials = b.namedOfficials;
    int lo = 0;
    int hi = officials.size();
    while (lo < hi) { // the first one after the raw claim's sentence
      int mid = (lo + hi) >>> 1;
      if (officials.get(mid).sentence <= raw.sentence) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < officials.size() && i < lo + OFFICIAL_CANDIDATES; i++) {
      if (compatible(raw.qualifier(), officials.get(i).qualifier())) {
        return officials.get(i);
      }
    }
    return null;
  }

  /**
   * A figure of a body the text leaves bare ("police said") joins a named official of that body
   * who gives the same figure ("police spokesman Alfred Dala said"): one claim, as the person
   * speaks for the body. A person of the body who gives no such figure does not take it over.
   */
  private static RawClaim memberOfBodyFor(RawClaim raw, Bucket b) {
    int looked = 0;
    for (RawClaim r : b.namedOfficials) {
      if (++looked > OFFICIAL_CANDIDATES) {
        break;
      }
      String affiliation = r.source.affiliation();
      if (affiliation != null
          && Names.hasWord(affiliation, raw.source.head().toLowerCase(Locale.ROOT))
          && compatible(raw.qualifier(), r.qualifier())) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether a figure counts people added to others: "four more people", "another 10", "a further
   * six", "an additional 12".
   */
  static boolean isAdditional(List<Token> tokens, Figure figure) {
    int after = figure.last + 1;
    if (after + 1 < tokens.size() && tokens.get(after).is("more")
        && !tokens.get(after + 1).is("than")) {
      return true;
    }
    int before = figure.qualifierStart - 1;
    return before >= 0 && (tokens.get(before).is("another") || tokens.get(before).is("further")
        || tokens.get(before).is("additional"));
  }

  /**
   * An earlier claim of the same figure from a joint source this source is one of: "a local
   * official and a humanitarian worker said" before "the humanitarian worker confirmed" it.
   */
  private static RawClaim jointSourceFor(RawClaim raw, Bucket b) {
    String key = raw.sourceKey();
    int looked = 0;
    for (RawClaim r : b.body) {
      if (r.order >= raw.order || ++looked > HEADLINE_CANDIDATES) {
        break;
      }
      String joint = r.sourceKey();
      int and = joint.length() > key.length() + 5 ? joint.indexOf(" and ") : -1;
      if (and > 0 && (endsWithWord(joint, key) || (and == key.length() && joint.startsWith(key)))) {
        return r;
      }
    }
    return null;
  }

  /** Whether {@code joint} ends with the words {@code key}, after a space. */
  private static boolean endsWithWord(String joint, String key) {
    int at = joint.length() - key.length();
    return at > 0 && joint.charAt(at - 1) == ' ' && joint.endsWith(key);
  }

  /** "officials", "a senior military officer": unnamed office-holders. */
  private static boolean isUnnamedOfficial(SourceRef source) {
    if (source == null || source.type() != SourceType.ANONYMOUS || source.named()) {
      return false;
    }
    String name = source.name().toLowerCase(Locale.ROOT);
    return name.endsWith("official") || name.endsWith("officials") || name.endsWith("officer");
  }

  /** The same figure, once with and once without a qualifier ("at least 12" and "12"). */
  private static boolean compatible(Qualifier a, Qualifier b) {
    return a == b || a == Qualifier.EXACT || b == Qualifier.EXACT;
  }

  /**
   * One claim from a group of raw claims. Its confidence is the weakest of the mentions in which
   * its own source speaks; mentions merged in from a headline or an unattributed lede add only
   * evidence.
   */
  private Claim toClaim(List<RawClaim> group, RawClaim owner, boolean[] bodyVoice) {
    SourceRef source = owner.source;
    Figure figure = owner.mention.figure();
    Qualifier qualifier = figure.qualifier;
    Long countMax = figure.countMax;
    String victims = null;
    String via = null;
    List<Evidence> evidence = new ArrayList<>();
    for (RawClaim raw : group) {
      Figure f = raw.mention.figure();
      // the speaker's own qualifier wins; a headline only fills in an exact one
      if (qualifier == Qualifier.EXACT && f.qualifier != Qualifier.EXACT
          && (speaksAs(raw, owner, bodyVoice) || (raw.source == null && raw.headline))) {
        qualifier = f.qualifier;
        countMax = f.countMax;
      }
      if (victims == null) {
        victims = raw.mention.victims();
      }
      if (via == null && speaksAs(raw, owner, bodyVoice)) {
        via = raw.via;
      }
      if (evidence.size() < maxEvidence) {
        evidence.add(raw.evidence);
      }
    }
    // a count its source revised down ("revised the toll down from 1,400"), merged in from the
    // sentence that corrects it, stays corrected
    List<SentenceCue> corrections = null;
    for (RawClaim raw : group) {
      if (!speaksAs(raw, owner, bodyVoice)) {
        for (SentenceCue cue : raw.cues) {
          if (cue.effect() == ConfidenceEffect.CORRECTION) {
            corrections = corrections == null ? new ArrayList<>(2) : corrections;
            corrections.add(cue);
          }
        }
      }
    }
    Confidence weakest = null;
    for (RawClaim raw : group) {
      if (!speaksAs(raw, owner, bodyVoice)) {
        continue;
      }
      List<SentenceCue> cues = raw.cues;
      if (corrections != null) {
        cues = new ArrayList<>(raw.cues);
        cues.addAll(corrections);
      }
      Confidence c =
          scorer.score(
              source == null ? SourceType.UNATTRIBUTED : source.type(),
              source != null && source.named(),
              source != null && source.person(),
              via,
              raw.relayed,
              qualifier,
              figure.vague,
              cues);
      if (weakest == null || c.score() < weakest.score()) {
        weakest = c;
      }
    }
    return new Claim(
        owner.mention.category(),
        figure.count,
        countMax,
        qualifier,
        figure.vague,
        victims,
        source == null ? null : source.name(),
        source == null ? SourceType.UNATTRIBUTED : source.type(),
        via,
        weakest.score(),
        weakest.label(),
        weakest.reasons(),
        evidence,
        group.size(),
        EventAnchor.NONE);
  }

  private static boolean sameSource(RawClaim a, RawClaim b) {
    return a.sourceKey().equals(b.sourceKey());
  }

  /** Whether {@code raw} is the owner's source speaking, by name or as the body it speaks for. */
  private static boolean speaksAs(RawClaim raw, RawClaim owner, boolean[] bodyVoice) {
    return sameSource(raw, owner) || bodyVoice[raw.order];
  }
}
