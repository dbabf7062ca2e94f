package org.casualtyclaims.engine;

import java.util.function.Function;

/**
 * Remembers what a function of a source name gave for the names met lately, so that the names
 * every story repeats ("police", "the health ministry", "Reuters") are split into words once, not
 * once per document. A fixed number of slots, each holding the last name that hashed to it: the
 * memory stays bounded however many names a server meets. Thread-safe: a slot holds an immutable
 * entry, and a value is computed again rather than waited for.
 */
public final class NameMemo<V> {
  private static final int SLOTS = 1024;

  private record Entry<V>(String name, V value) {}

  private final Function<String, V> function;
  @SuppressWarnings("unchecked")
  private final Entry<V>[] slots = new Entry[SLOTS];

  /** @param function pure, and its values immutable: they are shared by every caller */
  public NameMemo(Function<String, V> function) {
    this.function = function;
  }

  public V get(String name) {
    int slot = (name.hashCode() * 0x9E3779B9 >>> 22) & (SLOTS - 1);
    Entry<V> e = slots[slot];
    if (e != null && e.name().equals(name)) {
      return e.value();
    }
    V value = function.apply(name);
    slots[slot] = new Entry<>(name, value);
    return value;
  }
}
