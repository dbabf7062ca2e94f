package org.casualtyclaims.cli;

import java.util.Arrays;

/** The one summary the benchmark commands report their rounds by. */
final class Stats {
  private Stats() {}

  /** The median: the middle value, or the mean of the two middle values of an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
