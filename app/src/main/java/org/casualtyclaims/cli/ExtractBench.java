package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casualtyclaims.engine.ClaimExtractor;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code bin/claims bench extract}: runs {@link ExtractBenchmark} with JMH and prints, as its last
 * line, {@code RESULT extract_mb_s=X tokenizer_mb_s=Y ratio=R} where MB is 10^6 UTF-8 bytes of
 * title and body text and R = X / Y. Each throughput comes from the median of that side's measured
 * iterations; the sides take turns, so {@code --warmup} and {@code --iterations} count per side.
 */
final class ExtractBench {
  static final String USAGE =
      "usage: bin/claims bench extract [--quick] [--iterations N] [--warmup N] [--time SECONDS]"
          + " [--forks N] [--size-mb MB] [--mix conflict|newsroom|dense] [--conf DIR] [--samples DIR]";

  private static final int DEFAULT_WARMUP = 6;
  private static final int DEFAULT_ITERATIONS = 5;
  private static final double DEFAULT_SECONDS = 2;
  private static final double DEFAULT_SIZE_MB = 4;

  private ExtractBench() {}

  /** The throughputs of one run, in MB/s. */
  record Result(double extractMbS, double tokenizerMbS) {
    double ratio() {
      return extractMbS / tokenizerMbS;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "RESULT extract_mb_s=%.2f tokenizer_mb_s=%.2f ratio=%.3f",
          extractMbS,
          tokenizerMbS,
          ratio());
    }
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(
            args, err, "bench extract",
            List.of("--iterations", "--warmup", "--time", "--forks", "--size-mb", "--mix", "--conf",
                "--samples"),
            "--quick");
    if (options == null) {
      err.println(USAGE);
      return 2;
    }
    if (!options.positional().isEmpty()) {
      err.println("claims bench extract: unexpected argument " + options.positional().get(0));
      err.println(USAGE);
      return 2;
    }
    boolean quick = options.flag("--quick");
    int warmup;
    int iterations;
    int forks;
    double seconds;
    double sizeMb;
    BenchMix mix;
    try {
      mix = options.value("--mix") == null ? null : BenchMix.parse(options.value("--mix"));
      warmup = options.wholeNumber("--warmup", quick ? 3 : DEFAULT_WARMUP, 0);
      iterations = options.wholeNumber("--iterations", quick ? 2 : DEFAULT_ITERATIONS, 1);
      forks = options.wholeNumber("--forks", 1, 0);
      seconds = options.positiveNumber("--time", quick ? 1 : DEFAULT_SECONDS);
      sizeMb = options.positiveNumber("--size-mb", DEFAULT_SIZE_MB);
    } catch (IllegalArgumentException e) {
      err.println("claims bench extract: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }

    Path conf = options.value("--conf") == null ? Engine.defaultConf() : Path.of(options.value("--conf"));
    if (!Files.isDirectory(conf)) {
      err.println("claims: configset folder not found: " + conf.toAbsolutePath());
      return 2;
    }
    Path samples =
        options.value("--samples") == null
            ? BenchCorpus.defaultFolder()
            : Path.of(options.value("--samples"));
    long targetBytes = Math.max(1, Math.round(sizeMb * 1_000_000));
    BenchCorpus corpus;
    try {
      if (mix == null) {
        corpus = BenchCorpus.build(samples, targetBytes);
      } else {
        ClaimExtractor engine = Engine.extractor(conf.toString(), err);
        if (engine == null) {
          return 2;
        }
        corpus = BenchCorpus.ofMix(mix, samples, targetBytes, engine);
      }
    } catch (RuntimeException e) {
      err.println("claims bench extract: " + e.getMessage());
      return 2;
    }
    out.printf(
        Locale.ROOT,
        "claims bench extract: corpus of %d documents, %d UTF-8 bytes (%s from %s); %d warm-up"
            + " and %d measured iterations of %s s per side, taking turns, %d fork(s)%n",
        corpus.docs().size(), corpus.utf8Bytes(),
        mix == null ? "the samples repeated" : "mix " + mix.label,
        samples.toAbsolutePath().normalize(), warmup, iterations, format(seconds), forks);
    if (forks == 0) {
      out.println("claims bench extract: --forks 0 runs in this JVM; JMH's figures are less"
          + " trustworthy than with a fork");
    }
    out.flush();

    TimeValue time = TimeValue.milliseconds(Math.max(1, Math.round(seconds * 1000)));
    ChainedOptionsBuilder jmh =
        new OptionsBuilder()
            .include("^" + Pattern.quote(ExtractBenchmark.class.getName()) + "\\.")
            .forks(forks)
            .warmupIterations(2 * warmup)
            .warmupTime(time)
            .measurementIterations(2 * iterations)
            .measurementTime(time)
            .threads(1)
            .param("conf", conf.toAbsolutePath().normalize().toString())
            .param("samples", samples.toAbsolutePath().normalize().toString())
            .param("corpusBytes", Long.toString(targetBytes))
            .param("mix", mix == null ? "" : mix.label)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.NORMAL);
    Collection<RunResult> results;
    try {
      results = new Runner(jmh.build(), org.openjdk.jmh.runner.format.OutputFormatFactory
          .createFormatInstance(out, VerboseMode.NORMAL)).run();
    } catch (RunnerException e) {
      out.flush();
      err.println("claims bench extract: the benchmark failed: " + e.getMessage());
      return 1;
    }
    List<Double> extractMs = new ArrayList<>();
    List<Double> tokenizerMs = new ArrayList<>();
    splitBySide(results, extractMs, tokenizerMs);
    if (extractMs.isEmpty() || extractMs.size() != tokenizerMs.size()) {
      err.println("claims bench extract: JMH returned " + extractMs.size() + " extraction and "
          + tokenizerMs.size() + " tokenizer iterations"
          + " (is META-INF/BenchmarkList in app/target/classes?)");
      return 1;
    }
    double extractMedian = Stats.median(toArray(extractMs));
    double tokenizerMedian = Stats.median(toArray(tokenizerMs));
    Result result = toResult(corpus.utf8Bytes(), extractMedian, tokenizerMedian);
    out.printf(
        Locale.ROOT,
        "extract:   median %.3f ms per pass over %d bytes = %.2f MB/s (iterations: %s ms)%n",
        extractMedian, corpus.utf8Bytes(), result.extractMbS(), list(extractMs));
    out.printf(
        Locale.ROOT,
        "tokenizer: median %.3f ms per pass over %d bytes = %.2f MB/s (iterations: %s ms;"
            + " Lucene StandardTokenizer)%n",
        tokenizerMedian, corpus.utf8Bytes(), result.tokenizerMbS(), list(tokenizerMs));
    out.println(result.line());
    out.flush();
    return 0;
  }

  /** Throughputs from the average milliseconds per pass over {@code bytes}. */
  static Result toResult(long bytes, double extractMs, double tokenizerMs) {
    double mb = bytes / 1_000_000.0;
    return new Result(mb / (extractMs / 1000.0), mb / (tokenizerMs / 1000.0));
  }

  /**
   * The measured iterations' times (ms per pass), by side: in each fork the odd iterations
   * extracted and the even ones tokenized (see {@link ExtractBenchmark}).
   */
  private static void splitBySide(
      Collection<RunResult> results, List<Double> extractMs, List<Double> tokenizerMs) {
    for (RunResult run : results) {
      for (BenchmarkResult fork : run.getBenchmarkResults()) {
        int k = 0;
        for (IterationResult iteration : fork.getIterationResults()) {
          (k++ % 2 == 0 ? extractMs : tokenizerMs).add(iteration.getPrimaryResult().getScore());
        }
      }
    }
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String list(List<Double> values) {
    StringBuilder sb = new StringBuilder();
    for (double v : values) {
      sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", v));
    }
    return sb.toString();
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
