package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A plain-text progress bar, {@code indexing [##########----------]  24/48 documents}. On a
 * terminal it redraws one line; otherwise (a pipe, a CI log) it prints a new line at every
 * quarter and at the end, so logs stay short and readable.
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final String unit;
  private final long total;
  private final boolean redraw;
  private long done;
  private int lastQuarter = -1;
  private boolean finished;

  ProgressBar(PrintStream out, String label, String unit, long total, boolean redraw) {
    this.out = out;
    this.label = label;
    this.unit = unit;
    this.total = Math.max(0, total);
    this.redraw = redraw;
  }

  /** Whether to redraw in place: standard input and output are a terminal (Java's console). */
  static boolean terminal() {
    return System.console() != null;
  }

  void start() {
    show();
  }

  void advance(long n) {
    done = Math.min(total, done + n);
    show();
  }

  /** Draws the final state and ends the line. */
  void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (redraw) {
      out.print("\r" + line() + "\n");
    } else if (lastQuarter < 4) {
      out.println(line());
    }
    out.flush();
  }

  private void show() {
    if (redraw) {
      out.print("\r" + line());
      out.flush();
      return;
    }
    int quarter = total == 0 ? 4 : (int) (done * 4 / total);
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      out.println(line());
      out.flush();
    }
  }

  String line() {
    int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
    String digits = Long.toString(total);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %" + digits.length() + "d/%s %s",
        label,
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        done,
        digits,
        unit);
  }
}
