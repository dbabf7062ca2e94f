package org.casualtyclaims.engine.place;

import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * The country of a story's lede, where its incidents happen unless their own sentence says
 * otherwise: a figure that would inherit a place abroad (where the victims fled, where the
 * attackers came from) takes the story's last place at home instead.
 */
final class HomeCountry {
  /** How many body sentences from the start may give the story's own country. */
  private static final int LEDE = 2;

  private final StoryPlaces story;
  /** The country of the story's lede, "" when it has none; null until asked. */
  private String ledeCountry;

  HomeCountry(StoryPlaces story) {
    this.story = story;
  }

  /**
   * For an incident, the story's place before it in the lede's country, when the place it would
   * inherit lies abroad: where the victims fled ("across the river into Rwanda") or where the
   * attackers came from ("the group formed in Uganda") is no place of the story's event.
   */
  FigurePlaces.Found atHome(int sentence, FigurePlaces.Found found) {
    String home = ledeCountry();
    if (home == null || found.sentence() >= sentence || story.headline(found.sentence())) {
      return found;
    }
    String country = story.resolve(found.mention(), found.sentence()).country();
    if (country == null || country.equals(home)) {
      return found;
    }
    int from = Math.max(0, sentence - FigurePlaces.LOOK_BACK);
    for (int j = found.sentence() - 1; j >= from && !story.headline(j); j--) {
      PlaceMention best = null;
      for (PlaceMention m : story.choices(j)) {
        if (home.equals(story.resolve(m, j).country())
            && (best == null || MentionRanking.better(m, best, Integer.MAX_VALUE))) {
          best = m;
        }
      }
      if (best != null) {
        return new FigurePlaces.Found(best, j);
      }
    }
    return found;
  }

  /** The country of the first place the body puts something in: the story's own country. */
  private String ledeCountry() {
    if (ledeCountry == null) {
      ledeCountry = "";
      for (int i = 0, body = 0; i < story.sentenceCount() && body < LEDE; i++) {
        if (story.headline(i)) {
          continue;
        }
        body++;
        PlaceMention m = MentionRanking.best(MentionRanking.locatives(story.choices(i)), 0);
        if (m != null) {
          String c = story.resolve(m, i).country();
          ledeCountry = c == null ? "" : c;
          break;
        }
      }
    }
    return ledeCountry.isEmpty() ? null : ledeCountry;
  }
}
