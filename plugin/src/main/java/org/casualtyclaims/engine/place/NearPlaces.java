package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * The finer place that a claim's neighbouring sentences, the title or the dateline give an
 * incident whose place is a region or country of the same country ("Kunduz" beside "the Dashti
 * Archi district").
 */
final class NearPlaces {
  /** How many sentences either side of a claim's may name its place more precisely. */
  private static final int NEAR = 1;

  private final StoryPlaces story;

  NearPlaces(StoryPlaces story) {
    this.story = story;
  }

  /**
   * A place of the same country that a neighbouring sentence, the title or the dateline names
   * more precisely, else {@code choice}: "Ohio" near "a prison in Lucasville" is
   * Lucasville.
   */
  PlaceChoice finer(int sentence, PlaceMention m, PlaceChoice choice) {
    int specificity = MentionRanking.specificity(m, choice);
    if (specificity >= MentionRanking.UNKNOWN || choice.country() == null) {
      return choice;
    }
    for (int j : nearFirst(sentence)) {
      PlaceMention finer = null;
      PlaceChoice finerChoice = null;
      for (PlaceMention e : story.choices(j)) {
        if (!e.known() && story.headline(j)) {
          continue; // a title's capitals do not mark names: "off southern Philippine island"
        }
        if (!e.locative() && !e.known()) {
          continue; // "on the Kwa river near the town of Mushie": the river gave way to the town
        }
        PlaceChoice c = story.resolve(e, j);
        if (MentionRanking.specificity(e, c) > specificity && choice.country().equals(c.country())
            && !PlaceKeys.sameLetters(c.named(), choice.named())
            && !(story.headline(j) && PlaceKeys.sameFirstWord(c.named(), choice.named()))
            && (finer == null || MentionRanking.better(e, finer, 0))) {
          finer = e;
          finerChoice = c;
        }
      }
      if (finerChoice != null) {
        return finerChoice;
      }
    }
    PlaceMention d = story.dateline();
    if (d != null) {
      PlaceChoice c = story.resolve(d, 0);
      if (MentionRanking.specificity(d, c) > specificity && choice.country().equals(c.country())
          && !PlaceKeys.sameLetters(c.named(), choice.named()) && liesIn(c, choice)
          && !namedAsSpeaker(sentence, c)) {
        return c;
      }
    }
    return choice;
  }

  /**
   * Whether the claim's own sentence names the dateline's town only in a list of places where
   * people were treated or spoke ("nine were treated in hospitals in Ranchi and Hazaribagh"): the
   * figure is spread over them, not at the dateline's town. One hospital's count ("a doctor at
   * Dhaka Medical College Hospital said it had received 48 bodies") stays the town's.
   */
  private boolean namedAsSpeaker(int sentence, PlaceChoice dateline) {
    String text = story.sentence(sentence);
    List<PlaceMention> all = story.mentionsOf(sentence);
    for (int i = 0; i < all.size(); i++) {
      PlaceMention m = all.get(i);
      if (m.speaker() && PlaceKeys.sameLetters(m.named(), dateline.named())
          && (i > 0 && m.listedAfter(text, all.get(i - 1))
              || i + 1 < all.size() && all.get(i + 1).listedAfter(text, m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dateline's town lies in the region the body named: a story filed from the
   * capital ("ABUJA -") about a boat lost in Kwara state did not happen in the capital, nor one
   * ("WARSAW -") about a mine in southern Poland. A region the gazetteer lacks cannot be shown
   * to hold it ("MOGADISHU -" over a raid in the Middle Shabelle region).
   */
  private static boolean liesIn(PlaceChoice dateline, PlaceChoice choice) {
    Place region = choice.place();
    if (region == null || region.kind() != Place.Kind.REGION) {
      return false;
    }
    return dateline.place() != null && Objects.equals(dateline.place().region(), region.region());
  }

  /**
   * The sentences that may name a claim's place more precisely, nearest first: the body's
   * neighbours, then the title.
   */
  private List<Integer> nearFirst(int sentence) {
    List<Integer> order = new ArrayList<>();
    if (!story.headline(sentence)) {
      for (int d = 1; d <= NEAR; d++) {
        if (sentence - d >= 0 && !story.headline(sentence - d)) {
          order.add(sentence - d);
        }
        if (sentence + d < story.sentenceCount() && !story.headline(sentence + d)) {
          order.add(sentence + d);
        }
      }
    }
    for (int j = 0; j < story.sentenceCount() && story.headline(j); j++) {
      order.add(j);
    }
    return order;
  }
}
