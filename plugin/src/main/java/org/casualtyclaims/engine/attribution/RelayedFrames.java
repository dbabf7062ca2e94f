package org.casualtyclaims.engine.attribution;

import static org.casualtyclaims.engine.attribution.SpeechFrames.stripOwner;

import java.util.List;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Token;

/**
 * The frames of one sentence set right once a ", citing", ", quoting" or ", according to" clause
 * follows a speaker: who relayed the figure, and who asserts it.
 */
final class RelayedFrames {
  private RelayedFrames() {}

  /**
   * How far after an outlet's verb its ", citing" clause may close the figure it reported: "The
   * broadcaster said 106 people had been wounded, citing the centre".
   */
  private static final int CITING_REACH = 10;

  /**
   * "..., Kyodo News reported on Sunday, citing the prefectural government": an outlet's frame
   * that a ", citing" clause closes speaks for whom it cites, as "The Daily Nation, citing police
   * sources, said" does. The last frame is the citing one; the one before, if it is the outlet's
   * and ends just before the clause, takes its source.
   */
  static void relayCited(
      List<Frame> frames, List<Token> tokens, int citing, DocumentContext context) {
    if (frames.size() < 2 || citing < 1 || !tokens.get(citing - 1).is(",")) {
      return;
    }
    Frame cited = frames.get(frames.size() - 1);
    Frame outlet = frames.get(frames.size() - 2);
    if (cited.anchor != citing || outlet.anchor >= citing || citing - outlet.anchor > CITING_REACH
        || outlet.kind == Frame.Kind.ACCORDING || outlet.via != null
        || outlet.source.type() != SourceType.MEDIA || cited.source.type() == SourceType.MEDIA) {
      return;
    }
    // "The broadcaster said ..., citing": the outlet that "the broadcaster" is, named before
    SourceRef named = outlet.source.isBare() ? context.lastOfType(SourceType.MEDIA) : null;
    outlet.via = stripOwner((named != null ? named : outlet.source).name());
    outlet.source = cited.source;
    outlet.relayed = true;
  }

  /**
   * "..., the health ministry said, according to the state news agency": the outlet that follows
   * a speaker's verb relayed what the speaker said; the speaker keeps the figure, via the outlet.
   */
  static void relayedSpeaker(List<Frame> frames, List<Token> tokens, int according) {
    if (frames.size() < 2 || according < 1 || !tokens.get(according - 1).is(",")) {
      return;
    }
    Frame outlet = frames.get(frames.size() - 1);
    Frame speaker = frames.get(frames.size() - 2);
    if (outlet.anchor != according || outlet.source.type() != SourceType.MEDIA
        || speaker.kind != Frame.Kind.SAID || speaker.anchor >= according
        || according - speaker.anchor > 4 || speaker.source.type() == SourceType.MEDIA) {
      return;
    }
    speaker.via = stripOwner(outlet.source.name());
    speaker.relayed = true;
    frames.remove(frames.size() - 1);
  }

  /**
   * "The rights group Hengaw said on Tuesday, citing sources at local hospitals, that 70 died":
   * a speaker who is no outlet asserts the figure on what it cites, so the cited frame the
   * ", citing" clause made gives way to the speaker's own (an outlet's was relayed above).
   */
  static void keepCitingSpeaker(List<Frame> frames, List<Token> tokens, int citing) {
    if (frames.size() < 2 || citing < 1 || !tokens.get(citing - 1).is(",")) {
      return;
    }
    Frame cited = frames.get(frames.size() - 1);
    Frame speaker = frames.get(frames.size() - 2);
    if (cited.anchor == citing && speaker.kind == Frame.Kind.SAID && speaker.anchor < citing
        && citing - speaker.anchor <= 5 && speaker.source.type() != SourceType.MEDIA
        && !speaker.relayed) {
      frames.remove(frames.size() - 1);
    }
  }
}
