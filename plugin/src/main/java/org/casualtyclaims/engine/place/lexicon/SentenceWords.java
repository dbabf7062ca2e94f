package org.casualtyclaims.engine.place.lexicon;

import java.util.Arrays;

/**
 * The words of one sentence as the anchoring stage reads them, split once per document and held
 * in parallel arrays: where each word stands, its shape, its number in {@link AnchorWords} and
 * its role among the place words. The place scanner, the date finder and the scope cues all read
 * these; what the gazetteer says of a word and its key are worked out only when asked.
 *
 * <p>A word runs over letters and digits, and over an apostrophe, hyphen or dot before a letter
 * ("al-Shifa", "Sana’a", "U.S"); "U.S." keeps its last dot before a space; a possessive "'s" is
 * split off and marked.
 */
public final class SentenceWords {
  private static final byte CAPITAL = 1;
  private static final byte POSSESSIVE = 2;
  /** Only spaces separate the word from the one before. */
  private static final byte JOINED = 4;
  /** ASCII letters and digits only (its possessive "'s" aside). */
  private static final byte PLAIN = 8;
  private static final byte DIGIT = 16;

  private final String text;
  private final AnchorWords lexicon;
  private final WordFacts.Table gazetteerFacts;
  private int size;
  private int[] starts;
  private int[] ends;
  private int[] ids;
  private byte[] shapes;
  private PlaceWords.Role[] roles;
  /** One bit per role ordinal some word of the sentence has. */
  private int roleMask;
  private WordFacts[] facts;
  private String[] keys;

  private SentenceWords(String text, AnchorWords lexicon, WordFacts.Table gazetteerFacts) {
    this.text = text;
    this.lexicon = lexicon;
    this.gazetteerFacts = gazetteerFacts;
    int room = text.length() / 5 + 4; // room for the words of most sentences
    this.starts = new int[room];
    this.ends = new int[room];
    this.ids = new int[room];
    this.shapes = new byte[room];
    this.roles = new PlaceWords.Role[room];
  }

  /** The words of {@code text}, each looked up in {@code lexicon} once. */
  public static SentenceWords split(String text, AnchorWords lexicon, WordFacts.Table gazetteerFacts) {
    SentenceWords ws = new SentenceWords(text, lexicon, gazetteerFacts);
    int n = text.length();
    int i = 0;
    int previousEnd = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (!CharClass.letterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      long code = 0; // the AnchorWords code of the ASCII letters and digits it opens with
      boolean digit = false;
      char d = c;
      while (d < 128 && CharClass.letterOrDigit(d)) { // the common word, in a loop of its own
        digit |= d <= '9';
        code = AnchorWords.code(code, d);
        if (++i == n) {
          break;
        }
        d = text.charAt(i);
      }
      int firstOther = -1; // the first character that is no ASCII letter or digit
      while (i < n) {
        d = text.charAt(i);
        if (d < 128 && CharClass.letterOrDigit(d)) {
          digit |= d <= '9';
          i++;
        } else if (CharClass.letterOrDigit(d) || (d == '\'' || d == '\u2019' || d == '-'
            || d == '.') && i + 1 < n && CharClass.letter(text.charAt(i + 1))) {
          firstOther = firstOther < 0 ? i : firstOther;
          i++;
        } else {
          break;
        }
      }
      if (i + 1 < n && text.charAt(i) == '.' && firstOther >= 0 && text.indexOf('.', start) < i
          && text.charAt(i + 1) == ' ') {
        i++; // "U.S." keeps its last dot, so that "U.S. soldiers" runs on
      }
      int end = i;
      boolean possessive = false;
      if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
        possessive = true;
        end -= 2;
      }
      boolean joined = previousEnd >= 0 && (start - previousEnd == 1
          && text.charAt(previousEnd) == ' ' || onlySpaces(text, previousEnd, start));
      boolean plain = firstOther < 0 || firstOther >= end; // "U.S." has a dot inside
      ws.add(start, end, plain ? lexicon.id(text, start, end, code) : AnchorWords.NOT_PLAIN,
          (byte) ((CharClass.upperCase(c) ? CAPITAL : 0) | (possessive ? POSSESSIVE : 0)
              | (joined ? JOINED : 0) | (plain ? PLAIN : 0) | (digit ? DIGIT : 0)));
      previousEnd = end + (possessive ? 2 : 0);
    }
    return ws;
  }

  private void add(int start, int end, int id, byte shape) {
    if (size == starts.length) {
      int room = size * 2;
      starts = Arrays.copyOf(starts, room);
      ends = Arrays.copyOf(ends, room);
      ids = Arrays.copyOf(ids, room);
      shapes = Arrays.copyOf(shapes, room);
      roles = Arrays.copyOf(roles, room);
    }
    PlaceWords.Role role = id >= 0 ? lexicon.role(id) : lexicon.otherRole(text, start, end);
    if (role == PlaceWords.Role.NAME_PARTICLE && (shape & CAPITAL) != 0) {
      role = null; // "La Paz", "El Fasher": a name's first word, not a particle inside it
    }
    starts[size] = start;
    ends[size] = end;
    ids[size] = id;
    shapes[size] = shape;
    roles[size] = role;
    if (role != null) {
      roleMask |= 1 << role.ordinal();
    }
    size++;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int k) {
    return starts[k];
  }

  /** The index of the word starting at {@code offset}, or -1. */
  public int indexStarting(int offset) {
    int k = Arrays.binarySearch(starts, 0, size, offset);
    return k >= 0 ? k : -1;
  }

  /** The index of the word ending (its possessive "'s" left out) at {@code offset}, or -1. */
  public int indexEnding(int offset) {
    int k = Arrays.binarySearch(ends, 0, size, offset);
    return k >= 0 ? k : -1;
  }

  /** The end of word {@code k}, its possessive "'s" left out. */
  public int end(int k) {
    return ends[k];
  }

  /** The end of word {@code k} with its possessive "'s". */
  public int fullEnd(int k) {
    return ends[k] + ((shapes[k] & POSSESSIVE) != 0 ? 2 : 0);
  }

  /** The word's number in {@link AnchorWords}; {@link AnchorWords#NOT_PLAIN} for another word. */
  public int id(int k) {
    return ids[k];
  }

  public boolean capital(int k) {
    return (shapes[k] & CAPITAL) != 0;
  }

  /**
   * Whether word {@code k} is a lower-case article joined to a capitalised name: "al-Ghabshan",
   * "el-Fasher", "ad-Dawr".
   */
  public boolean particleName(int k) {
    int s = starts[k];
    int dash = -1;
    for (int i = s; i < Math.min(ends[k], s + 4); i++) {
      if (text.charAt(i) == '-') {
        dash = i;
        break;
      }
    }
    return dash > s && Character.isLowerCase(text.charAt(s)) && dash + 1 < ends[k]
        && Character.isUpperCase(text.charAt(dash + 1));
  }

  public boolean possessive(int k) {
    return (shapes[k] & POSSESSIVE) != 0;
  }

  /** True when only spaces separate word {@code k} from the one before. */
  public boolean joined(int k) {
    return (shapes[k] & JOINED) != 0;
  }

  /** Whether word {@code k}, with its possessive "'s", is all ASCII letters and digits. */
  public boolean plainWhole(int k) {
    return (shapes[k] & (PLAIN | POSSESSIVE)) == PLAIN;
  }

  /** Whether word {@code k} has an ASCII digit. */
  public boolean hasDigit(int k) {
    return (shapes[k] & DIGIT) != 0;
  }

  /** The role of word {@code k} among the place words, or null. */
  public PlaceWords.Role role(int k) {
    return roles[k];
  }

  public boolean is(int k, PlaceWords.Role role) {
    return roles[k] == role;
  }

  /** Whether a word of the sentence has {@code role}: "floods" in "Floods kill 40 in Assam". */
  public boolean has(PlaceWords.Role role) {
    return (roleMask & (1 << role.ordinal())) != 0;
  }

  /** What the gazetteer says of word {@code k}, looked up once. */
  public WordFacts facts(int k) {
    if (facts == null) {
      facts = new WordFacts[size];
    }
    if (facts[k] == null) {
      facts[k] = gazetteerFacts.of(text, starts[k], ends[k]);
    }
    return facts[k];
  }

  /**
   * Whether the {@link PlaceKeys} form of word {@code k} is {@code key}; compared without cutting
   * the word out when it is plain and {@code key} is a word of the lexicon.
   */
  public boolean keyIs(int k, String key) {
    int id = ids[k];
    if (id > AnchorWords.UNKNOWN) {
      return lexicon.key(id).equals(key);
    }
    if (id == AnchorWords.UNKNOWN && lexicon.id(key) > AnchorWords.UNKNOWN) {
      return false; // a word the lexicon lacks is none of its words
    }
    return key(k).equals(key);
  }

  /** The {@link PlaceKeys} form of word {@code k}. */
  public String key(int k) {
    int id = ids[k];
    if (id > AnchorWords.UNKNOWN) {
      return lexicon.key(id);
    }
    if (keys == null) {
      keys = new String[size];
    }
    if (keys[k] == null) {
      keys[k] = PlaceKeys.key(text.substring(starts[k], ends[k]));
    }
    return keys[k];
  }
}
