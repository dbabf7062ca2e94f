package org.casualtyclaims.engine.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Frame;
import org.casualtyclaims.engine.NameMemo;
import org.casualtyclaims.engine.Names;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.WordInfo;
import org.casualtyclaims.engine.text.WordTable;

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
    if (armedGroupForStateBody(bare, named)) {
      return false;
    }
    return named.person() || statement || !isBody(bare.head())
        || contentWords(named).containsAll(content(bare.name()));
  }

  /** "The army said" does not point to the "Baloch Liberation Army" named in another sentence. */
  private static boolean armedGroupForStateBody(SourceRef description, SourceRef body) {
    return !body.person() && description.type() == SourceType.OFFICIAL
        && body.type() == SourceType.GROUP;
  }

  /**
   * A source as first met, with the words it is compared by, read when first asked: a person's
   * (their role's, often a long apposition) only when a role is looked for among them.
   */
  private static final class Named {
    private final SourceRef source;
    private final int order;
    private Set<String> words;

    Named(SourceRef source, int order) {
      this.source = source;
      this.order = order;
    }

    SourceRef source() {
      return source;
    }

    int order() {
      return order;
    }

    Set<String> words() {
      if (words == null) {
        words = contentWords(source);
      }
      return words;
    }
  }

  /**
   * Gives every frame's source the document's name for it; {@code frames} in document order. The
   * distinct sources are few, and frames mostly repeat the one before, so they are kept in a list
   * and compared by reference first: no hashing of the source records.
   */
  public void unify(List<Frame> frames) {
    List<SourceRef> distinct = new ArrayList<>();
    SourceRef previous = null;
    for (Frame f : frames) {
      SourceRef s = f.source;
      if (s != null && s != previous) {
        previous = s;
        if (indexOf(distinct, s) < 0) {
          distinct.add(s);
        }
      }
    }
    if (distinct.size() < 2) {
      return;
    }
    List<Named> sources = new ArrayList<>(distinct.size());
    for (int i = 0; i < distinct.size(); i++) {
      sources.add(new Named(distinct.get(i), i));
    }
    String owner = storyOwner(sources);
    SourceRef[] renamed = null; // by the order of the source renamed; made on the first renaming
    for (Named s : sources) {
      SourceRef into = canonical(s, sources, owner);
      if (into != null && !into.equals(s.source())) {
        if (renamed == null) {
          renamed = new SourceRef[sources.size()];
        }
        renamed[s.order()] = into;
      }
    }
    if (renamed == null) {
      return;
    }
    for (Frame f : frames) {
      SourceRef into = renamedOf(f.source, distinct, renamed);
      // a chain of two ("the ministry" to "interior ministry" to "Meridia's interior ministry")
      for (int hops = 0; into != null && hops < 3; hops++) {
        f.source = into;
        into = renamedOf(into, distinct, renamed);
      }
    }
  }

  /** Where {@code s}, or a source equal to it, stands in {@code distinct}; -1 when it does not. */
  private static int indexOf(List<SourceRef> distinct, SourceRef s) {
    for (int i = 0; i < distinct.size(); i++) {
      SourceRef d = distinct.get(i);
      if (d == s || d.equals(s)) {
        return i;
      }
    }
    return -1;
  }

  /** The name {@code s} is given instead of its own, or null (also for a null or new source). */
  private static SourceRef renamedOf(SourceRef s, List<SourceRef> distinct, SourceRef[] renamed) {
    int i = s == null ? -1 : indexOf(distinct, s);
    return i < 0 ? null : renamed[i];
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
    SourceHead.Kind headKind = headKind(head); // looked up once: the tests below all ask it
    boolean role = headKind == SourceHead.Kind.ROLE;
    boolean body = headKind == SourceHead.Kind.ORG;
    if (source.type() == SourceType.WITNESS && !source.named() && role) {
      return personInRole(s, head, sources); // "a survivor", then "survivor Ana Ruiz"
    }
    if (role && source.named() && s.words().size() >= 2) {
      // "a defence spokesman", "a Revolutionary Guards general": the person who holds the role
      return personInRole(s, head, sources);
    }
    if (!isDescription(source, body || role)) {
      return null;
    }
    // a body is not the unnamed people of it ("the police" is not "unnamed police officers"),
    // nor one role in it ("police" is not "a police spokesman"), nor a state's body an armed
    // group named like it ("the army" is not the "Baloch Liberation Army")
    Named fuller = nearest(s, sources, t -> !t.source().person()
        && t.source().type() != SourceType.ANONYMOUS
        && !armedGroupForStateBody(source, t.source())
        && t.words().size() > s.words().size() && t.words().containsAll(s.words())
        && !(body && endsInRoleOrPeople(t.source())));
    if (fuller != null) {
      return fuller.source();
    }
    if (owner != null && source.type() == SourceType.OFFICIAL && body
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
  private String storyOwner(List<Named> sources) {
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
      if (headKind(o.toLowerCase(java.util.Locale.ROOT)) != null) {
        continue; // "the Ombudsman's Office", "the Coroner's Court": an office-holder's body
      }
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
  private boolean isDescription(SourceRef s, boolean bodyOrRole) {
    if (s.type() == SourceType.ANONYMOUS || s.type() == SourceType.WITNESS
        || s.type() == SourceType.UNATTRIBUTED || !bodyOrRole) {
      return false;
    }
    String name = s.name();
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i))) {
        return false;
      }
    }
    // a capital first letter only opens the phrase ("Defence spokesman"), unless it names
    return !Character.isUpperCase(name.charAt(0))
        || (!name.contains("'") && words.get(Names.words(name).get(0)) != WordInfo.NONE);
  }

  /** The kind of source the word heads, or null when it heads none. */
  private SourceHead.Kind headKind(String word) {
    SourceHead head = words.get(word).head;
    return head == null ? null : head.kind();
  }

  /** Whether a head noun names a body ("police", "ministry"), not a role or people. */
  public boolean isBody(String word) {
    return headKind(word) == SourceHead.Kind.ORG;
  }

  /** Whether a source's name ends in a role or people ("police spokesman", "residents"). */
  public boolean endsInRoleOrPeople(SourceRef source) {
    SourceHead.Kind kind = headKind(lastWord(source.name()));
    return kind == SourceHead.Kind.ROLE || kind == SourceHead.Kind.PEOPLE;
  }

  /** The last of {@link Names#words}{@code (name)}, or "" when it has none. */
  private static String lastWord(String name) {
    List<String> words = Names.words(name);
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  /** The words a source is compared by: a body's name, a person's role. */
  private static Set<String> contentWords(SourceRef s) {
    if (s.person()) {
      return s.affiliation() == null ? Set.of() : content(s.affiliation());
    }
    return content(s.name());
  }

  private static final NameMemo<Set<String>> CONTENT = new NameMemo<>(SourceNames::contentOf);

  /**
   * The words of a name a comparison reads: lower case, singular, no function words. The set is
   * shared and read-only.
   */
  private static Set<String> content(String name) {
    return CONTENT.get(name);
  }

  private static Set<String> contentOf(String name) {
    Set<String> content = new HashSet<>(4);
    for (String w : Names.words(name)) {
      if (!FUNCTION_WORDS.contains(w)) {
        content.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return Collections.unmodifiableSet(content);
  }
}
