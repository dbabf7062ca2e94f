package org.casualtyclaims.engine.figures;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.casualtyclaims.engine.Category;

/** A category word of the lexicon: its category and the roles it can play. */
public final class CategoryCue {
  private final Category category;
  private final Set<CueRole> roles;
  /** The roles as bits by ordinal: {@link #has} is asked for nearly every token of a sentence. */
  private final int roleBits;

  public CategoryCue(Category category, Set<CueRole> roles) {
    this.category = category;
    EnumSet<CueRole> copy = EnumSet.noneOf(CueRole.class);
    copy.addAll(roles);
    this.roles = Collections.unmodifiableSet(copy);
    int bits = 0;
    for (CueRole r : roles) {
      bits |= 1 << r.ordinal();
    }
    this.roleBits = bits;
  }

  public Category category() {
    return category;
  }

  public Set<CueRole> roles() {
    return roles;
  }

  public boolean has(CueRole role) {
    return (roleBits & (1 << role.ordinal())) != 0;
  }
}
