package org.casualtyclaims.engine.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;

/**
 * The words that tell what kind of event a figure counts, from {@code scope-cues.tsv}: "since the
 * war began" or "so far this year" make a running total, "attack" or "quake" one event.
 */
final class ScopeCues {
  static final String FILE = "scope-cues.tsv";

  /** A cue found in a sentence, where it stands. */
  record Cue(Scope scope, int start, int end) {}

  private final Pattern pattern;
  private final Map<String, Scope> scopes;

  private ScopeCues(Pattern pattern, Map<String, Scope> scopes) {
    this.pattern = pattern;
    this.scopes = scopes;
  }

  static ScopeCues load(ResourceOpener opener, String directory) {
    Map<String, Scope> scopes = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(opener, directory + "/" + FILE, 2, 2)) {
      Scope scope;
      try {
        scope = Scope.fromLabel(row.column(1));
      } catch (IllegalArgumentException e) {
        throw row.error("scope must be incident or cumulative, found '" + row.column(1) + "'");
      }
      if (scopes.put(normal(row.column(0)), scope) != null) {
        throw row.error("'" + row.column(0) + "' is listed twice");
      }
    }
    String alternation = scopes.keySet().stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
        .reduce((a, b) -> a + "|" + b)
        .orElse("(?!)");
    return new ScopeCues(Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Map.copyOf(scopes));
  }

  List<Cue> find(String text) {
    List<Cue> cues = new ArrayList<>(2);
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Scope scope = scopes.get(normal(m.group()));
      if (scope != null) {
        cues.add(new Cue(scope, m.start(), m.end()));
      }
    }
    return cues;
  }

  private static String normal(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip().replaceAll("\\s+", " ");
  }
}
