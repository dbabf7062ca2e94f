package org.casualtyclaims.engine.place.mentions;

import java.util.Locale;
import java.util.regex.Pattern;

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
}
