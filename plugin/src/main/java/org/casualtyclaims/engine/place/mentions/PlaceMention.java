package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;

/**
 * A place named in one sentence, as {@link PlaceScanner} read it.
 *
 * @param start offset of the place as named in the sentence text
 * @param end offset just past it
 * @param named the place as the text names it, without "the" or a trailing "area"
 * @param candidates the gazetteer's places of that name; empty for a name only the wording marks
 *     as a place ("killed in Nyaung Kone village")
 * @param kindHint the kind of place the text says it is ("Kursk region" is a region), or null
 * @param locative whether the wording makes it where something happens: a preposition of
 *     location ("in", "near") or a kind of place after the name ("Horrah village")
 * @param speaker whether the place belongs to who speaks, not to the event ("the ministry in
 *     Kabul said"), or is where people set out from or were taken to ("the boat set sail from Zuwara",
 *     "survivors landed at Pozzallo", see {@link JourneyPlaces})
 * @param countryHint for a name the gazetteer lacks, the country the text puts it in ("Palghar,
 *     Maharashtra"), else null
 */
public record PlaceMention(
    int start, int end, String named, List<Place> candidates, Place.Kind kindHint,
    boolean locative, boolean speaker, String countryHint) {

  public boolean known() {
    return !candidates.isEmpty();
  }

  /** Whether the place as named ends in a kind of place inside a town: "Solino neighbourhood". */
  public boolean partOfTown() {
    int space = named.lastIndexOf(' ');
    return space > 0 && PlaceContext.partOfTown(
        PlaceKeys.key(named.substring(space + 1)));
  }

  /** Whether a kind word (in {@link PlaceKeys} form) names a settlement: "village", "camp". */
  public static boolean settlementWord(String key) {
    return PlaceContext.kindOf(key) == Place.Kind.TOWN;
  }

  /** Whether a word (in {@link PlaceKeys} form) says a place lies next to another: "nearby". */
  public static boolean neighbourWord(String key) {
    return PlaceContext.neighbouring(key);
  }

  /** This mention as a place of no event: a speaker's, an origin's or a destination's. */
  PlaceMention asSpeaker() {
    return new PlaceMention(start, end, named, candidates, kindHint, locative, true, countryHint);
  }

  /** This mention with nothing in its wording that puts the event there. */
  PlaceMention notLocative() {
    return new PlaceMention(start, end, named, candidates, kindHint, false, speaker, countryHint);
  }

  /**
   * Whether this mention follows {@code before} in {@code text} as the next place of a list:
   * only ", ", " and ", ", and " or " or " stands between them, or " and neighbouring "
   * ("in Samangan and neighbouring Balkh province").
   */
  public boolean listedAfter(String text, PlaceMention before) {
    return follows(text, before, ", ") || follows(text, before, " and ")
        || follows(text, before, ", and ") || follows(text, before, " or ")
        || neighbourListed(text, before);
  }

  private boolean neighbourListed(String text, PlaceMention before) {
    int word = before.end() + " and ".length();
    int space = text.indexOf(' ', word);
    return space > word && space + 1 == start && text.startsWith(" and ", before.end())
        && PlaceContext.neighbouring(PlaceKeys.key(text.substring(word, space)));
  }

  /** Whether exactly {@code gap} stands between {@code before} and this mention. */
  boolean follows(String text, PlaceMention before, String gap) {
    return start - before.end() == gap.length() && text.startsWith(gap, before.end());
  }

  /**
   * {@code found} (in text order) with {@code added} in its place, and without the mentions it
   * overlaps ("Gongola" inside "River Gongola", "Shaq" inside "Shaq al-Num").
   */
  static List<PlaceMention> merged(List<PlaceMention> found, PlaceMention added) {
    List<PlaceMention> out = new ArrayList<>(found.size() + 1);
    boolean placed = false;
    for (PlaceMention m : found) {
      if (m.end() > added.start() && m.start() < added.end()) {
        continue;
      }
      if (!placed && m.start() >= added.end()) {
        out.add(added);
        placed = true;
      }
      out.add(m);
    }
    if (!placed) {
      out.add(added);
    }
    return out;
  }
}
