package org.casualtyclaims.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Turns the text fields of one document into casualty claims, as GUIDELINES.md defines them.
 *
 * <p>Sentences pass a cheap test first: only those holding a category word or a speech verb are
 * tokenised. Each kept sentence yields figures tied to categories ({@link CategoryLinker}) and
 * attributions ({@link FrameFinder}); each figure takes the nearest attribution, or one carried
 * over from a neighbouring sentence; claims of the same (category, count, source) merge.
 *
 * <p>Instances are immutable and thread-safe: build one per lexicon set and share it.
 */
public final class ClaimExtractor {
  private static final Set<String> CONTINUATIONS = Set.of("they", "another", "further");
  private static final Set<String> DISCLAIMED_THINGS =
      Set.of("claims", "claim", "figures", "figure", "toll", "tolls", "report", "reports",
          "account", "accounts", "casualties", "numbers", "tally", "tallies");

  private final Lexicons lexicons;
  private final ExtractorSettings settings;
  private final SentenceSplitter splitter;
  private final FigureFinder figures;
  private final CategoryLinker linker;
  private final FrameFinder frames;
  private final SourceNamer namer;
  private final ConfidenceScorer scorer;

  public ClaimExtractor(Lexicons lexicons, ExtractorSettings settings) {
    this.lexicons = lexicons;
    this.settings = settings;
    this.splitter = new SentenceSplitter(lexicons.abbreviations);
    this.figures = new FigureFinder(lexicons, settings.maxFigure());
    this.linker = new CategoryLinker(lexicons);
    this.namer = new SourceNamer(lexicons);
    this.frames = new FrameFinder(lexicons, namer);
    this.scorer = new ConfidenceScorer(lexicons.confidence);
  }

  public ExtractorSettings settings() {
    return settings;
  }

  /** What one sentence holds, once read. */
  private record SentenceInfo(
      List<Token> tokens,
      List<Frame> frames,
      List<Mention> mentions,
      List<SentenceCue> cues,
      boolean[] quoted) {}

  public ExtractionResult extract(List<FieldText> fields) {
    List<Sentence> sentences = new ArrayList<>();
    int budget = settings.maxChars();
    boolean truncated = false;
    int read = 0;
    int paragraph = 0;
    boolean firstBody = true;
    for (FieldText field : fields) {
      String text = field.text();
      if (text == null || text.isEmpty() || budget <= 0) {
        truncated |= text != null && !text.isEmpty();
        continue;
      }
      if (text.length() > budget) {
        int cut = budget;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
        text = text.substring(0, cut);
        truncated = true;
      }
      budget -= text.length();
      read += text.length();
      paragraph =
          splitter.split(field.name(), text, paragraph, field.headline(),
              !field.headline() && firstBody, sentences);
      firstBody &= field.headline();
    }
    List<RawClaim> raws = read(sentences);
    return new ExtractionResult(merge(raws), truncated, read);
  }

  private List<RawClaim> read(List<Sentence> sentences) {
    DocumentContext context = new DocumentContext(sentences);
    SentenceInfo[] infos = new SentenceInfo[sentences.size()];
    String charsOf = null;
    char[] chars = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.fieldText() != charsOf) {
        charsOf = s.fieldText();
        chars = charsOf.toCharArray();
      }
      boolean cue = containsWord(chars, s.start(), s.end(), lexicons.claimCueWords);
      boolean speech = containsWord(chars, s.start(), s.end(), lexicons.speechWords);
      if (!cue && !speech && !s.headline()) {
        continue;
      }
      context.atSentence(i);
      List<Token> tokens = Tokenizer.tokenize(s.fieldText(), s.start(), s.end());
      List<Frame> found = speech || s.headline() ? frames.find(tokens, s, context) : List.of();
      List<Mention> mentions = cue ? linker.link(tokens, figures.find(tokens)) : List.of();
      infos[i] = new SentenceInfo(tokens, found, mentions, sentenceCues(tokens),
          quoteMask(tokens, s.startsInQuote()));
    }
    resolveBareSources(infos, context);
    return attribute(sentences, infos);
  }

  /** Which tokens stand inside quotation marks. */
  private static boolean[] quoteMask(List<Token> tokens, boolean startsInQuote) {
    boolean[] quoted = new boolean[tokens.size()];
    boolean in = startsInQuote;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.is("\u201C") || (t.is("\"") && !in)) {
        in = true;
      } else if (t.is("\u201D") || t.is("\"")) {
        in = false;
      } else {
        quoted[k] = in;
      }
    }
    return quoted;
  }

  /** One pass over the letters of a sentence, looking each word up without allocating. */
  private static boolean containsWord(char[] chars, int start, int end, CharArraySet words) {
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetter(chars[i])) {
        i++;
      }
      int w = i;
      while (i < end && Character.isLetter(chars[i])) {
        i++;
      }
      if (i > w && words.contains(chars, w, i - w)) {
        return true;
      }
    }
    return false;
  }

  private List<SentenceCue> sentenceCues(List<Token> tokens) {
    List<SentenceCue> cues = new ArrayList<>(0);
    for (int k = 0; k < tokens.size(); k++) {
      PhraseTable.Match<SentenceCue> m = lexicons.sentenceCues.matchAt(tokens, k);
      if (m != null) {
        if (!cues.contains(m.value())) {
          cues.add(m.value());
        }
        k += m.length() - 1;
      }
    }
    return cues;
  }

  /** "police said", "the ministry said": now that the whole document is read, name them. */
  private void resolveBareSources(SentenceInfo[] infos, DocumentContext context) {
    for (int i = 0; i < infos.length; i++) {
      if (infos[i] == null) {
        continue;
      }
      context.atSentence(i);
      for (Frame f : infos[i].frames()) {
        SourceRef s = f.source;
        if (!s.isBare()) {
          continue;
        }
        SourceRef named = SourceNamer.isStatementWord(s.head())
            ? statementIssuer(context, i) // "the statement said": whoever issued it
            : context.institutionWith(s.head(), true);
        if (named == null && s.type() != SourceType.WITNESS && s.type() != SourceType.ANONYMOUS) {
          named = namer.institutionNamed(s.head(), context); // named earlier, outside any frame
        }
        if (named == null && s.type() != SourceType.OFFICIAL && s.type() != SourceType.WITNESS
            && s.type() != SourceType.ANONYMOUS) {
          named = context.lastOfType(s.type()); // "the broadcaster", "the monitor"
          if (named == null) {
            named = namer.knownOfType(s.type(), context);
          }
        }
        if (named != null) {
          f.source = named;
        }
      }
    }
  }

  private static SourceRef statementIssuer(DocumentContext context, int sentence) {
    SourceRef issuer = context.statementBefore(sentence);
    return issuer != null ? issuer : context.lastSourceBefore(sentence);
  }

  /** A claim as read from one mention, before merging. */
  private static final class RawClaim {
    final Mention mention;
    final SourceRef source;
    final String via;
    final boolean relayed;
    final boolean headline;
    final List<SentenceCue> cues = new ArrayList<>(2);
    final Evidence evidence;
    /** The index of the sentence it was read from. */
    final int sentence;

    RawClaim(Mention mention, SourceRef source, String via, boolean relayed, boolean headline,
        Evidence evidence, int sentence) {
      this.mention = mention;
      this.source = source;
      this.via = via;
      this.relayed = relayed;
      this.headline = headline;
      this.evidence = evidence;
      this.sentence = sentence;
    }

    String sourceKey() {
      return source == null ? "" : source.name().toLowerCase(Locale.ROOT);
    }

    boolean sameFigure(RawClaim o) {
      return mention.category() == o.mention.category()
          && mention.figure().count == o.mention.figure().count
          && mention.figure().vague == o.mention.figure().vague;
    }
  }

  private List<RawClaim> attribute(List<Sentence> sentences, SentenceInfo[] infos) {
    List<RawClaim> raws = new ArrayList<>();
    boolean ledeSeen = false;
    for (int i = 0; i < infos.length; i++) {
      SentenceInfo info = infos[i];
      if (info == null) {
        continue;
      }
      Sentence s = sentences.get(i);
      if (info.mentions().isEmpty()) {
        disclaim(info, i, raws);
        continue;
      }
      boolean lede = !ledeSeen && !s.headline();
      ledeSeen |= !s.headline();
      boolean superseded = info.mentions().stream().anyMatch(Mention::superseded);
      for (Mention m : info.mentions()) {
        Frame f = nearest(info, m);
        if (f == null) {
          f = carriedOver(sentences, infos, i, lede);
        }
        SourceRef source = f == null || m.superseded() ? null : f.source;
        if (f == null && m.officialTally()) {
          source = SourceRef.org("official toll", SourceType.OFFICIAL, true);
        }
        Token first = info.tokens().get(m.figure().qualifierStart);
        Token last = info.tokens().get(m.figure().last);
        Evidence evidence =
            new Evidence(s.field(), first.start, last.end, s.start(), s.end(), s.text());
        RawClaim raw = new RawClaim(m, source, source == null || f == null ? null : f.via,
            f != null && f.relayed, s.headline(), evidence, i);
        for (SentenceCue cue : info.cues()) {
          if (cue.effect() != ConfidenceEffect.CORRECTION || !superseded || m.superseded()) {
            raw.cues.add(cue);
          }
        }
        if (source != null && f != null && f.effect != ConfidenceEffect.PLAIN) {
          raw.cues.add(new SentenceCue(f.effect, ConfidenceScorer.verbReason(f.effect, f.verb)));
        }
        raws.add(raw);
      }
    }
    return raws;
  }

  /**
   * The attribution nearest to the figure in its own sentence. Frames inside quotation marks
   * ("according to the police identification" within a quote) yield to the frame that names who
   * is quoted.
   */
  private static Frame nearest(SentenceInfo info, Mention m) {
    boolean anyOutside = false;
    for (Frame f : info.frames()) {
      anyOutside |= !info.quoted()[f.anchor];
    }
    Frame best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Frame f : info.frames()) {
      if (anyOutside && info.quoted()[f.anchor]) {
        continue;
      }
      int d = Math.abs(f.anchor - m.figure().first);
      if (d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * An attribution from a neighbouring sentence: the speaker of the sentence before when this one
   * continues a quotation or opens with "They", "Another", "A further"; or, for the lede, the
   * speaker the next sentence names when it gives no figure of its own.
   */
  private static Frame carriedOver(
      List<Sentence> sentences, SentenceInfo[] infos, int i, boolean lede) {
    Sentence s = sentences.get(i);
    SentenceInfo info = infos[i];
    Token opening = info.tokens().get(0);
    boolean inQuote = s.startsInQuote() || opening.is("\u201C") || opening.is("\"");
    // a quotation that runs on into the next sentence belongs to the frame at its close
    if (inQuote && i + 1 < infos.length && infos[i + 1] != null
        && sentences.get(i + 1).startsInQuote() && sentences.get(i + 1).field().equals(s.field())) {
      for (Frame f : infos[i + 1].frames()) {
        if (!infos[i + 1].quoted()[f.anchor]) {
          return f;
        }
      }
    }
    if (i > 0 && infos[i - 1] != null && !infos[i - 1].frames().isEmpty()
        && sentences.get(i - 1).field().equals(s.field())
        && s.paragraph() - sentences.get(i - 1).paragraph() <= 1) {
      boolean continuation = CONTINUATIONS.contains(opening.lower)
          || (opening.is("a") && info.tokens().size() > 1 && info.tokens().get(1).is("further"));
      if (inQuote || continuation) {
        List<Frame> previous = infos[i - 1].frames();
        return previous.get(previous.size() - 1);
      }
    }
    if (lede && i + 1 < infos.length && infos[i + 1] != null
        && infos[i + 1].mentions().isEmpty() && !infos[i + 1].frames().isEmpty()
        && sentences.get(i + 1).field().equals(s.field())) {
      return infos[i + 1].frames().get(0);
    }
    return null;
  }

  /**
   * A sentence such as "The claim could not be independently verified" makes figures low: those
   * of a source it names; else, when it speaks of one claim (figure, report), the figures of the
   * last sentence that gave any; when it speaks of several ("the claims made by either side"),
   * every figure so far.
   */
  private void disclaim(SentenceInfo info, int sentence, List<RawClaim> raws) {
    SentenceCue disclaimer = null;
    for (SentenceCue cue : info.cues()) {
      if (cue.effect() == ConfidenceEffect.UNVERIFIED) {
        disclaimer = cue;
      }
    }
    if (disclaimer == null || raws.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(" ");
    boolean one = false;
    boolean all = false;
    for (Token t : info.tokens()) {
      text.append(t.lower).append(' ');
      if (DISCLAIMED_THINGS.contains(t.lower)) {
        one |= !t.lower.endsWith("s") || t.is("casualties");
        all |= t.lower.endsWith("s") && !t.is("casualties");
      }
    }
    String words = text.toString();
    all |= words.contains(" either ") || words.contains(" neither ") || words.contains(" both ");
    List<RawClaim> targets = new ArrayList<>();
    for (RawClaim raw : raws) {
      if (raw.source != null && mentions(words, raw.source.name())) {
        targets.add(raw);
      }
    }
    if (targets.isEmpty()) {
      for (Frame f : info.frames()) {
        if (f.source != null && f.source.named() && !f.source.isBare()) {
          return; // it names a source that gave no figure: nothing of ours is disclaimed
        }
      }
      if (all) {
        targets = raws;
      } else if (one || sentence - raws.get(raws.size() - 1).sentence <= 2) {
        // "The claim could not be verified", "It did not cite a source": the figures just given
        int last = raws.get(raws.size() - 1).sentence;
        for (RawClaim raw : raws) {
          if (raw.sentence == last) {
            targets.add(raw);
          }
        }
      }
    }
    for (RawClaim raw : targets) {
      raw.cues.add(disclaimer);
    }
  }

  private static boolean mentions(String sentence, String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s']+")) {
      if (word.length() > 3 && Character.isLetter(word.charAt(0))
          && sentence.contains(" " + word + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges the raw claims of a document: a headline figure into the body claim it repeats, an
   * unattributed figure into the attributed claim of the same figure and qualifier, and then all
   * claims of the same (category, count, source).
   */
  private List<Claim> merge(List<RawClaim> raws) {
    Map<RawClaim, RawClaim> target = new LinkedHashMap<>();
    for (RawClaim raw : raws) {
      RawClaim into = null;
      if (raw.headline) {
        into = bodyClaimFor(raw, raws);
      } else if (raw.source == null || isUnnamedOfficial(raw.source)) {
        into = attributedClaimFor(raw, raws);
      }
      target.put(raw, into == null ? raw : into);
    }
    // a headline merged into an unattributed lede that itself merged on: follow to the end
    for (Map.Entry<RawClaim, RawClaim> e : target.entrySet()) {
      RawClaim owner = e.getValue();
      while (target.get(owner) != owner) {
        owner = target.get(owner);
      }
      e.setValue(owner);
    }
    Map<String, List<RawClaim>> groups = new LinkedHashMap<>();
    for (RawClaim raw : raws) {
      RawClaim owner = target.get(raw);
      String key = owner.mention.category().label() + "\u0000" + owner.mention.figure().count
          + "\u0000" + owner.mention.figure().vague + "\u0000" + owner.sourceKey();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(raw);
    }
    List<Claim> claims = new ArrayList<>(groups.size());
    for (List<RawClaim> group : groups.values()) {
      claims.add(toClaim(group, target));
    }
    return claims;
  }

  private static RawClaim bodyClaimFor(RawClaim headline, List<RawClaim> raws) {
    RawClaim best = null;
    for (RawClaim r : raws) {
      if (r.headline || !r.sameFigure(headline)) {
        continue;
      }
      boolean compatible = headline.source != null
          || headline.mention.figure().qualifier == Qualifier.EXACT
          || headline.mention.figure().qualifier == r.mention.figure().qualifier;
      if (!compatible) {
        continue;
      }
      if (best == null || (headline.source != null && r.source != null
          && r.source.type() == headline.source.type() && best.source != null
          && best.source.type() != headline.source.type())) {
        best = r;
      }
    }
    return best;
  }

  /**
   * The claim a lede figure repeats: for an unattributed figure, the first attributed one; for
   * one from unnamed officials ("officials said"), the first from a named official who gives the
   * same figure later ("police spokesperson Sachin Navadkar said").
   */
  private static RawClaim attributedClaimFor(RawClaim raw, List<RawClaim> raws) {
    if (raw.mention.superseded()) {
      return null;
    }
    for (RawClaim r : raws) {
      if (r == raw || r.headline || r.source == null || !r.sameFigure(raw)
          || !compatible(raw.mention.figure().qualifier, r.mention.figure().qualifier)) {
        continue;
      }
      if (raw.source == null
          || (r.sentence > raw.sentence && r.source.person() && r.source.type() == SourceType.OFFICIAL)) {
        return r;
      }
    }
    return null;
  }

  /** "officials", "a senior military officer": unnamed office-holders. */
  private static boolean isUnnamedOfficial(SourceRef source) {
    if (source.type() != SourceType.ANONYMOUS || source.named()) {
      return false;
    }
    String name = source.name().toLowerCase(Locale.ROOT);
    return name.endsWith("official") || name.endsWith("officials") || name.endsWith("officer");
  }

  /** The same figure, once with and once without a qualifier ("at least 12" and "12"). */
  private static boolean compatible(Qualifier a, Qualifier b) {
    return a == b || a == Qualifier.EXACT || b == Qualifier.EXACT;
  }

  /**
   * One claim from a group of raw claims. Its confidence is the weakest of the mentions in which
   * its own source speaks; mentions merged in from a headline or an unattributed lede add only
   * evidence.
   */
  private Claim toClaim(List<RawClaim> group, Map<RawClaim, RawClaim> target) {
    RawClaim owner = target.get(group.get(0));
    SourceRef source = owner.source;
    Figure figure = owner.mention.figure();
    Qualifier qualifier = figure.qualifier;
    Long countMax = figure.countMax;
    String victims = null;
    String via = null;
    List<Evidence> evidence = new ArrayList<>();
    for (RawClaim raw : group) {
      Figure f = raw.mention.figure();
      // the speaker's own qualifier wins; a headline or lede only fills in an exact one
      if (qualifier == Qualifier.EXACT && f.qualifier != Qualifier.EXACT
          && (sameSource(raw, owner) || raw.source == null)) {
        qualifier = f.qualifier;
        countMax = f.countMax;
      }
      if (victims == null) {
        victims = raw.mention.victims();
      }
      if (via == null && sameSource(raw, owner)) {
        via = raw.via;
      }
      if (evidence.size() < settings.maxEvidence()) {
        evidence.add(raw.evidence);
      }
    }
    Confidence weakest = null;
    for (RawClaim raw : group) {
      if (!sameSource(raw, owner)) {
        continue;
      }
      Confidence c =
          scorer.score(
              source == null ? SourceType.UNATTRIBUTED : source.type(),
              source != null && source.named(),
              source != null && source.person(),
              via,
              raw.relayed,
              qualifier,
              figure.vague,
              raw.cues);
      if (weakest == null || c.score() < weakest.score()) {
        weakest = c;
      }
    }
    return new Claim(
        owner.mention.category(),
        figure.count,
        countMax,
        qualifier,
        figure.vague,
        victims,
        source == null ? null : source.name(),
        source == null ? SourceType.UNATTRIBUTED : source.type(),
        via,
        weakest.score(),
        weakest.label(),
        weakest.reasons(),
        evidence,
        group.size());
  }

  private static boolean sameSource(RawClaim a, RawClaim b) {
    return a.sourceKey().equals(b.sourceKey());
  }
}
