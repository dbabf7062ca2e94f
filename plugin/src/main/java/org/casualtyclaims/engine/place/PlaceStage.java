package org.casualtyclaims.engine.place;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.PlaceWords;
import org.casualtyclaims.engine.place.mentions.PlaceScanner;

/**
 * The place stage: the gazetteer and the words around place names, loaded once per lexicon set
 * and shared, read-only, by all threads; each document gets a {@link StoryPlaces} of its own.
 */
public final class PlaceStage {
  private final Gazetteer gazetteer;
  private final PlaceScanner scanner;
  private final AnchorWords lexicon;
  private final PlaceWords words;

  private PlaceStage(Gazetteer gazetteer, PlaceWords words, Set<String> personNouns,
      Collection<String> eventWords) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.lexicon = new AnchorWords(words, personNouns, eventWords, PlaceScanner.RULE_WORDS);
    this.scanner = new PlaceScanner(gazetteer, personNouns, lexicon);
  }

  /**
   * Loads {@code directory/place-words.tsv}, the gazetteer and the custom places file.
   *
   * @param personNouns lower-case nouns for people ("troops"), from the lexicons
   * @param eventWords the lower-case words the event stage looks up in each sentence
   */
  public static PlaceStage load(ResourceOpener opener, String directory, Set<String> personNouns,
      Collection<String> eventWords) {
    PlaceWords words = PlaceWords.load(opener, directory);
    return new PlaceStage(Gazetteer.load(opener, directory, words.adminWords()), words,
        personNouns, eventWords);
  }

  /** The words a sentence's words are looked up in, numbered for every stage. */
  public AnchorWords lexicon() {
    return lexicon;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The places of one document whose sentences are {@code sentences}, in order; {@code
   * headline[i]} marks a title sentence, {@code paragraphs[i]} numbers its paragraph; {@code
   * credits} tell which paragraphs are photo captions.
   */
  public StoryPlaces story(List<String> sentences, boolean[] headline, int[] paragraphs,
      CaptionCredits credits) {
    return new StoryPlaces(scanner, gazetteer, words, credits, sentences, headline, paragraphs);
  }
}
