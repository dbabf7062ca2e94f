package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} pairs, {@code --flag}s and positional arguments. */
record Options(Map<String, String> values, Set<String> flags, List<String> positional) {

  String value(String name) {
    return values.get(name);
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * Parses {@code args}; options taking a value are {@code valued}, {@code flagNames} take none.
   * Unknown options are an error, reported on {@code err} with the command's name.
   */
  static Options parse(
      List<String> args, PrintStream err, String command, List<String> valued, String... flagNames) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new java.util.HashSet<>();
    List<String> positional = new ArrayList<>();
    Set<String> known = Set.of(flagNames);
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (valued.contains(a)) {
        if (i + 1 >= args.size()) {
          err.println("claims " + command + ": " + a + " needs a value");
          return null;
        }
        values.put(a, args.get(++i));
      } else if (known.contains(a)) {
        flags.add(a);
      } else if (a.startsWith("--")) {
        err.println("claims " + command + ": unknown option " + a);
        return null;
      } else {
        positional.add(a);
      }
    }
    return new Options(values, flags, positional);
  }
}
