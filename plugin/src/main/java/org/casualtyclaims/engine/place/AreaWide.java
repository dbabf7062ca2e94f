package org.casualtyclaims.engine.place;

import java.util.regex.Pattern;
import org.casualtyclaims.engine.place.mentions.PlaceMention;

/**
 * A place named as the whole area a figure spans: "throughout Kenya", "in parts of Laos",
 * "much of Bihar", "the toll for Sindh", "strikes on two villages in southern Lebanon". Such a
 * figure counts over that area, so it is not refined to one town of it that the story also
 * names. "Across" is left out: it as often says where the people counted are now ("31 injured,
 * 25 of them in burn units across the country").
 */
final class AreaWide {
  private AreaWide() {}

  /** The words before a place that make it an area spanned; each may be followed by "the". */
  private static final String[] SPANS = {"throughout", "parts of", "areas of", "much of",
      "most of", "all over", "toll for"};

  /**
   * Several settlements or divisions in the place, the country that owns it between them:
   * "villages in Nigeria's Plateau state", "villages in northern Syria's Idlib province".
   */
  private static final Pattern SEVERAL = Pattern.compile("\\b(?:villages|towns|cities|"
      + "hamlets|settlements|communities|camps|neighbou?rhoods|suburbs|districts|provinces|"
      + "counties|localities) (?:in|of|across) (?:the )?"
      + "(?:(?:\\p{Ll}+ )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*['\u2019]s )?$");
  /** How far before a place the settlements may be written. */
  private static final int REACH = 60;

  static boolean spanned(String text, PlaceMention m) {
    int end = m.start();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (SEVERAL.matcher(text.substring(Math.max(0, m.start() - REACH), m.start())).find()) {
      return true;
    }
    if (end >= 4 && text.regionMatches(true, end - 4, " the", 0, 4)) {
      end -= 4;
    }
    for (String span : SPANS) {
      int start = end - span.length();
      if (start >= 0 && text.regionMatches(true, start, span, 0, span.length())
          && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }
}
