package org.casualtyclaims.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.attribution.FrameFinder;
import org.casualtyclaims.engine.attribution.SourceNamer;
import org.casualtyclaims.engine.attribution.SourceNames;
import org.casualtyclaims.engine.confidence.ConfidenceScorer;
import org.casualtyclaims.engine.confidence.HedgeScope;
import org.casualtyclaims.engine.confidence.SentenceCue;
import org.casualtyclaims.engine.figures.CategoryLinker;
import org.casualtyclaims.engine.figures.CategoryWordScan;
import org.casualtyclaims.engine.figures.FigureFinder;
import org.casualtyclaims.engine.figures.IllnessCare;
import org.casualtyclaims.engine.text.Sentence;
import org.casualtyclaims.engine.text.SentenceSplitter;
import org.casualtyclaims.engine.text.Tokenizer;
import org.casualtyclaims.engine.text.Tokens;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Turns the text fields of one document into casualty claims, as GUIDELINES.md defines them.
 *
 * <p>Sentences pass a cheap test first: only those holding a category word or a speech verb are
 * tokenised. Each kept sentence yields figures tied to categories ({@link CategoryLinker}) and
 * attributions ({@link FrameFinder}); once bare sources are named ({@link SourceResolver}), each
 * figure takes the nearest attribution, or one carried over from a neighbouring sentence ({@link
 * FrameAssigner}); claims of the same (category, count, source) merge.
 *
 * <p>Instances are immutable and thread-safe: build one per lexicon set and share it.
 */
public final class ClaimExtractor {
  private final Lexicons lexicons;
  private final ExtractorSettings settings;
  private final SentenceSplitter splitter;
  private final FigureFinder figures;
  private final CategoryLinker linker;
  private final FrameFinder frames;
  private final SourceNamer namer;
  private final SentenceReader reader;
  private final SourceResolver sources;
  private final FrameAssigner assigner;
  private final ClaimMerger merger;
  private final CategoryWordScan categoryWords;

  public ClaimExtractor(Lexicons lexicons, ExtractorSettings settings) {
    this.lexicons = lexicons;
    this.settings = settings;
    this.splitter = new SentenceSplitter(lexicons.abbreviations);
    this.figures = new FigureFinder(lexicons, settings.maxFigure());
    this.linker = new CategoryLinker(lexicons);
    this.namer = new SourceNamer(lexicons);
    this.frames = new FrameFinder(namer, lexicons);
    this.reader = new SentenceReader(lexicons.sentenceCues);
    this.sources =
        new SourceResolver(lexicons.attribution.statementWords,
            lexicons.attribution.anyBodyWords, namer, new SourceNames(lexicons.words));
    this.assigner = new FrameAssigner(new HedgeScope(lexicons.sentenceCues), lexicons.civilianWords);
    this.merger = new ClaimMerger(new ConfidenceScorer(lexicons.confidence), settings.maxEvidence());
    this.categoryWords = new CategoryWordScan(lexicons);
  }

  public ExtractorSettings settings() {
    return settings;
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
    DocumentContext context = new DocumentContext(sentences);
    List<RawClaim> raws = read(context);
    List<Claim> claims = merger.merge(raws);
    if (!claims.isEmpty()) {
      claims = EventAnchoring.anchor(claims, context, lexicons.events, published);
    }
    return new ExtractionResult(claims, truncated, read);
  }

  /** The category of the last figure a sentence counted. */
  private static Category lastCounted(List<Mention> mentions) {
    Mention last = mentions.get(0);
    for (Mention m : mentions) {
      if (m.figure().last > last.figure().last) {
        last = m;
      }
    }
    return last.category();
  }

  private List<RawClaim> read(DocumentContext context) {
    List<Sentence> sentences = context.sentences();
    int n = sentences.size();
    boolean[] cue = new boolean[n];
    boolean[] speech = new boolean[n];
    boolean[] disclaimer = new boolean[n]; // may hold a cue phrase ("could not be verified")
    boolean[] tally = new boolean[n]; // may hold a tally that points back ("put the figure at")
    boolean illness = false; // names a disease: care words injure no one (IllnessCare)
    int lastCue = -1;
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      Tokens tokens = Tokenizer.tokenize(s.fieldText(), s.start(), s.end(), lexicons.words);
      context.tokensRead(tokens);
      cue[i] = tokens.any(WordInfo.CATEGORY);
      speech[i] = tokens.any(WordInfo.SPEECH_LIKE);
      disclaimer[i] = tokens.any(WordInfo.CUE_PHRASE_START);
      tally[i] = tokens.any(WordInfo.TALLY_NOUN);
      illness |= tokens.any(WordInfo.ILLNESS);
      if (cue[i]) {
        lastCue = i;
      }
      if (tokens.any(WordInfo.OPEN_PARENTHESIS)) {
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
      if (!cue[i] && !speech[i] && !tally[i] && !s.headline() && !disclaimer[i]) {
        continue;
      }
      Tokens tokens = context.tokensOf(i);
      // cue phrases start at a flagged word, figures at a number or a flagged word
      List<SentenceCue> cues = disclaimer[i] ? reader.sentenceCues(tokens) : List.of();
      boolean onlyCues = !cue[i] && !speech[i] && !tally[i];
      if ((i > lastCue + 1 || onlyCues) && !s.headline() && !SentenceReader.disclaims(cues)) {
        continue;
      }
      boolean mayCount = tokens.anyNumber() || tokens.any(WordInfo.FIGURE_WORD);
      List<Mention> mentions = List.of();
      if (cue[i] && mayCount) {
        mentions = linker.link(tokens, figures.find(tokens));
        if (illness) {
          mentions = IllnessCare.withoutCareOnly(tokens, mentions);
        }
      } else if (tally[i] && mayCount && i > 0 && infos[i - 1] != null
          && !infos[i - 1].mentions().isEmpty()) {
        // "Another charity puts the figure at 10,000" after a sentence that counted the dead
        mentions = linker.linkBareTallies(tokens, figures.find(tokens),
            lastCounted(infos[i - 1].mentions()));
      }
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
        infos[i].frames(frames.find(infos[i].tokens(), s, context));
      }
    }
    sources.resolveBareSources(infos, context);
    sources.unifyNames(infos);
    return assigner.attribute(context, infos);
  }
}
