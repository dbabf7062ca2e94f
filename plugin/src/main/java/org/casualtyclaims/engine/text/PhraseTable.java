package org.casualtyclaims.engine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases keyed by their first word, each carrying a value. Lookups walk tokens of a
 * sentence; the longest phrase wins. Phrases are lower-case, words separated by single spaces.
 */
public final class PhraseTable<V> {
  /** A matched phrase: its value and how many tokens it covers. */
  public record Match<V>(V value, int length, String phrase) {}

  private record Entry<V>(String[] words, V value, String phrase) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  private final Map<String, List<Entry<V>>> byLastWord = new HashMap<>();

  public void add(String phrase, V value) {
    String[] words = phrase.split(" ");
    Entry<V> entry = new Entry<>(words, value, phrase);
    insertLongestFirst(byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()), entry);
    insertLongestFirst(
        byLastWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()), entry);
  }

  private static <V> void insertLongestFirst(List<Entry<V>> list, Entry<V> entry) {
    int i = 0;
    while (i < list.size() && list.get(i).words.length >= entry.words.length) {
      i++;
    }
    list.add(i, entry);
  }

  boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  /** The words phrases start with. */
  public java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(byFirstWord.keySet());
  }

  /** The words that are whole phrases on their own. */
  public java.util.Set<String> singleWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    byFirstWord.forEach((w, entries) -> {
      if (entries.get(entries.size() - 1).words.length == 1) {
        words.add(w); // entries are longest first: a one-word phrase comes last
      }
    });
    return words;
  }

  /** The words that come second in a phrase. */
  public java.util.Set<String> secondWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    byFirstWord.values().forEach(entries -> entries.forEach(e -> {
      if (e.words.length > 1) {
        words.add(e.words[1]);
      }
    }));
    return words;
  }

  /** The words phrases end with. */
  public java.util.Set<String> lastWords() {
    return java.util.Collections.unmodifiableSet(byLastWord.keySet());
  }

  /** The longest phrase starting at token {@code from}, or null. */
  public Match<V> matchAt(List<Token> tokens, int from) {
    if (from < 0 || from >= tokens.size()) {
      return null;
    }
    List<Entry<V>> candidates = byFirstWord.get(tokens.get(from).lower());
    if (candidates == null) {
      return null;
    }
    for (Entry<V> e : candidates) {
      if (from + e.words.length <= tokens.size() && wordsAt(tokens, from, e.words)) {
        return new Match<>(e.value, e.words.length, e.phrase);
      }
    }
    return null;
  }

  /** The longest phrase ending at token {@code last} (inclusive), or null. */
  public Match<V> matchEndingAt(List<Token> tokens, int last) {
    if (last < 0 || last >= tokens.size()) {
      return null;
    }
    List<Entry<V>> candidates = byLastWord.get(tokens.get(last).lower());
    if (candidates == null) {
      return null;
    }
    for (Entry<V> e : candidates) {
      int from = last - e.words.length + 1;
      if (from >= 0 && wordsAt(tokens, from, e.words)) {
        return new Match<>(e.value, e.words.length, e.phrase);
      }
    }
    return null;
  }

  private static boolean wordsAt(List<Token> tokens, int from, String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (!tokens.get(from + i).is(words[i])) {
        return false;
      }
    }
    return true;
  }
}
