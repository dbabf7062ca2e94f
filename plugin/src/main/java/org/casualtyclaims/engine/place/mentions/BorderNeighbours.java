package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casualtyclaims.engine.place.lexicon.Place;

/**
 * A country named only as the other side of a border near the event ("close to the Algerian
 * border", "near the border with Mali", "the Mali border", "a Russian region bordering
 * Ukraine"): it says where the event is not, so it never settles the country of a place the
 * gazetteer lacks, nor is it where the event happened. "The Syrian border town of Tal Abyad"
 * names a town of Syria, and keeps it.
 */
public final class BorderNeighbours {
  private static final Pattern BEFORE = Pattern.compile(
      "(?:(?:borders?|frontier) with (?:neighbou?ring )?|\\bbordering )$");
  private static final Pattern AFTER = Pattern.compile(
      "^ (?:borders?|frontier)\\b(?! (?:town|city|village|crossing|post|area|region|province|"
          + "district|state|camp)\\b)");

  private BorderNeighbours() {}

  /** Whether the name at [start, end) of {@code text} is only the far side of a border. */
  public static boolean across(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
    if (BEFORE.matcher(before).find()) {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT);
    return AFTER.matcher(after).find();
  }

  /** {@code found} with each country named only across a border marked as no event's place. */
  static List<PlaceMention> marked(String text, List<PlaceMention> found) {
    List<PlaceMention> out = found;
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      if (!m.speaker() && m.known() && m.candidates().get(0).kind() == Place.Kind.COUNTRY
          && across(text, m.start(), m.end())) {
        if (out == found) {
          out = new ArrayList<>(found);
        }
        out.set(i, m.asSpeaker()); // "a Russian region bordering Ukraine": not in Ukraine
      }
    }
    return out;
  }
}
