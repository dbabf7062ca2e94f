package org.casualtyclaims.engine;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.event.EventStage;
import org.casualtyclaims.engine.event.StoryEvents;
import org.casualtyclaims.engine.text.Sentence;

/**
 * Gives each merged claim the place, date and scope of its event, read from the sentence of its
 * first mention in the body (a headline or a bullet of highlights repeats what the body tells in
 * full).
 */
final class EventAnchoring {
  private EventAnchoring() {}

  /** @param context the document as read: its sentences and their texts */
  static List<Claim> anchor(List<Claim> claims, DocumentContext context, EventStage stage,
      LocalDate published) {
    List<Sentence> sentences = context.sentences();
    boolean[] headline = new boolean[sentences.size()];
    int[] paragraphs = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      headline[i] = sentences.get(i).headline();
      paragraphs[i] = sentences.get(i).paragraph();
    }
    StoryEvents story = stage.story(new Texts(context), headline, paragraphs, published);
    List<Claim> anchored = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      int sentence = -1;
      Evidence chosen = null;
      for (Evidence e : c.evidence()) {
        int i = indexOf(sentences, e);
        if (i >= 0 && (chosen == null || summary(context, headline, sentence)
            && !summary(context, headline, i))) {
          sentence = i;
          chosen = e;
        }
      }
      anchored.add(chosen == null ? c
          : c.withEvent(story.anchor(sentence, chosen.start() - chosen.sentenceStart())));
    }
    return anchored;
  }

  /**
   * Whether sentence {@code i} only sums up what the body tells in full: a title, or a bullet of
   * a list of highlights ("• Suicide bomber kills seven officers").
   */
  private static boolean summary(DocumentContext context, boolean[] headline, int i) {
    return headline[i] || context.textOf(i).startsWith("\u2022");
  }

  private static int indexOf(List<Sentence> sentences, Evidence e) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.start() == e.sentenceStart() && s.field().equals(e.field())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The sentences' texts as the document context cuts them, once for the claims' evidence and
   * the stages, when first read.
   */
  private static final class Texts extends AbstractList<String> {
    private final DocumentContext context;

    Texts(DocumentContext context) {
      this.context = context;
    }

    @Override
    public String get(int i) {
      return context.textOf(i);
    }

    @Override
    public int size() {
      return context.sentences().size();
    }
  }
}
