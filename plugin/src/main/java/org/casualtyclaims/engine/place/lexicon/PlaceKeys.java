package org.casualtyclaims.engine.place.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which a place name is filed and looked up: lower case (Locale.ROOT), accents
 * dropped, dots and the typographic apostrophe folded, hyphens and runs of spaces read as one
 * space. "Sana'a", "SANA’A" and "Sanaa" differ; "Ghōr" and "Ghor", "U.S." and "US" do not.
 */
public final class PlaceKeys {
  private PlaceKeys() {}

  public static String key(String name) {
    if (plainWord(name)) {
      return name.toLowerCase(Locale.ROOT); // the common case, one ASCII word: no copy by hand
    }
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        break;
      }
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '\u2019' || c == '\u2018' || c == '`') {
        c = '\'';
      }
      if (Character.isWhitespace(c) || c == '-' || c == '\u2010') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two names have the same letters and digits, case aside: "Sana'a" and "Sanaa" are
   * one name spelt two ways, which no finer place should replace.
   */
  public static boolean sameLetters(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (Character.toLowerCase(a.charAt(i++)) != Character.toLowerCase(b.charAt(j++))) {
        return false;
      }
    }
  }

  /**
   * Whether two names open with the same word: a title's "Sagaing village" and the body's
   * "Sagaing region" tell of one region and a village of it the title does not name.
   */
  public static boolean sameFirstWord(String a, String b) {
    return firstWord(key(a)).equals(firstWord(key(b)));
  }

  private static String firstWord(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  private static boolean plainWord(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !name.isEmpty();
  }
}
