package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property and fuzz tests of the extractor: random and adversarial text never makes it throw or
 * hang, every claim it returns is sane (a positive count within the figure cap, evidence offsets
 * inside the field and the sentence equal to the field's text there), the character cap is kept
 * and reported, and the work grows linearly with the input.
 *
 * <p>Random cases come from a seeded {@link Random}: every failure message names the seed and the
 * case, and {@code -Dfuzz.seed=N} (with {@code -Dfuzz.cases=N}) replays or widens the search, for
 * example {@code mvn -o test -pl plugin -Dtest=ExtractorFuzzTest -Dfuzz.seed=42 -Dfuzz.cases=5000}.
 *
 * <p>Linearity is checked by timing, inside the test, the same construction at sizes n and 8n and
 * requiring time(8n) < 40 x time(n): linear work gives about 8, quadratic about 64.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExtractorFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 0x5EEDCA5EL);
  private static final int CASES = Integer.getInteger("fuzz.cases", 400);
  /** Linear work grows by about 8 from n to 8n; quadratic work by about 64. */
  private static final int LINEAR_BOUND = 40;

  private static Lexicons lexicons;
  private static ClaimExtractor defaults;
  /** A cap high enough that no test input is cut, for the inputs bigger than the default cap. */
  private static ClaimExtractor uncapped;

  @BeforeAll
  static void loadLexicons() {
    Path conf = Path.of(System.getProperty("basedir", ".")).resolve("../solr-config/conf").normalize();
    assertTrue(
        Files.isDirectory(conf.resolve("claims")),
        "the configset's lexicons are read from " + conf.toAbsolutePath()
            + " (../solr-config/conf relative to the plugin module): run the tests from the"
            + " project, e.g. mvn -pl plugin test");
    lexicons = Lexicons.load(ResourceOpener.folder(conf));
    defaults = new ClaimExtractor(lexicons, ExtractorSettings.defaults());
    uncapped = extractor(8_000_000, ExtractorSettings.DEFAULT_MAX_FIGURE, ExtractorSettings.DEFAULT_MAX_EVIDENCE);
  }

  private static ClaimExtractor extractor(int maxChars, long maxFigure, int maxEvidence) {
    return new ClaimExtractor(lexicons, new ExtractorSettings(maxChars, maxFigure, maxEvidence));
  }

  // ---------------------------------------------------------------- random text

  @Test
  void randomTextNeverThrowsAndGivesSaneClaims() {
    Random random = new Random(SEED);
    for (int c = 0; c < CASES; c++) {
      List<FieldText> fields = randomFields(random, 1 + random.nextInt(3000));
      checkedExtract(defaults, fields, "random case " + c + " (seed " + SEED + ")");
    }
  }

  @Test
  void randomTextUnderSmallLimitsKeepsTheCaps() {
    Random random = new Random(SEED ^ 0x9E3779B97F4A7C15L);
    for (int c = 0; c < CASES / 2; c++) {
      int maxChars = 1 + random.nextInt(random.nextBoolean() ? 50 : 3000);
      long maxFigure = switch (random.nextInt(4)) {
        case 0 -> 1 + random.nextInt(10);
        case 1 -> 1 + random.nextInt(1000);
        case 2 -> 1 + (long) random.nextInt(Integer.MAX_VALUE);
        default -> Long.MAX_VALUE;
      };
      int maxEvidence = 1 + random.nextInt(3);
      ClaimExtractor extractor = extractor(maxChars, maxFigure, maxEvidence);
      List<FieldText> fields = randomFields(random, 1 + random.nextInt(4000));
      checkedExtract(extractor, fields,
          "small-limits case " + c + " (seed " + SEED + ", maxChars " + maxChars + ", maxFigure "
              + maxFigure + ", maxEvidence " + maxEvidence + ")");
    }
  }

  /** One to three fields: a headline title, a body, sometimes an extra one; some null or empty. */
  private static List<FieldText> randomFields(Random random, int length) {
    List<FieldText> fields = new ArrayList<>(3);
    int n = 1 + random.nextInt(3);
    for (int f = 0; f < n; f++) {
      String text;
      int kind = random.nextInt(20);
      if (kind == 0) {
        text = null;
      } else if (kind == 1) {
        text = "";
      } else if (kind == 2) {
        text = pick(random, " ", "\n\n", "\t \u00A0\u2003", "\r\n\r\n", "\u200B\uFEFF");
      } else {
        text = randomText(random, f == 0 && n > 1 ? Math.min(length, 200) : length);
      }
      fields.add(new FieldText(f == 0 ? "title" : "text" + f, text, f == 0 && n > 1));
    }
    return fields;
  }

  private static final String[] CUES = {
    "killed", "were killed", "dead", "died", "death toll", "toll", "toll of", "deaths", "wounded",
    "injured", "missing", "captured", "kidnapped", "hostages", "casualties", "lives", "the lives of",
    "claimed the lives of", "left", "killing", "bodies", "losses", "perished", "executed"
  };
  private static final String[] NUMBERS = {
    "0", "1", "12", "300", "1,000", "790 000", "1.2 million", "2.5 thousand", "twenty-four", "a dozen",
    "a hundred", "dozens", "hundreds", "scores", "several", "hundreds of thousands", "tens of thousands",
    "1e9", "1E9", "-5", "\u22125", "-1,000", "9,223,372,036,854,775,807", "9223372036854775808",
    "99999999999999999999999999", "1,000,000,000,001", "999,999,999", "1000000000", "a million million",
    "nine hundred ninety nine billion", "two billion billion", "0.5", "7.6", "1.2.3", "1,2,3", "00012",
    "10-20", "10 to 20", "between 10 and 20", "10\u201320", "\uFF11\uFF12", "\u0661\u0662",
    "\u0967\u0968", "2016", "4:44", "12.25pm", "MH17", "74th", "F-16", "$5 million", "5 km",
    "11,000-strong", "45-year-old", "1,", ",000", "1,0000", "1 000 000 000 000"
  };
  private static final String[] QUALIFIERS = {
    "at least", "more than", "up to", "about", "nearly", "an estimated", "no fewer than", "between",
    "and", "or", "to", "plus", "+", "or more", "as many as", "some"
  };
  private static final String[] SPEECH = {
    "said", "says", "told the BBC", "according to", "citing", "claimed", "estimated", "confirmed",
    "reported", "announced", "He added", "she said", "they said", "quoted by", "was quoted as saying by",
    "officials say", ": Afghan officials", "- police", ", which claimed", "allegedly", "unverified",
    "could not be independently verified", "who asked not to be named"
  };
  private static final String[] SOURCES = {
    "the ministry", "the Health Ministry", "Gaza Health Ministry", "officials", "Western officials",
    "the MoD", "UK's ministry of defence", "the UN", "the monitor", "the broadcaster", "Reuters",
    "William B. Caldwell", "Gen. Smith", "a spokesman", "police", "the army", "witnesses", "he", "she",
    "Amani", "the Red Cross", "the group", "South Korea's spy agency"
  };
  private static final String[] SCRIPTS = {
    "\u0642\u062A\u0644 \u0665 \u0623\u0634\u062E\u0627\u0635", // Arabic, Arabic-Indic digit
    "\u0443\u0431\u0438\u0442\u044B 12 \u0447\u0435\u043B\u043E\u0432\u0435\u043A", // Cyrillic
    "\u6B7B\u4EA112\u4EBA", "\u8B66\u65B9\u8868\u793A", // CJK
    "\uD83D\uDCA5\uD83D\uDD25", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // emoji, ZWJ
    "\uD83C\uDDFA\uD83C\uDDE6", "e\u0301\u0302\u0303\u0304\u0305\u0306", "\u0301killed", // combining
    "\u200F", "\u200E", "\u202E12 killed\u202C", "\u2066", "\u2069", "\u061C", // bidi marks
    "\u05D4\u05E8\u05D5\u05D2\u05D9\u05DD", "\u0915\u093F\u0932\u094D\u0932", "\uFF4B\uFF49\uFF4C\uFF4C\uFF45\uFF44",
    "\uD835\uDFCF\uD835\uDFD0 killed" // mathematical bold digits 1 2
  };
  private static final String[] PUNCT = {
    ".", ",", ":", ";", "\"", "\u201C", "\u201D", "'", "\u2019s", "'s", "(", ")", "[", "]", "-", "\u2013",
    "\u2014", "/", "...", "?", "!", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "&", "%"
  };

  private static String randomText(Random random, int length) {
    StringBuilder sb = new StringBuilder(length + 64);
    while (sb.length() < length) {
      int r = random.nextInt(100);
      if (r < 14) {
        sb.append(pick(random, CUES));
      } else if (r < 30) {
        sb.append(pick(random, NUMBERS));
      } else if (r < 36) {
        sb.append(randomNumber(random));
      } else if (r < 44) {
        sb.append(pick(random, QUALIFIERS));
      } else if (r < 54) {
        sb.append(pick(random, SPEECH));
      } else if (r < 63) {
        sb.append(pick(random, SOURCES));
      } else if (r < 70) {
        sb.append(pick(random, SCRIPTS));
      } else if (r < 82) {
        sb.append(pick(random, PUNCT));
      } else if (r < 86) {
        sb.append((char) random.nextInt(0x20)); // control characters, NUL included
      } else if (r < 89) {
        sb.append((char) (0xD800 + random.nextInt(0x800))); // an unpaired surrogate
      } else if (r < 93) {
        sb.append(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
      } else {
        sb.append(pick(random, "the", "people", "civilians", "troops", "in", "of", "a", "were", "have",
            "been", "after", "North Korean", "Kursk", "on Monday", "in 2016", "December 26", "were"));
      }
      int sep = random.nextInt(10);
      sb.append(sep < 7 ? " " : sep == 7 ? "" : sep == 8 ? "\u00A0" : "\t");
    }
    // cut anywhere, even inside a surrogate pair: the extractor must cope with what callers send
    sb.setLength(length);
    return sb.toString();
  }

  private static String randomNumber(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> Long.toString(random.nextLong());
      case 1 -> Integer.toString(random.nextInt(2000));
      case 2 -> String.format(Locale.ROOT, "%,d", random.nextLong() >>> random.nextInt(64));
      case 3 -> "9".repeat(1 + random.nextInt(40));
      default -> random.nextInt(100) + "." + random.nextInt(100) + " " + pick(random, "million", "billion", "thousand");
    };
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  // ---------------------------------------------------------------- adversarial inputs

  private static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    sb.setLength(chars);
    return sb.toString();
  }

  private static String digitsAndCommas(int chars, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(random.nextInt(8) == 0 ? ',' : (char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  static Stream<Arguments> adversarial() {
    int mb = 1 << 20;
    return Stream.of(
        Arguments.of("huge number", "999999999999999999999999999999 people were killed, officials said."),
        Arguments.of("Long.MAX_VALUE + 1", "9,223,372,036,854,775,808 people were killed."),
        Arguments.of("Long.MAX_VALUE", "9223372036854775807 people died and 9223372036854775807 were hurt."),
        Arguments.of("just over the figure cap", "1,000,000,001 people were killed, the ministry said."),
        Arguments.of("scaled overflow", "99999999999999999 million people were killed; 1.5 billion billion died."),
        Arguments.of("number words overflow",
            "nine hundred ninety nine thousand billion billion million people were killed."),
        Arguments.of("a megabyte of digits and commas", digitsAndCommas(mb, 1)),
        Arguments.of("a megabyte of grouped digits", "1" + repeat(",000", mb) + " killed"),
        Arguments.of("a megabyte of digits", repeat("1234567890", mb) + " people were killed"),
        Arguments.of("digits and commas with cues",
            repeat("1,234,567 killed, 89,0 dead, 1,2,3,4 wounded; ", 100_000)),
        Arguments.of("1e9", "1e9 people were killed, 1E9 died, 2.5e3 were injured."),
        Arguments.of("negative numbers", "-5 people were killed, \u221212 died and -1,000 were injured."),
        Arguments.of("zero and fractions", "0 people were killed, 0.5 died, 00 were hurt, .5 missing."),
        Arguments.of("killed killed killed", repeat("killed ", 700_000)),
        Arguments.of("at least at least", repeat("at least ", 300_000) + "12 people were killed."),
        Arguments.of("between between", repeat("between ", 50_000) + "10 and and and 20 killed"),
        Arguments.of("said said said", repeat("said ", 200_000)),
        Arguments.of("according to according to", repeat("according to ", 100_000) + "officials, 5 died."),
        Arguments.of("statement from statement from",
            repeat("a statement from ", 50_000) + "the ministry said 5 died."),
        Arguments.of("long run of one sentence",
            repeat("Officials said at least 12 people were killed in the attack. ", 600_000)),
        Arguments.of("one sentence without spaces", repeat("killed,12,dead,toll,of,", 60_000)),
        Arguments.of("quotes never closed", repeat("\u201CThey said 5 were killed. ", 20_000)),
        Arguments.of("mixed scripts", String.join(" ", SCRIPTS) + " 12 killed \u062A " + String.join("|", SCRIPTS)),
        Arguments.of("right-to-left marks around figures",
            "\u200F12\u200F people were \u202Ekilled\u202C, \u2067officials\u2069 said."),
        Arguments.of("combining marks on figures", "1\u03012 people we\u0301re killed\u0308."),
        Arguments.of("emoji between figure and cue", "12 \uD83D\uDCA5\uD83D\uDD25 people killed \uD83D\uDE22."),
        Arguments.of("control characters", "12\u0000people\u0007were\u001Bkilled\u0085said\u2028police\u2029."),
        Arguments.of("all C0 controls", repeat("\u0000\u0001\u0002\u0003\u0008\u000B\u000C\u000E\u001F\u007F", 10_000)),
        Arguments.of("unpaired surrogates", "\uD800 12 \uDC00people were killed\uD800.\uDFFF 5 dead \uD83D"),
        Arguments.of("lone high surrogate at the end", "5 people were killed \uD83D"),
        Arguments.of("lone low surrogate at the start", "\uDE00 5 people were killed"),
        Arguments.of("only surrogates", repeat("\uDC00\uD800", 10_000)),
        Arguments.of("empty", ""),
        Arguments.of("whitespace only", " \t\n\r\n\u00A0\u2003\u200B\uFEFF\n\n  "),
        Arguments.of("punctuation only", repeat(".,;:!?\"'()-", 20_000)),
        Arguments.of("full stops only", repeat(".", 100_000)),
        Arguments.of("line breaks only", repeat("\n", 100_000)),
        Arguments.of("a sentence per line", repeat("5 killed\n", 20_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void adversarialTextNeverThrowsAndGivesSaneClaims(String name, String text) {
    checkedExtract(defaults, List.of(new FieldText("text", text)), name + " (default cap)");
    if (text.length() <= 100_000) {
      checkedExtract(defaults, List.of(new FieldText("title", text, true), new FieldText("text", text)),
          name + " (as title and body)");
    }
    if (text.length() > ExtractorSettings.DEFAULT_MAX_CHARS) {
      checkedExtract(uncapped, List.of(new FieldText("text", text)), name + " (uncapped)");
    }
  }

  @Test
  void nullEmptyAndWhitespaceFieldsGiveNoClaims() {
    List<List<FieldText>> inputs = List.of(
        List.of(),
        List.of(new FieldText("text", null)),
        List.of(new FieldText("title", null, true), new FieldText("text", null)),
        List.of(new FieldText("title", "", true), new FieldText("text", "")),
        List.of(new FieldText("title", "   ", true), new FieldText("text", "\n\n\t\u00A0")),
        List.of(new FieldText("text", "\u0000\u0000\u0000")));
    for (List<FieldText> fields : inputs) {
      ExtractionResult r = checkedExtract(defaults, fields, "fields " + describe(fields));
      assertTrue(r.claims().isEmpty(), "no claims from " + describe(fields));
      assertFalse(r.truncated(), "nothing to truncate in " + describe(fields));
    }
  }

  @Test
  void nullTextBesideRealTextIsSkipped() {
    List<FieldText> fields = List.of(new FieldText("title", null, true),
        new FieldText("text", "At least 12 people were killed, police said."));
    ExtractionResult r = checkedExtract(defaults, fields, "null title");
    assertFalse(r.claims().isEmpty(), "the body's claim is still read beside a null title");
  }

  // ---------------------------------------------------------------- the character cap

  @Test
  void textBeyondTheCapIsCutAndReported() {
    String sentence = "Officials said 12 people were killed. ";
    String text = repeat(sentence, 10_000);
    for (int cap : new int[] {1, 5, 37, 38, 39, 100, 1000, 9_999}) {
      ClaimExtractor extractor = extractor(cap, ExtractorSettings.DEFAULT_MAX_FIGURE, 3);
      ExtractionResult r = checkedExtract(extractor, List.of(new FieldText("text", text)), "cap " + cap);
      assertTrue(r.truncated(), "cap " + cap + ": a 10,000-char text is truncated");
      assertEquals(cap, r.charsRead(), "cap " + cap + ": reads exactly the cap");
    }
    ExtractionResult whole = checkedExtract(extractor(text.length(), 1_000, 3),
        List.of(new FieldText("text", text)), "cap = length");
    assertFalse(whole.truncated(), "a text exactly as long as the cap is not truncated");
  }

  @Test
  void theCapSpansFieldsAndNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDCA5";
    ClaimExtractor extractor = extractor(5, ExtractorSettings.DEFAULT_MAX_FIGURE, 3);
    ExtractionResult r = checkedExtract(extractor, List.of(new FieldText("text", "abcd" + emoji + "xyz")),
        "surrogate pair at the cap");
    assertTrue(r.truncated());
    assertEquals(4, r.charsRead(), "the cut falls before the pair, not inside it");

    ClaimExtractor forty = extractor(40, ExtractorSettings.DEFAULT_MAX_FIGURE, 3);
    String title = "12 people were killed in Kursk, police say"; // 42 chars, over the cap alone
    ExtractionResult both = checkedExtract(forty,
        List.of(new FieldText("title", title, true), new FieldText("text", "5 people were killed, police said.")),
        "title over the cap");
    assertTrue(both.truncated());
    for (Claim c : both.claims()) {
      for (Evidence e : c.evidence()) {
        assertEquals("title", e.field(), "the body lies beyond the cap: no evidence from it");
      }
    }
  }

  @Test
  void figuresAboveTheConfiguredMaximumAreNotClaims() {
    ClaimExtractor extractor = extractor(ExtractorSettings.DEFAULT_MAX_CHARS, 1_000, 5);
    ExtractionResult r = checkedExtract(extractor,
        List.of(new FieldText("text",
            "At least 5,000 people were killed, officials said. Between 10 and 2,000 were injured."
                + " About 1,001 went missing. 999 were captured.")),
        "maxFigure 1000");
    for (Claim c : r.claims()) {
      assertTrue(c.count() <= 1_000, "count " + c.count() + " above maxFigure 1000");
    }
  }

  // ---------------------------------------------------------------- linearity

  /**
   * Generators of text of a given length, each with the n it is timed at (8n is timed too). The n
   * is large enough that quadratic work, where there is any, outweighs the linear part.
   */
  static Stream<Arguments> growing() {
    String soup = randomText(new Random(SEED), 8 * 40_000 + 16);
    return Stream.of(
        linear("the same attributed sentence", 20_000,
            n -> repeat("Officials said at least 12 people were killed in the attack. ", n)),
        linear("unattributed figures, one per sentence", 20_000, n -> repeat("5 killed. ", n)),
        linear("a named institution, then bare references to it", 10_000,
            n -> repeat("The Health Ministry said so. The ministry said so. ", n)),
        linear("a person named, then pronouns", 20_000,
            n -> repeat("John Smith, a spokesman, said 5 were killed. He added 3 were hurt. ", n)),
        linear("a bare surname speaking in every sentence", 8_000,
            n -> repeat("Amani said 5 were killed. ", n)),
        linear("claims, each followed by a disclaimer", 20_000,
            n -> repeat("Police said 5 were killed. The claims could not be independently verified. ", n)),
        linear("killed killed killed", 40_000, n -> repeat("killed ", n)),
        linear("at least at least", 40_000, n -> repeat("at least ", n) + "5 killed"),
        linear("said said said", 40_000, n -> repeat("said ", n)),
        linear("digits and commas", 40_000, n -> digitsAndCommas(n, 7)),
        linear("a tally and figures without spaces", 20_000, n -> repeat("toll/5/", n)),
        linear("a cue, then figures without spaces", 20_000, n -> "killed " + repeat("7/", n)),
        linear("random mixed text", 40_000, n -> soup.substring(0, n)));
  }

  private static Arguments linear(String name, int n, IntFunction<String> text) {
    return Arguments.of(name, n, text);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @ParameterizedTest(name = "{0}")
  @MethodSource("growing")
  void workGrowsLinearlyWithTheInput(String name, int n, IntFunction<String> generator) {
    String small = generator.apply(n);
    String big = generator.apply(8 * n);
    List<FieldText> smallFields = List.of(new FieldText("text", small));
    List<FieldText> bigFields = List.of(new FieldText("text", big));
    long warmUntil = System.nanoTime() + 300_000_000L;
    for (int i = 0; i < 10 || (i < 200 && System.nanoTime() < warmUntil); i++) {
      uncapped.extract(smallFields); // warm-up: let the JIT compile the paths this input takes
    }
    long tn = minTime(smallFields, 5);
    long t8n = time(bigFields);
    // n again, after the big run: on a busy machine the JIT may still have been compiling the
    // first time, which inflates time(n) and hides a quadratic ratio
    tn = Math.min(tn, minTime(smallFields, 5));
    long limit = LINEAR_BOUND * Math.max(tn, 100_000L); // a floor of 0.1 ms against timer noise
    // a run over the bound but near it may be noise (a GC, another process): retry it, twice at most
    for (int retry = 0; retry < 2 && t8n >= limit && t8n < limit + limit / 2; retry++) {
      t8n = Math.min(t8n, time(bigFields));
    }
    String report = String.format(Locale.ROOT,
        "%s: %s time(n = %d chars) = %.2f ms, time(8n = %d chars) = %.2f ms, ratio %.1f (linear"
            + " work gives about 8, quadratic about 64; the bound is %d); the input starts \"%s\"",
        name, CPU_TIME ? "thread CPU" : "wall", small.length(), tn / 1e6, big.length(), t8n / 1e6,
        (double) t8n / tn, LINEAR_BOUND, escape(small.substring(0, Math.min(80, small.length()))));
    System.out.println("linearity: " + report);
    assertTrue(t8n < limit, "not linear: " + report);
    checkedExtract(uncapped, bigFields, name + " at 8n");
  }

  /** Thread CPU time where the JVM measures it: other processes on the machine do not count. */
  private static final boolean CPU_TIME =
      THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private static long minTime(List<FieldText> fields, int runs) {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      min = Math.min(min, time(fields));
    }
    return min;
  }

  private static long time(List<FieldText> fields) {
    long t0 = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    uncapped.extract(fields);
    return (CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
  }

  // ---------------------------------------------------------------- the properties

  /** Extracts, turning any exception into a failure that names the input, then checks the result. */
  private static ExtractionResult checkedExtract(ClaimExtractor extractor, List<FieldText> fields, String what) {
    ExtractionResult r;
    try {
      r = extractor.extract(fields);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": extract threw " + e + " on " + describe(fields), e);
    }
    checkSane(extractor.settings(), fields, r, what);
    return r;
  }

  private static void checkSane(ExtractorSettings settings, List<FieldText> fields, ExtractionResult r, String what) {
    String on = what + " on " + describe(fields);
    assertNotNull(r, on);
    assertNotNull(r.claims(), on);
    long total = 0;
    Map<String, String> texts = new HashMap<>();
    Map<String, Integer> readable = new HashMap<>();
    int budget = settings.maxChars();
    for (FieldText f : fields) {
      if (f.text() == null) {
        continue;
      }
      total += f.text().length();
      texts.put(f.name(), f.text());
      int take = Math.max(0, Math.min(f.text().length(), budget));
      readable.put(f.name(), take);
      budget -= take;
    }
    assertTrue(r.charsRead() >= 0 && r.charsRead() <= settings.maxChars(),
        "charsRead " + r.charsRead() + " outside [0, maxChars " + settings.maxChars() + "]: " + on);
    assertEquals(total > settings.maxChars(), r.truncated(),
        "truncated flag for " + total + " chars and cap " + settings.maxChars() + ": " + on);
    if (!r.truncated()) {
      assertEquals(total, r.charsRead(), "charsRead without truncation: " + on);
    }
    for (Claim c : r.claims()) {
      String claim = on + "\n  claim " + c;
      assertNotNull(c.category(), claim);
      assertNotNull(c.qualifier(), claim);
      assertNotNull(c.sourceType(), claim);
      assertNotNull(c.confidenceLabel(), claim);
      assertNotNull(c.confidenceReasons(), claim);
      assertTrue(c.count() > 0, "count must be positive: " + claim);
      assertTrue(c.count() <= settings.maxFigure(), "count above maxFigure " + settings.maxFigure() + ": " + claim);
      if (c.countMax() != null) {
        assertTrue(c.countMax() > c.count(), "range high end not above its low end: " + claim);
        assertTrue(c.countMax() <= settings.maxFigure(), "range high end above maxFigure: " + claim);
      }
      assertTrue(c.confidence() >= 0 && c.confidence() <= 1, "confidence outside [0, 1]: " + claim);
      assertTrue(c.source() == null || !c.source().isBlank(), "blank source name: " + claim);
      assertFalse(c.evidence().isEmpty(), "a claim without evidence: " + claim);
      assertTrue(c.evidence().size() <= settings.maxEvidence(), "more evidence than maxEvidence: " + claim);
      assertTrue(c.mentions() >= c.evidence().size(), "fewer mentions than pieces of evidence: " + claim);
      for (Evidence e : c.evidence()) {
        String text = texts.get(e.field());
        assertNotNull(text, "evidence names a field that was not given (" + e.field() + "): " + claim);
        int limit = readable.get(e.field());
        assertTrue(0 <= e.sentenceStart() && e.sentenceStart() <= e.start() && e.start() < e.end()
                && e.end() <= e.sentenceEnd() && e.sentenceEnd() <= limit,
            "evidence offsets [" + e.sentenceStart() + " " + e.start() + " " + e.end() + " " + e.sentenceEnd()
                + "] not nested inside the read part of the field (" + limit + " chars): " + claim);
        assertEquals(text.substring(e.sentenceStart(), e.sentenceEnd()), e.sentence(),
            "evidence sentence differs from the field text at its offsets: " + claim);
      }
    }
  }

  private static String describe(List<FieldText> fields) {
    StringBuilder sb = new StringBuilder("[");
    for (FieldText f : fields) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(f.name()).append(f.headline() ? "(headline)" : "").append('=');
      if (f.text() == null) {
        sb.append("null");
      } else if (f.text().length() > 300) {
        sb.append(f.text().length()).append(" chars starting \"")
            .append(escape(f.text().substring(0, 200))).append("\"");
      } else {
        sb.append('"').append(escape(f.text())).append('"');
      }
    }
    return sb.append(']').toString();
  }

  /** Java-escaped text, so that controls, surrogates and marks show in a failure message. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
        sb.append(c);
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  @Test
  void escapeShowsInvisibleCharacters() {
    assertEquals("a\\u0000\\u200F\\uD800\\\"", escape("a\u0000\u200F\uD800\""));
  }
}
