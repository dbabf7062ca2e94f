package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.casualtyclaims.cli.IndexBench.Mode;
import org.casualtyclaims.cli.IndexBench.Result;
import org.casualtyclaims.cli.IndexBench.Run;

/**
 * The closing lines of {@code bench index}: each mode's medians, where tagging's extra time goes,
 * the client thread's CPU time, and last the {@code RESULT} line.
 */
final class IndexBenchSummary {
  private IndexBenchSummary() {}

  /** {@code extractSeconds}: the engine alone over the same texts, for comparison. */
  static Result print(
      PrintStream out, Map<Mode, List<Run>> runs, int articles, double extractSeconds) {
    List<Run> with = runs.get(Mode.TAGGING);
    List<Run> prebuilt = runs.get(Mode.PREBUILT);
    List<Run> off = runs.get(Mode.OFF);
    Result result = new Result(median(with, Run::docsPerSecond), median(off, Run::docsPerSecond));
    double withSeconds = median(with, Run::seconds);
    double prebuiltSeconds = median(prebuilt, Run::seconds);
    double prebuiltRate = median(prebuilt, Run::docsPerSecond);
    double withoutSeconds = median(off, Run::seconds);
    double processorSeconds = median(with, Run::processorSeconds);
    out.printf(
        Locale.ROOT,
        "tagging on:  median %.2f s, %.2f articles/s (%d claims per run, %.2f per article)%n",
        withSeconds, result.withDocsS(), with.get(0).claims(),
        (double) with.get(0).claims() / articles);
    out.printf(
        Locale.ROOT,
        "prebuilt:    median %.2f s, %.2f articles/s (the same claims, extracted beforehand),"
            + " %.2f of off%n",
        prebuiltSeconds, prebuiltRate, prebuiltRate / result.withoutDocsS());
    out.printf(
        Locale.ROOT, "tagging off: median %.2f s, %.2f articles/s%n",
        withoutSeconds, result.withoutDocsS());
    out.printf(
        Locale.ROOT,
        "where the extra %.2f s go: Solr indexing the claim documents and summary fields"
            + " %.2f s (prebuilt minus off); extracting them in the processor %.2f s (tagging"
            + " minus prebuilt; the processor's own timer, UPDATE.claims.time, says %.2f s,"
            + " the engine alone over the same texts %.2f s)%n",
        withSeconds - withoutSeconds, prebuiltSeconds - withoutSeconds,
        withSeconds - prebuiltSeconds, processorSeconds, extractSeconds);
    double withCpu = median(with, Run::cpuSeconds);
    double offCpu = median(off, Run::cpuSeconds);
    out.printf(
        Locale.ROOT,
        "the client thread's cpu time (medians): tagging %.2f s, prebuilt %.2f s, off %.2f s;"
            + " off / tagging %.2f%n",
        withCpu, median(prebuilt, Run::cpuSeconds), offCpu, offCpu / withCpu);
    out.println(result.line());
    return result;
  }

  private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
    return Stats.median(runs.stream().mapToDouble(f).toArray());
  }
}
