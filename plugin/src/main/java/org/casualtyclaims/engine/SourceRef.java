package org.casualtyclaims.engine;

/**
 * A resolved source: the canonical name, its type, whether it is named (a person's name, an
 * institution on the record) and, for people, the surname later mentions may use.
 */
record SourceRef(String name, SourceType type, boolean named, boolean person, String surname) {
  static SourceRef org(String name, SourceType type, boolean named) {
    return new SourceRef(name, type, named, false, null);
  }

  /** A bare head word that a later pass may resolve to a fuller name ("police", "the ministry"). */
  boolean isBare() {
    return !person && name.indexOf(' ') < 0 && Character.isLowerCase(name.charAt(0));
  }
}
