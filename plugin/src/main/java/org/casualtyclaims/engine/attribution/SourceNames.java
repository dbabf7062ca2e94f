package org.casualtyclaims.engine.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.WordInfo;
import org.casualtyclaims.engine.WordTable;

/**
 * One body, one name: once every frame of a document is resolved, the names that stand for one
 * source are given one. "Ministry of Justice" and "Justice Ministry" share their words; a
 * description ("the ministry", "the interior ministry", "the service") takes the fuller name
 * holding its words ("national emergency service"), or, when the story names no such body, the
 * owner the story gives its bodies ("Meridia's interior ministry"); a role ("a defence
 * spokesman") takes the person whose role holds its words ("Mohammad Radmanish, the deputy
 * spokesman for the Ministry of Defence").
 *
 * <p>The work is over the document's distinct sources, a handful, never its tokens.
 */
public final class SourceNames {
  /** Words a name is not compared by. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "a", "an", "s", "of", "for", "and", "in", "on", "at", "to", "its", "their");

  private final WordTable words;

  public SourceNames(WordTable words) {
    this.words = words;
  }

  /**
   * Whether the body {@code named} may be what the description {@code bare} points back to: its
   * name holds every word of the description ("the ministry" and "the health ministry" may stand
   * for "Gaza's Health Ministry"; "the interior ministry" may not stand for a defence ministry).
   * Only a body is held to its words: a role ("the head of the regional administration") is
   * found by its holder, however the text words the office, and a statement by its issuer.
   */
  public boolean mayStandFor(SourceRef bare, SourceRef named) {
    boolean statement = words.get(bare.head()).has(WordInfo.STATEMENT); // its issuer's
    return named.person() || statement || !isBody(bare.head())
        || contentWords(named).containsAll(content(bare.name()));
  }

  /** A source as first met, with the words it is compared by. */
  private record Named(SourceRef source, int order, Set<String> words) {}

  /** Gives every frame's source the document's name for it; {@code frames} in document order. */
  public void unify(List<Frame> frames) {
    Map<SourceRef, Integer> distinct = new LinkedHashMap<>();
    for (Frame f : frames) {
      if (f.source != null) {
        distinct.putIfAbsent(f.source, distinct.size());
      }
    }
    if (distinct.size() < 2) {
      return;
    }
    List<Named> sources = new ArrayList<>(distinct.size());
    for (Map.Entry<SourceRef, Integer> e : distinct.entrySet()) {
      sources.add(new Named(e.getKey(), e.getValue(), contentWords(e.getKey())));
    }
    String owner = storyOwner(sources);
    Map<SourceRef, SourceRef> renamed = new HashMap<>();
    for (Named s : sources) {
      SourceRef into = canonical(s, sources, owner);
      if (into != null && !into.equals(s.source())) {
        renamed.put(s.source(), into);
      }
    }
    if (renamed.isEmpty()) {
      return;
    }
    for (Frame f : frames) {
      SourceRef into = f.source == null ? null : renamed.get(f.source);
      // a chain of two ("the ministry" to "interior ministry" to "Meridia's interior ministry")
      for (int hops = 0; into != null && hops < 3; hops++) {
        f.source = into;
        into = renamed.get(into);
      }
    }
  }

  /** The name {@code s} goes by in this document, or null when it keeps its own. */
  private SourceRef canonical(Named s, List<Named> sources, String owner) {
    SourceRef source = s.source();
    if (source.person() || s.words().isEmpty()) {
      return null;
    }
    // the same words in another order: the name met first wins
    for (Named t : sources) {
      if (t.order() < s.order() && !t.source().person() && t.words().equals(s.words())) {
        return t.source();
      }
    }
    String head = lastWord(source.name());
    if (source.type() == SourceType.WITNESS && !source.named() && isRole(head)) {
      return personInRole(s, head, sources); // "a survivor", then "survivor Ana Ruiz"
    }
    if (isRole(head) && source.named() && s.words().size() >= 2) {
      // "a defence spokesman", "a Revolutionary Guards general": the person who holds the role
      return personInRole(s, head, sources);
    }
    if (!isDescription(source, head)) {
      return null;
    }
    Named fuller = nearest(s, sources, t -> !t.source().person()
        && t.words().size() > s.words().size() && t.words().containsAll(s.words()));
    if (fuller != null) {
      return fuller.source();
    }
    if (owner != null && source.type() == SourceType.OFFICIAL && isBody(head)
        && !source.name().contains("'")) {
      return SourceRef.org(owner + "'s " + source.name(), source.type(), true);
    }
    return null;
  }

  /**
   * The person, nearest first, whose role holds the role {@code s} names and one more of its
   * words ("foreign ministry spokesman" and "ministry spokesman Lior Haiat").
   */
  private static SourceRef personInRole(Named s, String head, List<Named> sources) {
    Named person = nearest(s, sources, t -> {
      if (!t.source().person() || t.source().affiliation() == null
          || t.source().type() != s.source().type()) {
        return false;
      }
      Set<String> role = t.words(); // a person's words are those of their role
      int shared = 0;
      for (String w : s.words()) {
        shared += role.contains(w) ? 1 : 0;
      }
      return role.contains(head) && shared >= Math.min(2, s.words().size());
    });
    return person == null ? null : person.source();
  }

  /** The nearest source that {@code test} accepts: earlier ones first, then later ones. */
  private static Named nearest(
      Named s, List<Named> sources, java.util.function.Predicate<Named> test) {
    for (int i = s.order() - 1; i >= 0; i--) {
      if (test.test(sources.get(i))) {
        return sources.get(i);
      }
    }
    for (int i = s.order() + 1; i < sources.size(); i++) {
      if (test.test(sources.get(i))) {
        return sources.get(i);
      }
    }
    return null;
  }

  /**
   * The owner the story gives its official bodies ("Meridia" of "Meridia's defence ministry"),
   * when it gives exactly one.
   */
  private static String storyOwner(List<Named> sources) {
    String owner = null;
    for (Named n : sources) {
      SourceRef s = n.source();
      if (s.person() || s.type() != SourceType.OFFICIAL) {
        continue;
      }
      int possessive = s.name().indexOf("'s ");
      if (possessive <= 0 || !Character.isUpperCase(s.name().charAt(0))
          || s.name().lastIndexOf(' ', possessive) >= 0) {
        continue; // one capitalised word owns: "Meridia's", not "the city's"
      }
      String o = s.name().substring(0, possessive);
      if (owner != null && !owner.equals(o)) {
        return null;
      }
      owner = o;
    }
    return owner;
  }

  /**
   * A name that only describes: words ending in a body or a role, without a capital but perhaps
   * the first, which a headline or a sentence start gives ("interior ministry", "Defence
   * spokesman"); never an unnamed group of people ("officials", "residents").
   */
  private boolean isDescription(SourceRef s, String head) {
    if (s.type() == SourceType.ANONYMOUS || s.type() == SourceType.WITNESS
        || s.type() == SourceType.UNATTRIBUTED || (!isBody(head) && !isRole(head))) {
      return false;
    }
    String name = s.name();
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i))) {
        return false;
      }
    }
    // a capital first letter only opens the phrase ("Defence spokesman"), unless it names
    List<String> words = Names.words(name);
    return !Character.isUpperCase(name.charAt(0))
        || (!name.contains("'") && this.words.get(words.get(0)) != WordInfo.NONE);
  }

  private boolean isRole(String word) {
    SourceHead head = words.get(word).head;
    return head != null && head.kind() == SourceHead.Kind.ROLE;
  }

  private boolean isBody(String word) {
    SourceHead head = words.get(word).head;
    return head != null && head.kind() == SourceHead.Kind.ORG;
  }

  private static String lastWord(String name) {
    List<String> w = Names.words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /** The words a source is compared by: a body's name, a person's role. */
  private static Set<String> contentWords(SourceRef s) {
    if (s.person()) {
      return s.affiliation() == null ? Set.of() : content(s.affiliation());
    }
    return content(s.name());
  }

  /** The words of a name a comparison reads: lower case, singular, no function words. */
  private static Set<String> content(String name) {
    Set<String> content = new HashSet<>(4);
    for (String w : Names.words(name)) {
      if (!FUNCTION_WORDS.contains(w)) {
        content.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return content;
  }
}
