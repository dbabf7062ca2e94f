package org.casualtyclaims.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.attribution.FrameFinder;
import org.casualtyclaims.engine.attribution.FrameReach;
import org.casualtyclaims.engine.attribution.SourceNamer;
import org.casualtyclaims.engine.attribution.SourceNames;
import org.casualtyclaims.engine.confidence.ConfidenceScorer;
import org.casualtyclaims.engine.confidence.Disclaimers;
import org.casualtyclaims.engine.confidence.HedgeScope;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.figures.CategoryLinker;
import org.casualtyclaims.engine.figures.CategoryWordScan;
import org.casualtyclaims.engine.figures.FigureFinder;
import org.casualtyclaims.engine.text.PhraseTable;
import org.casualtyclaims.engine.text.Sentence;
import org.casualtyclaims.engine.text.SentenceSplitter;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.Tokenizer;
import org.casualtyclaims.engine.text.WordInfo;

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
  /** Words that open a sentence going on about the people just counted: "They included ...". */
  private static final Set<String> ELABORATIONS = Set.of("they", "these", "those", "among");

  private final Lexicons lexicons;
  private final ExtractorSettings settings;
  private final SentenceSplitter splitter;
  private final FigureFinder figures;
  private final CategoryLinker linker;
  private final FrameFinder frames;
  private final SourceNamer namer;
  private final SourceNames names;
  private final HedgeScope hedges;
  private final ClaimMerger merger;
  private final CategoryWordScan categoryWords;

  public ClaimExtractor(Lexicons lexicons, ExtractorSettings settings) {
    this.lexicons = lexicons;
    this.settings = settings;
    this.splitter = new SentenceSplitter(lexicons.abbreviations);
    this.figures = new FigureFinder(lexicons, settings.maxFigure());
    this.linker = new CategoryLinker(lexicons);
    this.namer = new SourceNamer(lexicons);
    this.frames = new FrameFinder(namer);
    this.names = new SourceNames(lexicons.words);
    this.hedges = new HedgeScope(lexicons.sentenceCues);
    this.merger = new ClaimMerger(new ConfidenceScorer(lexicons.confidence), settings.maxEvidence());
    this.categoryWords = new CategoryWordScan(lexicons);
  }

  public ExtractorSettings settings() {
    return settings;
  }

  /** What one sentence holds, once read. */
  private static final class SentenceInfo {
    private final List<Token> tokens;
    /** Set once every sentence's figures are read, if any is. */
    private List<Frame> frames = List.of();
    private final List<Mention> mentions;
    private final List<SentenceCue> cues;
    private final boolean startsInQuote;
    private boolean[] quoted;

    SentenceInfo(List<Token> tokens, List<Mention> mentions, List<SentenceCue> cues,
        boolean startsInQuote) {
      this.tokens = tokens;
      this.mentions = mentions;
      this.cues = cues;
      this.startsInQuote = startsInQuote;
    }

    List<Token> tokens() {
      return tokens;
    }

    List<Frame> frames() {
      return frames;
    }

    List<Mention> mentions() {
      return mentions;
    }

    List<SentenceCue> cues() {
      return cues;
    }

    /** Which tokens stand inside quotation marks; worked out when first asked. */
    boolean[] quoted() {
      if (quoted == null) {
        quoted = quoteMask(tokens, startsInQuote);
      }
      return quoted;
    }
  }

  public ExtractionResult extract(List<FieldText> fields) {
    return extract(fields, null);
  }

  /**
   * The claims of a document, each anchored to its event's place, date and scope.
   *
   * @param published the article's date, or null: relative dates ("on Tuesday") then stay
   *     unresolved
   */
  public ExtractionResult extract(List<FieldText> fields, LocalDate published) {
    if (!categoryWords.anyIn(fields)) {
      return CategoryWordScan.nothingFound(fields, settings.maxChars()); // no cue, no claim
    }
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
    List<Claim> claims = merger.merge(raws);
    if (!claims.isEmpty()) {
      claims = EventAnchoring.anchor(claims, sentences, lexicons.events, published);
    }
    return new ExtractionResult(claims, truncated, read);
  }

  private List<RawClaim> read(List<Sentence> sentences) {
    DocumentContext context = new DocumentContext(sentences);
    int n = sentences.size();
    boolean[] cue = new boolean[n];
    boolean[] speech = new boolean[n];
    boolean[] disclaimer = new boolean[n]; // may hold a cue phrase ("could not be verified")
    int lastCue = -1;
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      List<Token> tokens = Tokenizer.tokenize(s.fieldText(), s.start(), s.end(), lexicons.words);
      context.tokensRead(tokens);
      long flags = 0;
      for (int k = 0; k < tokens.size(); k++) {
        flags |= tokens.get(k).info.flags;
      }
      cue[i] = (flags & WordInfo.CATEGORY) != 0;
      speech[i] = (flags & WordInfo.SPEECH_LIKE) != 0;
      disclaimer[i] = (flags & WordInfo.CUE_PHRASE_START) != 0;
      boolean parenthesis = (flags & WordInfo.OPEN_PARENTHESIS) != 0;
      if (cue[i]) {
        lastCue = i;
      }
      if (parenthesis) {
        context.atSentence(i);
        namer.defineAcronyms(tokens, context);
      }
    }
    SentenceInfo[] infos = new SentenceInfo[n];
    boolean anyMention = false;
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      // only sentences with a category word or a speech verb are worth reading further; after
      // the last figure (and the sentence that may name its speaker), and in a sentence of
      // neither, only disclaimers matter ("His statement could not be verified")
      if (!cue[i] && !speech[i] && !s.headline() && !disclaimer[i]) {
        continue;
      }
      List<Token> tokens = context.tokensOf(i);
      List<SentenceCue> cues = sentenceCues(tokens);
      boolean onlyCues = !cue[i] && !speech[i];
      if ((i > lastCue + 1 || onlyCues) && !s.headline() && !disclaims(cues)) {
        continue;
      }
      List<Mention> mentions = cue[i] ? linker.link(tokens, figures.find(tokens)) : List.of();
      anyMention |= !mentions.isEmpty();
      infos[i] = new SentenceInfo(tokens, mentions, cues, s.startsInQuote());
    }
    if (!anyMention) {
      return List.of(); // no figure tied to a category: no claim, whoever speaks
    }
    // who speaks, in sentence order: each frame's source is resolved against the sources before
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      if (infos[i] != null && (speech[i] || s.headline())) {
        context.atSentence(i);
        infos[i].frames = frames.find(infos[i].tokens(), s, context);
      }
    }
    resolveBareSources(infos, context);
    unifyNames(infos);
    return attribute(sentences, infos);
  }

  private static boolean disclaims(List<SentenceCue> cues) {
    for (SentenceCue cue : cues) {
      if (cue.effect() == ConfidenceEffect.UNVERIFIED) {
        return true;
      }
    }
    return false;
  }

  /** Which tokens stand inside quotation marks. */
  private static boolean[] quoteMask(List<Token> tokens, boolean startsInQuote) {
    boolean[] quoted = new boolean[tokens.size()];
    boolean in = startsInQuote;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!t.isPunct()) {
        quoted[k] = in;
        continue;
      }
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

  private List<SentenceCue> sentenceCues(List<Token> tokens) {
    List<SentenceCue> cues = List.of();
    for (int k = 0; k < tokens.size(); k++) {
      WordInfo word = tokens.get(k).info;
      boolean single = word.has(WordInfo.CUE_PHRASE_WORD);
      if (!word.has(WordInfo.CUE_PHRASE_START) || (!single && (k + 1 >= tokens.size()
          || !tokens.get(k + 1).info.has(WordInfo.CUE_PHRASE_SECOND)))) {
        continue; // "is" and "could" open cues only before their second words
      }
      PhraseTable.Match<SentenceCue> m = lexicons.sentenceCues.matchAt(tokens, k);
      if (m != null) {
        if (cues.isEmpty()) {
          cues = new ArrayList<>(2);
        }
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
    // the latest description of each head ("interior ministry"), for a later bare "the ministry"
    java.util.Map<String, SourceRef> described = null; // made when the first description comes
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
        SourceRef fuller = described == null ? null : described.get(s.head());
        if (s.name().equalsIgnoreCase(s.head()) && fuller != null) {
          f.source = fuller; // "the interior ministry said ... the ministry said": one body
          continue;
        }
        if (!s.name().equalsIgnoreCase(s.head()) && s.type() == SourceType.OFFICIAL) {
          if (described == null) {
            described = new java.util.HashMap<>();
          }
          described.put(s.head(), s);
        }
        SourceRef named = lexicons.statementWords.contains(s.head())
            ? statementIssuer(context, i) // "the statement said": whoever issued it
            : context.institutionWith(s.head(), true);
        if (named != null && (!names.mayStandFor(s, named)
            || (named.type() == SourceType.ANONYMOUS && s.type() != SourceType.ANONYMOUS))) {
          // "the interior ministry" is not the defence ministry named before, nor "the police"
          // the "unnamed local police officials" quoted before
          named = null;
        }
        if (named == null && s.type() != SourceType.WITNESS && s.type() != SourceType.ANONYMOUS) {
          named = namer.institutionNamed(s.head(), context); // named earlier, outside any frame
          named = named == null || names.mayStandFor(s, named) ? named : null;
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

  /** One name for each source the document names several ways. */
  private void unifyNames(SentenceInfo[] infos) {
    int count = 0;
    for (SentenceInfo info : infos) {
      count += info == null ? 0 : info.frames().size();
    }
    if (count < 2) {
      return; // one name at most: nothing to unify
    }
    List<Frame> all = new ArrayList<>(count);
    for (SentenceInfo info : infos) {
      if (info != null) {
        all.addAll(info.frames());
      }
    }
    names.unify(all);
  }

  private static SourceRef statementIssuer(DocumentContext context, int sentence) {
    SourceRef issuer = context.statementBefore(sentence);
    return issuer != null ? issuer : context.lastSourceBefore(sentence);
  }

  private List<RawClaim> attribute(List<Sentence> sentences, SentenceInfo[] infos) {
    List<RawClaim> raws = new ArrayList<>();
    Disclaimers disclaimers = new Disclaimers();
    int ledeSentence = firstBodySentence(sentences);
    SourceRef keyed = null; // the source of the claim before, and its key (claims of one frame)
    String key = "";
    for (int i = 0; i < infos.length; i++) {
      SentenceInfo info = infos[i];
      if (info == null) {
        continue;
      }
      Sentence s = sentences.get(i);
      if (info.mentions().isEmpty()) {
        disclaimers.read(info.tokens(), info.frames(), info.cues(), i);
        continue;
      }
      boolean lede = i == ledeSentence;
      boolean superseded = false;
      for (Mention m : info.mentions()) {
        superseded |= m.superseded();
      }
      String sentenceText = s.text();
      for (Mention m : info.mentions()) {
        Frame f = nearest(info, m);
        if (f != null && !FrameReach.reaches(info.tokens(), f, m.figure())) {
          f = null;
        }
        boolean ownSentence = f != null;
        if (f == null) {
          f = carriedOver(sentences, infos, i, lede);
        }
        // an earlier count keeps the speaker who gives it in the same sentence ("gave an initial
        // toll of 19"), but not the count a revision replaces ("raising the toll from 58"), nor
        // a speaker carried over from elsewhere
        boolean replaced = m.superseded() && (!ownSentence || revisedFrom(info.tokens(), m));
        SourceRef source = f == null || replaced ? null : f.source;
        if (f == null && m.officialTally()) {
          source = SourceRef.org("official toll", SourceType.OFFICIAL, true);
        }
        Token first = info.tokens().get(m.figure().qualifierStart);
        Token last = info.tokens().get(m.figure().last);
        Evidence evidence =
            new Evidence(s.field(), first.start, last.end, s.start(), s.end(), sentenceText);
        if (source != keyed) {
          keyed = source;
          key = RawClaim.keyOf(source);
        }
        RawClaim raw = new RawClaim(m, source, key, source == null || f == null ? null : f.via,
            f != null && f.relayed, s.headline(), evidence, i, raws.size());
        raw.additional = ClaimMerger.isAdditional(info.tokens(), m.figure());
        // a correction ("revised the toll down to 26 ... an earlier count of 33") weakens the
        // figure it corrects, not the figure that replaces it
        for (SentenceCue cue : info.cues()) {
          if (appliesTo(cue.effect(), m, superseded, info.tokens())
              && hedges.reaches(cue, m, info.tokens(), info.mentions())) {
            raw.cues.add(cue);
          }
        }
        if (source != null && f != null && f.effect != ConfidenceEffect.PLAIN
            && appliesTo(f.effect, m, superseded, info.tokens())) {
          raw.cues.add(new SentenceCue(f.effect, ConfidenceScorer.verbReason(f.effect, f.verb)));
        }
        raws.add(raw);
        disclaimers.claimRead(raw);
      }
    }
    disclaimers.apply(raws);
    return raws;
  }

  /**
   * The lede: the body's first sentence, or -1. A figure there may take its speaker from the
   * sentence after; a figure further down, after sentences about something else, may not.
   */
  private static int firstBodySentence(List<Sentence> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      if (!sentences.get(i).headline()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a sentence's cue or verb of this effect bears on mention {@code m}: a correction does
   * not weaken the figure it corrects to ("revised down to 26"), nor, when the sentence names the
   * figure it replaces, any other.
   */
  private static boolean appliesTo(
      ConfidenceEffect effect, Mention m, boolean sentenceSupersedes, List<Token> tokens) {
    if (effect != ConfidenceEffect.CORRECTION) {
      return true;
    }
    int before = m.figure().qualifierStart - 1;
    boolean correctedTo = before >= 0 && tokens.get(before).is("to");
    return !correctedTo && (!sentenceSupersedes || m.superseded());
  }

  /** "raising the toll from 58", "revised down from 1,400": the count a revision replaced. */
  private static boolean revisedFrom(List<Token> tokens, Mention m) {
    int before = m.figure().qualifierStart - 1;
    return before >= 0 && tokens.get(before).is("from");
  }

  /**
   * The attribution nearest to the figure in its own sentence. Frames inside quotation marks
   * ("according to the police identification" within a quote) yield to the frame that names who
   * is quoted.
   */
  private static Frame nearest(SentenceInfo info, Mention m) {
    if (info.frames().size() == 1) {
      return info.frames().get(0); // quoted or not, the only one
    }
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
      boolean continuation = CONTINUATIONS.contains(opening.lower())
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
    // "At least 18 were injured. They included 10 guards, said Ms Kornegay.": the sentence that
    // goes on about the same people names who gave both
    if (i + 1 < infos.length && infos[i + 1] != null && !infos[i + 1].frames().isEmpty()
        && sentences.get(i + 1).field().equals(s.field())
        && sentences.get(i + 1).paragraph() == s.paragraph()
        && ELABORATIONS.contains(infos[i + 1].tokens().get(0).lower())) {
      Frame next = infos[i + 1].frames().get(0);
      return infos[i + 1].quoted()[next.anchor] ? null : next;
    }
    return null;
  }
}
