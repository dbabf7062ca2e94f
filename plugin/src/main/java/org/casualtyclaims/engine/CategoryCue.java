package org.casualtyclaims.engine;

import java.util.Set;

/** A category word of the lexicon: its category and the roles it can play. */
record CategoryCue(Category category, Set<CueRole> roles) {
  boolean has(CueRole role) {
    return roles.contains(role);
  }
}
