package org.casualtyclaims.engine;

/**
 * A resolved source: the canonical name, its type, whether it is named (a person's name, an
 * institution on the record) and, for people, the surname later mentions may use.
 */
public record SourceRef(
    String name,
    SourceType type,
    boolean named,
    boolean person,
    String surname,
    String head,
    String affiliation) {
  public static SourceRef org(String name, SourceType type, boolean named) {
    return new SourceRef(name, type, named, false, null, null, null);
  }

  /**
   * A description that points back to a source named elsewhere ("police", "the ministry", "the
   * Britain-based monitor"); {@code head} is its head noun.
   */
  public static SourceRef definite(String name, SourceType type, String head) {
    return definite(name, type, head, true);
  }

  public static SourceRef definite(String name, SourceType type, String head, boolean named) {
    return new SourceRef(name, type, named, false, null, head, null);
  }

  /**
   * A named person; {@code affiliation} holds the lower-case words of their role and body
   * ("nepal police spokesman"), so that "police" or "the governor" elsewhere can find them.
   */
  public static SourceRef person(String name, SourceType type, String surname, String affiliation) {
    return new SourceRef(name, type, true, true, surname, null, affiliation);
  }

  /** A description that a later pass may resolve to the name it stands for. */
  public boolean isBare() {
    return head != null;
  }
}
