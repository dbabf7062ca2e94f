package org.casualtyclaims.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills the slots of a sentence template, {@code {name}}, from word lists and a seeded generator,
 * for the benchmark's written articles. A few slots are numbers rather than words: {@code {n}} (2
 * to 40), {@code {big}} (a round figure in the thousands), {@code {pct}} (a percentage with one
 * decimal), {@code {money}} (an amount in millions), {@code {year}}, {@code {score}} (a match
 * score), {@code {temp}} (degrees). Every other slot names a word list; an unknown slot is a bug
 * in the templates and fails at once.
 */
final class TemplateFiller {
  private final Random random;
  private final Map<String, String[]> lists;

  TemplateFiller(Random random, Map<String, String[]> lists) {
    this.random = random;
    this.lists = lists;
  }

  String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, i, open);
      out.append(slot(template.substring(open + 1, close)));
      i = close + 1;
    }
    return out.toString();
  }

  private String slot(String name) {
    switch (name) {
      case "n":
        return Integer.toString(2 + random.nextInt(39));
      case "big":
        return String.format(Locale.ROOT, "%,d", (1 + random.nextInt(90)) * 100);
      case "pct":
        return String.format(Locale.ROOT, "%.1f%%", 0.5 + random.nextInt(120) / 10.0);
      case "money":
        return String.format(Locale.ROOT, "%s%d million", pick(new String[] {"$", "£", "€"}),
            5 + random.nextInt(900));
      case "year":
        return Integer.toString(1990 + random.nextInt(35));
      case "score":
        return (1 + random.nextInt(4)) + "-" + random.nextInt(3);
      case "temp":
        return (random.nextInt(36) - 4) + "C";
      default:
        String[] words = lists.get(name);
        if (words == null) {
          throw new IllegalStateException("no word list for the template slot {" + name + "}");
        }
        return pick(words);
    }
  }
}
