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

  /** The whole number given for {@code name}, at least {@code min}; {@code fallback} when absent. */
  int wholeNumber(String name, int fallback, int min) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, got '" + v + "'");
    }
    if (n < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + n);
    }
    return n;
  }

  /** The whole number given for {@code name}, any sign (a seed); {@code fallback} when absent. */
  long longNumber(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, got '" + v + "'");
    }
  }

  /** The finite number above 0 given for {@code name}; {@code fallback} when absent. */
  double positiveNumber(String name, double fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, got '" + v + "'");
    }
    if (!(d > 0) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(name + " must be a positive number, got " + v);
    }
    return d;
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
