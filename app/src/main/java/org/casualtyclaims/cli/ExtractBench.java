package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
 * title and body text and R = X / Y.
 */
final class ExtractBench {
  static final String USAGE =
      "usage: bin/claims bench extract [--quick] [--iterations N] [--warmup N] [--time SECONDS]"
          + " [--forks N] [--size-mb MB] [--conf DIR] [--samples DIR]";

  private static final int DEFAULT_WARMUP = 8;
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
            List.of("--iterations", "--warmup", "--time", "--forks", "--size-mb", "--conf", "--samples"),
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
    try {
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
      corpus = BenchCorpus.build(samples, targetBytes);
    } catch (RuntimeException e) {
      err.println("claims bench extract: " + e.getMessage());
      return 2;
    }
    out.printf(
        Locale.ROOT,
        "claims bench extract: corpus of %d documents, %d UTF-8 bytes (from %s); %d warm-up and %d"
            + " measured iterations of %s s, %d fork(s)%n",
        corpus.docs().size(), corpus.utf8Bytes(), samples.toAbsolutePath().normalize(), warmup,
        iterations, format(seconds), forks);
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
            .warmupIterations(warmup)
            .warmupTime(time)
            .measurementIterations(iterations)
            .measurementTime(time)
            .threads(1)
            .param("conf", conf.toAbsolutePath().normalize().toString())
            .param("samples", samples.toAbsolutePath().normalize().toString())
            .param("corpusBytes", Long.toString(targetBytes))
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
    Double extractMs = score(results, "extract");
    Double tokenizerMs = score(results, "tokenizer");
    if (extractMs == null || tokenizerMs == null) {
      err.println("claims bench extract: JMH returned no result for "
          + (extractMs == null ? "extract" : "tokenizer")
          + " (is META-INF/BenchmarkList in app/target/classes?)");
      return 1;
    }
    Result result = toResult(corpus.utf8Bytes(), extractMs, tokenizerMs);
    out.printf(
        Locale.ROOT,
        "extract:   %.3f ms per pass over %d bytes = %.2f MB/s%n",
        extractMs, corpus.utf8Bytes(), result.extractMbS());
    out.printf(
        Locale.ROOT,
        "tokenizer: %.3f ms per pass over %d bytes = %.2f MB/s (Lucene StandardTokenizer)%n",
        tokenizerMs, corpus.utf8Bytes(), result.tokenizerMbS());
    out.println(result.line());
    out.flush();
    return 0;
  }

  /** Throughputs from the average milliseconds per pass over {@code bytes}. */
  static Result toResult(long bytes, double extractMs, double tokenizerMs) {
    double mb = bytes / 1_000_000.0;
    return new Result(mb / (extractMs / 1000.0), mb / (tokenizerMs / 1000.0));
  }

  private static Double score(Collection<RunResult> results, String method) {
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("." + method)) {
        return r.getPrimaryResult().getScore();
      }
    }
    return null;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
