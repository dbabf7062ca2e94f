package org.casualtyclaims.engine.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.ResourceOpener;

/**
 * Folds a claim's victims phrase into the group its figure counts, so that one war's "Russian
 * soldiers" and "Russian troops" are one series while "North Korean troops" and "civilians" are
 * others. The rule, on the words of the phrase:
 *
 * <ul>
 *   <li>the head is the last word listed in {@value #FILE}; it becomes its group ("soldiers" and
 *       "servicemen" become "troops", "civilians" and "residents" become "people");
 *   <li>the capitalised words before the head are the victims' nationality or side, and are kept
 *       ("North Korean troops" is "north korean troops");
 *   <li>a phrase without a listed word is its own group, its words in lower case;
 *   <li>no victims phrase is the empty group; an incident series then takes the group of the row
 *       {@value #UNNAMED} ({@link #unnamed}), so that a toll that names no victims is compared
 *       with the one that does.
 * </ul>
 */
public final class VictimGroups {
  public static final String FILE = "victim-groups.tsv";

  /** The word that stands, in {@value #FILE}, for a claim that names no victims. */
  static final String UNNAMED = "-";

  private final Map<String, String> groupOfWord;
  private final String unnamed;

  /** @param unnamed the group of an incident claim that names no victims; "" for none */
  VictimGroups(Map<String, String> groupOfWord, String unnamed) {
    this.groupOfWord = Map.copyOf(groupOfWord);
    this.unnamed = unnamed;
  }

  /** Reads {@value #FILE}: word TAB group, both single lower-case words. */
  public static VictimGroups load(ResourceOpener opener, LexiconFiles files) {
    Map<String, String> groups = new HashMap<>();
    String unnamed = "";
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file(FILE), 2, 2)) {
      String word = row.column(0);
      String group = row.column(1);
      if (word.equals(UNNAMED)) {
        if (!isLowerWord(group)) {
          throw row.error("the group must be one lower-case word, found '" + group + "'");
        }
        if (!unnamed.isEmpty()) {
          throw row.error("'" + UNNAMED + "' is listed twice");
        }
        unnamed = group;
        continue;
      }
      if (!isLowerWord(word)) {
        throw row.error("the word must be one lower-case word, found '" + word + "'");
      }
      if (!isLowerWord(group)) {
        throw row.error("the group must be one lower-case word, found '" + group + "'");
      }
      String old = groups.putIfAbsent(word, group);
      if (old != null) {
        throw row.error("'" + word + "' is listed twice");
      }
    }
    return new VictimGroups(groups, unnamed);
  }

  private static boolean isLowerWord(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> Character.isLowerCase(c) || c == '\'');
  }

  /**
   * The group of an incident claim that names no victims (the row {@value #UNNAMED}): "the toll
   * rose to 24" counts the people of the incident, as "24 people were killed" does. "" when the
   * file lists none.
   */
  public String unnamed() {
    return unnamed;
  }

  /** The group of a victims phrase; "" for null or a phrase without words. */
  public String group(String victims) {
    if (victims == null) {
      return "";
    }
    List<String> words = words(victims);
    int head = -1;
    for (int i = words.size() - 1; i >= 0 && head < 0; i--) {
      if (groupOfWord.containsKey(lower(words.get(i)))) {
        head = i;
      }
    }
    if (head < 0) {
      return String.join(" ", words.stream().map(VictimGroups::lower).toList());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      if (Character.isUpperCase(words.get(i).charAt(0))) {
        out.add(lower(words.get(i)));
      }
    }
    out.add(groupOfWord.get(lower(words.get(head))));
    return String.join(" ", out);
  }

  /** Runs of letters, digits and apostrophes: "North Korean troops'" is three words. */
  private static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.split("[^\\p{L}\\p{N}']+")) {
      String trimmed = word.replaceAll("^'+|'+$", "");
      if (!trimmed.isEmpty()) {
        words.add(trimmed);
      }
    }
    return words;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
