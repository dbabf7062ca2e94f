package org.casualtyclaims.engine.place;

import java.util.ArrayList;
import java.util.List;

/**
 * A place named in apposition to a kind of place that something happens in: "in one of the
 * worst-affected villages, Wam, said", "at a remote camp, Kalma." The name is the place, of the
 * kind the noun says, even where the gazetteer lacks it and no preposition stands before it.
 */
final class AppositivePlaces {
  /** The most words of a name read after the comma. */
  private static final int MAX_WORDS = 3;
  /** How many words before the kind of place its preposition may stand. */
  private static final int REACH = 6;

  private final PlaceWords words;
  private final Gazetteer gazetteer;
  private final WordFacts.Table lexicon;

  AppositivePlaces(PlaceWords words, Gazetteer gazetteer, WordFacts.Table lexicon) {
    this.words = words;
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** {@code found} (the places of {@code ws}, in order) with the appositive names added. */
  List<PlaceMention> add(String text, List<Word> ws, List<PlaceMention> found) {
    List<PlaceMention> out = found;
    for (int k = 1; k + 1 < ws.size(); k++) {
      // a comma first: the cheapest test, and few words pass it
      if (!text.startsWith(", ", ws.get(k).end()) || ws.get(k + 1).start() != ws.get(k).end() + 2
          || !settlement(text, ws.get(k)) || !locative(ws, k)) {
        continue;
      }
      int end = nameEnd(ws, k + 1);
      if (end == k + 1 || !closed(text, ws, end)) {
        continue;
      }
      int start = ws.get(k + 1).start();
      int stop = ws.get(end - 1).end();
      if (covered(out, start, stop)) {
        continue;
      }
      PlaceMention m = new PlaceMention(start, stop, text.substring(start, stop),
          gazetteer.lookup(text, start, stop), Place.Kind.TOWN, true, false, null);
      out = insert(out, m);
    }
    return out;
  }

  /** Whether a noun names a settlement, singular or plural ("village", "villages"). */
  private boolean settlement(String text, Word w) {
    if (w.capital()) {
      return false;
    }
    if (w.role() == PlaceWords.Role.TYPE) {
      return PlaceScanner.kindOf(w.key()) == Place.Kind.TOWN;
    }
    int end = w.end();
    if (end - w.start() < 5 || text.charAt(end - 1) != 's'
        || lexicon.role(text, w.start(), end - 1) != PlaceWords.Role.TYPE) {
      return false;
    }
    return PlaceScanner.kindOf(PlaceKeys.key(text.substring(w.start(), end - 1)))
        == Place.Kind.TOWN;
  }

  /** "in one of the worst-affected villages": a preposition of place opens the noun's phrase. */
  private boolean locative(List<Word> ws, int k) {
    for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
      if (!ws.get(j + 1).joined() || ws.get(j).capital()) {
        return false;
      }
      if (words.is(ws.get(j), PlaceWords.Role.LOCATIVE)) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words no lexicon knows, from {@code from}: the name. */
  private int nameEnd(List<Word> ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < MAX_WORDS && ws.get(k).capital()
        && (k == from || ws.get(k).joined()) && words.role(ws.get(k)) == null
        && gazetteer.demonymCountry(ws.get(k)) == null) {
      k++;
    }
    return k;
  }

  /**
   * Whether the apposition closes after the name: a full stop, or a comma not followed by a
   * description of a person ("Ahmed Shah, a farmer, said").
   */
  private static boolean closed(String text, List<Word> ws, int end) {
    int after = ws.get(end - 1).end();
    if (after >= text.length() || text.charAt(after) == '.') {
      return true;
    }
    if (!text.startsWith(", ", after) || end >= ws.size()) {
      return false;
    }
    String next = ws.get(end).key();
    return !(next.equals("a") || next.equals("an") || next.equals("the"));
  }

  private static boolean covered(List<PlaceMention> found, int start, int end) {
    for (PlaceMention m : found) {
      if (m.start() < end && m.end() > start) {
        return true;
      }
    }
    return false;
  }

  private static List<PlaceMention> insert(List<PlaceMention> found, PlaceMention added) {
    List<PlaceMention> out = new ArrayList<>(found.size() + 1);
    boolean placed = false;
    for (PlaceMention m : found) {
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
