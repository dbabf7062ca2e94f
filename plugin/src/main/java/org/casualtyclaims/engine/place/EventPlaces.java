package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * The places a story's opening ties its event to, and the finest of them that a claim's coarser
 * place contains: a figure whose sentence says only "in Afghanistan" or "in Kunduz province"
 * belongs to "the remote Dashti Archi district in Kunduz" that the story tells of (GUIDELINES.md:
 * the most specific place of the event). A place of the same level elsewhere ("in Logar") is
 * another event and keeps its own.
 */
final class EventPlaces {
  /** How many body sentences from the start may name the place of the story's event. */
  private static final int OPENING = 10;
  /** How far after a place, in characters, its sentence may say what it lies in. */
  private static final int CONTAINER_REACH = 100;

  /** How many sentences back the region or country a place lies in may be named. */
  private static final int LOOK_BACK = 12;
  /** The level of a first-level region (see {@link MentionRanking#level}). */
  private static final int REGION = Place.Kind.REGION.ordinal() + 1;

  /**
   * A place of the story's opening, resolved; what the text puts it in is read only when a
   * claim asks.
   */
  private final class Candidate {
    final PlaceMention mention;
    final PlaceChoice choice;
    final int level;
    final boolean title;
    private final int sentence;
    private List<PlaceChoice> containers;

    Candidate(PlaceMention mention, PlaceChoice choice, int level, int sentence) {
      this.mention = mention;
      this.choice = choice;
      this.level = level;
      this.sentence = sentence;
      this.title = story.headline(sentence);
    }

    List<PlaceChoice> containers() {
      if (containers == null) {
        containers = EventPlaces.this.containers(mention, level, story.events(sentence), sentence);
      }
      return containers;
    }
  }

  private final StoryPlaces story;
  private List<Candidate> candidates;

  EventPlaces(StoryPlaces story) {
    this.story = story;
  }

  /**
   * The finest place of the story's event that {@code coarse} (resolved as {@code choice})
   * contains, or {@code choice} itself when there is none, for a figure of sentence {@code
   * figure}.
   */
  PlaceChoice within(PlaceMention coarse, PlaceChoice choice, int figure) {
    return within(coarse, choice, Integer.MAX_VALUE, figure, false);
  }

  /**
   * The same for a place the figure inherits from an earlier sentence: there a township or
   * district the story names after its village ("strikes on Nan Thar village in Sagaing region
   * ... Katha township has seen heavy fighting") holds the village, which the text puts in no
   * place finer than the region the township lies in.
   */
  PlaceChoice inheritedWithin(PlaceMention coarse, PlaceChoice choice, int figure) {
    return within(coarse, choice, Integer.MAX_VALUE, figure, true);
  }

  /**
   * The same, among places no finer than a first-level region: a storm's toll belongs to the
   * province it struck, not to one village of it.
   */
  PlaceChoice regionWithin(PlaceMention coarse, PlaceChoice choice, int figure) {
    return within(coarse, choice, REGION, figure, false);
  }

  private PlaceChoice within(PlaceMention coarse, PlaceChoice choice, int finest, int figure,
      boolean inherited) {
    // "the southern Gaza Strip", a territory the gazetteer files as a town, holds towns
    int level = choice.place() != null && choice.place().territory() ? REGION
        : MentionRanking.level(coarse, choice);
    if (level >= Math.min(finest, MentionRanking.UNKNOWN_SETTLEMENT)) {
      return choice; // nothing is finer: the opening need not be read
    }
    boolean territory = choice.place() != null && choice.place().territory();
    Candidate best = null;
    Candidate first = null;
    boolean several = false;
    for (Candidate c : candidates()) {
      if (territory && sameName(c.choice, choice)) {
        continue; // a title's "southern Gaza" names the territory again
      }
      if (c.level > level && c.level <= finest
          && (territory || best == null || c.level > best.level)
          && !filedFromLater(c, figure) && (contains(coarse, choice, c, figure)
              || inherited && divisionHolds(coarse, choice, c))) {
        if (best == null || c.level > best.level) {
          best = c;
        }
        if (c.title) {
          continue;
        }
        if (first == null) {
          first = c;
        } else {
          several |= apart(first, c);
        }
      }
    }
    if (territory && several) {
      return choice; // strikes on Gaza City and on Khan Younis: the Gaza Strip's toll is neither's
    }
    if (best == null || PlaceKeys.sameLetters(best.choice.named(), choice.named())) {
      return choice; // "Sana'a" the governorate and "Sanaa" the city: one name, as written here
    }
    if (best.title && PlaceKeys.sameFirstWord(best.choice.named(), choice.named())) {
      return choice; // a title's "Sagaing village" is a village of the body's "Sagaing region"
    }
    return best.choice;
  }

  /**
   * The finest place the body of the story ties an event to, for a figure only a dateline or a
   * title placed (they count only when the body names no place) or none placed ({@code
   * fallback} null); null when there is none.
   */
  PlaceChoice bodyPlace(PlaceChoice fallback, PlaceMention fallbackMention, int figure) {
    int level = fallback == null ? 0 : MentionRanking.level(fallbackMention, fallback);
    PlaceChoice body = finest(fallbackMention, level, figure);
    if (body == null && fallback != null) {
      // "ABUJA -" over a kidnapping the body puts in Kaduna state: a region of the dateline's
      // country the body gives outweighs the dateline's town, which may be only the capital
      PlaceChoice region = finest(fallbackMention, REGION, figure);
      if (region != null && Objects.equals(region.country(), fallback.country())) {
        return region;
      }
    }
    return body;
  }

  /**
   * The finest place the body ties an event to that is finer than {@code m}, a place its figure's
   * sentence names without putting anything there, in the same country; null when there is none.
   */
  PlaceChoice finerPlace(PlaceMention m, PlaceChoice choice, int figure) {
    PlaceChoice finer = finest(m, MentionRanking.level(m, choice) + 1, figure);
    return finer == null || Objects.equals(finer.country(), choice.country()) ? finer : null;
  }

  private PlaceChoice finest(PlaceMention other, int level, int figure) {
    Candidate best = null;
    for (Candidate c : candidates()) {
      if (!c.title && !c.mention.equals(other) && c.level >= level
          && (best == null || c.level > best.level) && !filedFromLater(c, figure)) {
        best = c;
      }
    }
    return best == null ? null : best.choice;
  }

  /**
   * Whether {@code c} names the dateline's city after the figure's sentence: named again there,
   * the city a story was filed from is where the wounded are treated or officials speak
   * ("treated in Skopje", "a police officer in Dhaka said"), no finer place of an event the
   * figure's sentence placed ("the town of Kocani", "across Bangladesh").
   */
  private boolean filedFromLater(Candidate c, int figure) {
    if (c.sentence <= figure || c.choice.place() == null) {
      return false;
    }
    PlaceMention d = story.dateline();
    return d != null && d.known()
        && story.resolve(d, Math.max(0, story.datelineSentence())).place() == c.choice.place();
  }

  private boolean contains(PlaceMention outerMention, PlaceChoice outer, Candidate inner,
      int figure) {
    if (outer.country() == null || inner.choice.country() == null) {
      // a place the gazetteer lacks and no country settles: only the text's own word counts
      return inContainer(outer, inner);
    }
    if (!outer.country().equals(inner.choice.country())) {
      return false;
    }
    Place p = outer.place();
    if (p != null && p.kind() == Place.Kind.COUNTRY) {
      return true;
    }
    if (inContainer(outer, inner)) {
      return true;
    }
    if (listed(inner.containers())) {
      return false;
    }
    // "Aab Bareek, a remote village in Argo district": a district the gazetteer lacks says
    // nothing of the region that holds it
    Place e = inner.choice.place();
    if (e != null) {
      // a region the gazetteer lacks ("the province of Sistan-Baluchestan") may hold a town
      return p == null ? MentionRanking.level(outerMention, outer) == REGION
          : p.kind() == Place.Kind.REGION && Objects.equals(e.region(), p.region())
              || holds(p, e);
    }
    // a village the gazetteer lacks, its region unsaid: a region of its country may hold it, and
    // so may a township (named for a town or not), named by the figure's own sentence, when the
    // next sentence names the village and nothing puts it elsewhere ("homes in Kutkai township
    // ... The shells struck the village of Nam Hpat Kar")
    if (p != null && (p.kind() == Place.Kind.REGION || p.territory())) {
      return true;
    }
    return (p == null ? MentionRanking.level(outerMention, outer) == MentionRanking.UNKNOWN
            : p.kind() == Place.Kind.TOWN)
        && division(outerMention) && inner.level == MentionRanking.UNKNOWN_SETTLEMENT
        && inner.sentence == figure + 1 && story.choices(figure).contains(outerMention)
        && inner.containers().isEmpty();
  }

  /**
   * Whether {@code division}, a township or district the text names with its kind ("Katha
   * township"), may hold {@code inner}, a village the gazetteer lacks whose containers are all
   * coarser places of the division's country that hold the division too (its region, its
   * country).
   */
  private boolean divisionHolds(PlaceMention divisionMention, PlaceChoice division,
      Candidate inner) {
    if (inner.level != MentionRanking.UNKNOWN_SETTLEMENT || !division(divisionMention)
        || division.country() == null || !division.country().equals(inner.choice.country())
        || inner.containers().isEmpty()) {
      return false;
    }
    Place d = division.place();
    for (PlaceChoice c : inner.containers()) {
      Place p = c.place();
      boolean holds = p != null && division.country().equals(p.country())
          && (p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.REGION
              && (d == null || Objects.equals(d.region(), p.region())));
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two places of a territory's story lie apart, neither named as the other nor as what
   * the other lies in: "Gaza City" and "Khan Younis", not "the Tufah area of Gaza City" and
   * "Gaza City".
   */
  private static boolean apart(Candidate a, Candidate b) {
    return !PlaceKeys.sameLetters(a.choice.named(), b.choice.named())
        && !liesIn(a, b) && !liesIn(b, a);
  }

  private static boolean liesIn(Candidate inner, Candidate outer) {
    for (PlaceChoice c : inner.containers()) {
      if (sameName(c, outer.choice)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place is named with a division after it: "Kutkai township", "Mabor county". */
  private boolean division(PlaceMention m) {
    String named = m.named();
    return story.placeWords().is(PlaceKeys.key(named.substring(named.lastIndexOf(' ') + 1)),
        PlaceWords.Role.ADMIN);
  }

  /** Whether the text puts {@code inner} in {@code outer}, or in a place of that region. */
  private boolean inContainer(PlaceChoice outer, Candidate inner) {
    Place p = outer.place();
    for (PlaceChoice container : inner.containers()) {
      Place c = container.place();
      if (sameName(container, outer) || c != null && p != null
          && (c == p || p.kind() == Place.Kind.REGION && Objects.equals(c.region(), p.region())
              || holds(p, c))) {
        return true;
      }
    }
    return false;
  }

  /** How far, in degrees, a town may lie from the middle of a territory that holds it. */
  private static final double TERRITORY_REACH = 0.7;

  /**
   * Whether {@code territory} ({@link Place#territory}) holds {@code town}, a town of its
   * country in no region near it: Khan Younis in the Gaza Strip, not Hebron in the West Bank.
   */
  private static boolean holds(Place territory, Place town) {
    return territory.territory() && town.kind() == Place.Kind.TOWN && town.region() == null
        && Objects.equals(territory.country(), town.country())
        && Math.hypot(town.lat() - territory.lat(), town.lon() - territory.lon())
            <= TERRITORY_REACH;
  }

  /** "Kunduz" and "Kunduz province", "Beni territory" and "Beni": one place, as named. */
  private static boolean sameName(PlaceChoice a, PlaceChoice b) {
    if (a.place() != null && a.place() == b.place()) {
      return true;
    }
    String x = PlaceKeys.key(a.named());
    String y = PlaceKeys.key(b.named());
    return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ") || x.endsWith(" " + y)
        || y.endsWith(" " + x);
  }

  private List<Candidate> candidates() {
    if (candidates == null) {
      candidates = new ArrayList<>();
      int body = 0;
      for (int i = 0; i < story.sentenceCount() && body < OPENING; i++) {
        if (!story.headline(i)) {
          body++;
        }
        // a share's place with a figure of its own is not where the whole event is
        for (PlaceMention m : FigureClauses.withoutShares(story.sentence(i), story.choices(i))) {
          // a title's capitals do not mark names: only the gazetteer's places count there
          if (m.locative() && (m.known() || !story.headline(i))) {
            PlaceChoice choice = story.resolve(m, i);
            candidates.add(new Candidate(m, choice, MentionRanking.level(m, choice), i));
          }
        }
      }
    }
    return candidates;
  }

  /**
   * What the text puts a place in: coarser places just after it ("Horrah village, near the city
   * of Hama"; "Shalgul forest of Srigufwara belt of Anantnag"), one owning it ("Beni territory's
   * Watalinga chiefdom"), else the region or country the story was in before its sentence.
   */
  private List<PlaceChoice> containers(PlaceMention m, int level, List<PlaceMention> events,
      int sentence) {
    String text = story.sentence(sentence);
    List<PlaceChoice> out = new ArrayList<>(2);
    for (PlaceMention o : events) {
      boolean after = o.start() >= m.end() && o.start() - m.end() <= CONTAINER_REACH;
      boolean owner = o.end() <= m.start() && m.start() - o.end() <= 3
          && (text.startsWith("'", o.end()) || text.startsWith("\u2019", o.end()));
      if (after || owner) {
        PlaceChoice c = story.resolve(o, sentence);
        if (MentionRanking.level(o, c) < level) {
          out.add(c);
        }
      }
    }
    if (out.isEmpty()) {
      PlaceChoice before = regionBefore(sentence, level);
      if (before != null) {
        out.add(before);
      }
    }
    return out;
  }

  private static boolean listed(List<PlaceChoice> containers) {
    for (PlaceChoice c : containers) {
      if (c.place() != null) {
        return true;
      }
    }
    return false;
  }

  /** The region or country the story's earlier sentences put events in, coarser than level. */
  private PlaceChoice regionBefore(int sentence, int level) {
    for (int j = sentence - 1; j >= Math.max(0, sentence - LOOK_BACK); j--) {
      PlaceMention m = MentionRanking.best(story.events(j), Integer.MAX_VALUE);
      if (m != null) {
        PlaceChoice c = story.resolve(m, j);
        return MentionRanking.level(m, c) < Math.min(level, MentionRanking.TOWN) ? c : null;
      }
    }
    return null;
  }
}
