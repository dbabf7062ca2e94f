package org.casualtyclaims.engine.place.mentions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.Place;
import org.casualtyclaims.engine.place.lexicon.PlaceKeys;

/**
 * The dateline that opens a news story: "KABUL, Afghanistan (AP) --", "GAZA CITY —", "Palghar,
 * Maharashtra:", "YANGON, Myanmar •". Its first part is the place the story is filed from.
 */
public final class Dateline {
  /** A dateline is short: its delimiter comes within this many characters. */
  private static final int MAX_LENGTH = 80;
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern DATELINE_CHARACTERS = Pattern.compile("[\\p{L}\\d ,.'\u2019-]+");

  private Dateline() {}

  /**
   * The dateline's place, or null when {@code text} opens with none. Its offsets are those of
   * the whole dateline, so that its words are not read again as a place of the sentence.
   *
   * @param capitalsOnly whether only a dateline in capitals counts ("LUCASVILLE, Ohio -"): away
   *     from the very start of the body, "Police said:" must not pass for one
   */
  public static PlaceMention read(String text, Gazetteer gazetteer, boolean capitalsOnly) {
    int end = delimiter(text);
    if (end < 0) {
      return null;
    }
    String prefix = PARENTHESES.matcher(text.substring(0, end)).replaceAll(" ").strip();
    if (prefix.isEmpty() || !DATELINE_CHARACTERS.matcher(prefix).matches()) {
      return null;
    }
    String[] parts = prefix.split(",");
    String first = parts[0].strip();
    if (capitalsOnly && (first.length() < 3 || !first.equals(first.toUpperCase(Locale.ROOT)))) {
      return null;
    }
    List<Place> places = gazetteer.lookup(PlaceKeys.key(first));
    if (!places.isEmpty()) {
      return new PlaceMention(0, end, titleCase(first), places, null, true, false, null);
    }
    for (int k = 1; k < parts.length; k++) {
      List<Place> container = gazetteer.lookup(PlaceKeys.key(parts[k].strip()));
      if (!container.isEmpty() && first.split(" ").length <= 3) {
        return new PlaceMention(0, end, titleCase(first), List.of(), null, true, false,
            container.get(0).country());
      }
    }
    return null;
  }

  /** Where the dateline ends: "--", " - ", a dash, a colon or a bullet within its first line. */
  private static int delimiter(String text) {
    int limit = Math.min(text.length(), MAX_LENGTH);
    for (int i = 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '\u2014' || c == '\u2013' || c == ':' || c == '\u2022'
          || (c == '-' && i + 1 < limit && text.charAt(i + 1) == '-')
          || (c == '-' && text.charAt(i - 1) == ' ' && i + 1 < limit
              && text.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  private static String titleCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return sb.toString();
  }
}
