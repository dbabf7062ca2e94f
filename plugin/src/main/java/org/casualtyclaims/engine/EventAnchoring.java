package org.casualtyclaims.engine;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtyclaims.engine.event.EventStage;
import org.casualtyclaims.engine.event.StoryEvents;

/**
 * Gives each merged claim the place, date and scope of its event, read from the sentence of its
 * first mention in the body (a headline repeats what the body tells in full).
 */
final class EventAnchoring {
  private EventAnchoring() {}

  static List<Claim> anchor(List<Claim> claims, List<Sentence> sentences, EventStage stage,
      java.time.LocalDate published) {
    boolean[] headline = new boolean[sentences.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      headline[i] = s.headline();
      index.put(s.field() + '\u0000' + s.start(), i);
    }
    // sentence texts are cut only when the place or date stage reads them
    List<String> texts = new AbstractList<>() {
      @Override
      public String get(int i) {
        return sentences.get(i).text();
      }

      @Override
      public int size() {
        return sentences.size();
      }
    };
    StoryEvents story = stage.story(texts, headline, published);
    List<Claim> anchored = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Evidence e = bodyEvidence(c, index, headline);
      Integer sentence = e == null ? null : index.get(e.field() + '\u0000' + e.sentenceStart());
      anchored.add(sentence == null ? c
          : c.withEvent(story.anchor(sentence, e.start() - e.sentenceStart())));
    }
    return anchored;
  }

  private static Evidence bodyEvidence(Claim c, Map<String, Integer> index, boolean[] headline) {
    for (Evidence e : c.evidence()) {
      Integer i = index.get(e.field() + '\u0000' + e.sentenceStart());
      if (i != null && !headline[i]) {
        return e;
      }
    }
    return c.evidence().isEmpty() ? null : c.evidence().get(0);
  }
}
