package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one document has said so far: the sources it named, in order. It answers "he", "she",
 * "the ministry", "the broadcaster" and bare surnames ("Amani added").
 */
final class DocumentContext {
  private final List<Entity> entities = new ArrayList<>();
  /** Who issued the latest statement the text mentioned ("said in a statement"). */
  private Entity statement;
  private final List<Sentence> sentences;
  private int current;

  DocumentContext(List<Sentence> sentences) {
    this.sentences = sentences;
  }

  void atSentence(int index) {
    current = index;
  }

  int sentence() {
    return current;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  void remember(SourceRef source) {
    if (source == null || source.isBare()) {
      return;
    }
    entities.add(new Entity(source, current));
  }

  void rememberStatement(SourceRef source) {
    statement = new Entity(source, current);
  }

  /** Who issued the latest statement mentioned before {@code sentence}, or null. */
  SourceRef statementBefore(int sentence) {
    return statement != null && statement.sentence() < sentence ? statement.source() : null;
  }

  /** The latest person named before (or in) the current sentence. */
  SourceRef lastPerson() {
    for (int i = entities.size() - 1; i >= 0; i--) {
      if (entities.get(i).source().person()) {
        return entities.get(i).source();
      }
    }
    return null;
  }

  /** The latest source of any kind. */
  SourceRef lastSource() {
    return entities.isEmpty() ? null : entities.get(entities.size() - 1).source();
  }

  /** The latest source named in a sentence before {@code sentence}. */
  SourceRef lastSourceBefore(int sentence) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      if (entities.get(i).sentence() < sentence) {
        return entities.get(i).source();
      }
    }
    return null;
  }

  /** The latest source of the given type named up to the current sentence. */
  SourceRef lastOfType(SourceType type) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.sentence() <= current && e.source().type() == type) {
        return e.source();
      }
    }
    return null;
  }

  /** A person remembered under this surname ("Caldwell" for "William B. Caldwell"). */
  SourceRef personBySurname(String surname) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      SourceRef s = entities.get(i).source();
      if (s.person() && surname.equalsIgnoreCase(s.surname()) && !s.name().equalsIgnoreCase(surname)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The nearest institution whose name holds {@code head} ("ministry" finds "Gaza Health
   * Ministry"), or person whose role does ("governor" finds "Governor Oleksandr Hrytsenko"):
   * earlier ones first, then later ones when {@code forward}.
   */
  SourceRef institutionWith(String head, boolean forward) {
    String word = head.toLowerCase(Locale.ROOT);
    SourceRef later = null;
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      SourceRef s = e.source();
      boolean matches = s.person()
          ? s.affiliation() != null && containsWord(s.affiliation(), word)
          : containsWord(s.name(), word);
      if (!matches) {
        continue;
      }
      if (e.sentence() <= current) {
        return s;
      }
      later = s;
    }
    return forward ? later : null;
  }

  private static boolean containsWord(String name, String word) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s']+")) {
      if (w.equals(word) || w.equals(word + "s")) {
        return true;
      }
    }
    return false;
  }
}
