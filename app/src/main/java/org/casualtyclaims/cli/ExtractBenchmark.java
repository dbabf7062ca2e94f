package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark behind {@code bin/claims bench extract}. One operation reads the whole corpus
 * ({@link BenchCorpus}: every title and body) once, either through the claim extractor or through
 * Lucene's {@link StandardTokenizer}, so both times are for the same bytes and their ratio is a
 * ratio of throughputs. With {@code mix} set it reads the articles {@code bench index} indexes
 * instead.
 *
 * <p>The two sides take turns, iteration by iteration, in one JVM: odd iterations (the first, the
 * third, ...) extract, even ones tokenize, warm-up included. Whatever else the machine is doing
 * then slows both sides alike, where two benchmarks run one after the other would each meet a
 * different minute of it. {@link ExtractBench} splits the iterations by side.
 *
 * <p>The parameters are set by {@link ExtractBench}; empty paths mean the defaults under the
 * {@code claims.home} system property.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractBenchmark {
  /** The configset {@code conf} folder; empty for {@code $claims.home/solr-config/conf}. */
  @Param("")
  public String conf;

  /** The sample articles folder; empty for {@code $claims.home/sample-docs}. */
  @Param("")
  public String samples;

  /**
   * Empty for the samples repeated ({@link BenchCorpus#build}); else a {@link BenchMix} label, for
   * the articles of {@code bench index --mix} ({@link BenchCorpus#ofMix}).
   */
  @Param("")
  public String mix;

  /** The corpus size to build, in UTF-8 bytes. */
  @Param("4000000")
  public long corpusBytes;

  private ClaimExtractor extractor;
  private List<List<FieldText>> fields;
  private List<String> texts;
  private StandardTokenizer tokenizer;
  private CharTermAttribute term;
  /** The side the current iteration measures; the first iteration extracts. */
  private boolean extracting;

  @Setup(Level.Trial)
  public void setUp() {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    extractor = Engine.extractor(conf.isEmpty() ? null : conf, err);
    if (extractor == null) {
      throw new IllegalStateException("cannot build the extractor (see the message above)");
    }
    Path folder = samples.isEmpty() ? BenchCorpus.defaultFolder() : Path.of(samples);
    BenchCorpus corpus = mix.isEmpty()
        ? BenchCorpus.build(folder, corpusBytes)
        : BenchCorpus.ofMix(BenchMix.parse(mix), folder, corpusBytes, extractor);
    fields = new ArrayList<>(corpus.docs().size());
    texts = new ArrayList<>(corpus.docs().size() * 2);
    for (BenchCorpus.Doc d : corpus.docs()) {
      fields.add(List.of(new FieldText("title", d.title(), true), new FieldText("text", d.body())));
      texts.add(d.title());
      texts.add(d.body());
    }
    tokenizer = new StandardTokenizer();
    term = tokenizer.addAttribute(CharTermAttribute.class);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    tokenizer.close();
  }

  @Setup(Level.Iteration)
  public void nextSide() {
    extracting = !extracting;
  }

  /** One pass over the corpus, by the side whose turn it is. */
  @Benchmark
  public void pass(Blackhole bh) throws IOException {
    if (extracting) {
      extract(bh);
    } else {
      bh.consume(tokenize());
    }
  }

  /** Extracts the claims of every document of the corpus. */
  private void extract(Blackhole bh) {
    for (List<FieldText> doc : fields) {
      ExtractionResult result = extractor.extract(doc);
      bh.consume(result.claims().size());
    }
  }

  /** Runs StandardTokenizer over every title and body, reading every term. */
  private long tokenize() throws IOException {
    long sum = 0;
    for (String text : texts) {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        sum += term.length() + term.buffer()[0];
      }
      tokenizer.end();
      tokenizer.close();
    }
    return sum;
  }
}
