package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.confidence.SentenceCue;

/** A claim as read from one mention, before merging. */
public final class RawClaim {
  final Mention mention;
  public final SourceRef source;
  final String via;
  final boolean relayed;
  final boolean headline;
  public final List<SentenceCue> cues = new ArrayList<>(2);
  final Evidence evidence;
  /** The index of the sentence it was read from. */
  public final int sentence;
  /** Its position among the document's raw claims. */
  final int order;
  /** A count added to others ("four more people", "another 10"): no repeat of an earlier one. */
  boolean additional;
  private final String sourceKey;
  private final FigureKey figureKey;

  /**
   * @param sourceKey the source's name, lower-cased ({@link #keyOf}): claims of one frame share it
   */
  RawClaim(Mention mention, SourceRef source, String sourceKey, String via, boolean relayed,
      boolean headline, Evidence evidence, int sentence, int order) {
    this.mention = mention;
    this.source = source;
    this.via = via;
    this.relayed = relayed;
    this.headline = headline;
    this.evidence = evidence;
    this.sentence = sentence;
    this.order = order;
    this.sourceKey = sourceKey;
    this.figureKey =
        new FigureKey(mention.category(), mention.figure().count, mention.figure().vague);
  }

  /** The key of a source: its name, lower-cased; empty when unattributed. */
  static String keyOf(SourceRef source) {
    return source == null ? "" : source.name().toLowerCase(Locale.ROOT);
  }

  /** The source's name, lower-cased; empty when unattributed. */
  /** Whether the figure is a headline's: a repeat of the body's, whose words the body names. */
  public boolean fromHeadline() {
    return headline;
  }

  /** Who was harmed, as the text's short phrase ("Ukrainian servicemen"), or null. */
  public String victims() {
    return mention.victims();
  }

  public String sourceKey() {
    return sourceKey;
  }

  Qualifier qualifier() {
    return mention.figure().qualifier;
  }

  /** The key of its figure: category, count and vagueness. */
  FigureKey figureKey() {
    return figureKey;
  }

  record FigureKey(Category category, long count, boolean vague) {}
}
