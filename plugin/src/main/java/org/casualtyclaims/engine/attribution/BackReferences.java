package org.casualtyclaims.engine.attribution;

import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.DocumentContext;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.SourceRef;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * Words that point back to a speaker met before: "he", "she", "it", "they", "One of them", and a
 * record named only by its kind ("the report", "the data"). A pronoun after an unnamed role
 * holder ("the provincial transport minister said ... he said") or a bare body ("the army said
 * ... it said") is that speaker, resolved with it once the document is read.
 */
final class BackReferences {
  /** How many sentences back "the report" or "the data" may point to the speaker it stands for. */
  private static final int RECORD_REACH = 2;

  private final Lexicons lexicons;
  private final PersonNames persons;

  BackReferences(Lexicons lexicons, PersonNames persons) {
    this.lexicons = lexicons;
    this.persons = persons;
  }

  /** "One of them", "one of those": a phrase that picks one of the speakers named before. */
  static boolean oneOfThem(List<Token> tokens, Span phrase) {
    int from = phrase.from();
    return phrase.length() == 3 && tokens.get(from).is("one") && tokens.get(from + 1).is("of")
        && (tokens.get(from + 2).is("them") || tokens.get(from + 2).is("those"));
  }

  /**
   * The body whose people "its staff" or "their teams" are, wherever they are ("its staff in Al
   * Haouz province"): the source "it" or "they" points to; null when the phrase is no such thing
   * or nobody was named before.
   */
  SourceRef ownPeople(List<Token> tokens, Span phrase, DocumentContext context) {
    int from = phrase.from();
    if (phrase.length() < 2 || !tokens.get(from + 1).info.has(WordInfo.PERSON_NOUN)
        || (phrase.length() > 2 && !tokens.get(from + 2).info.has(
            WordInfo.PREPOSITION | WordInfo.PHRASE_PREPOSITION))) {
      return null; // "its staff", "its staff in Al Haouz province"
    }
    Token owner = tokens.get(phrase.from());
    return owner.is("its") ? pronoun("it", context)
        : owner.is("their") ? pronoun("they", context) : null;
  }

  /**
   * The source "the report" or "the data" stands for when {@code source}, what the phrase itself
   * resolved to, names nobody: the speaker of the sentence or two before ("according to a police
   * report. ... The report said", "the data showed"); else {@code source}.
   */
  SourceRef recordFor(List<Token> tokens, Span phrase, SourceRef source, DocumentContext context) {
    boolean nobody = source == null
        || (source.type() == SourceType.ANONYMOUS && !source.named() && !source.isBare());
    if (!nobody || phrase.length() != 2 || !tokens.get(phrase.from()).is("the")
        || !Phrases.namesRecord(tokens.get(phrase.from() + 1))) {
      return source;
    }
    SourceRef speaker = context.speakerWithin(RECORD_REACH);
    return speaker != null ? speaker : source;
  }

  SourceRef pronoun(String pronoun, DocumentContext context) {
    SourceRef justBefore = context.speakerWithin(1);
    return switch (pronoun) {
      case "he", "she", "i" -> {
        // the person remembered, unless the sentence before opens with a newer one
        boolean recent = context.lastPersonSentence() >= context.sentence() - 1;
        if (!recent && headedBy(justBefore, SourceHead.Kind.ROLE)) {
          yield justBefore; // "the provincial transport minister said ... he said": unnamed
        }
        SourceRef opening = recent ? null : persons.openingPerson(context);
        yield opening != null ? opening : context.lastPerson();
      }
      case "it" -> {
        if (justBefore != null && justBefore.isBare()
            && headedBy(justBefore, SourceHead.Kind.ORG)) {
          yield justBefore; // "the army said. ... it said": the description, named later
        }
        SourceRef last = context.lastSource();
        yield last != null && !last.person() ? last : null;
      }
      default -> context.lastSource();
    };
  }

  /**
   * Whether a source that is no named person is headed by a word of this kind: its last one or
   * two words ("spokesman", "media wing"), or a role before "for", "of" or "at" ("a spokesman for
   * the local administration").
   */
  private boolean headedBy(SourceRef source, SourceHead.Kind kind) {
    if (source == null || source.person()) {
      return false;
    }
    String[] words = source.name().toLowerCase(Locale.ROOT).split(" ");
    int n = words.length;
    SourceHead two = n >= 2 ? lexicons.sourceHead(words[n - 2] + " " + words[n - 1]) : null;
    SourceHead head = two != null ? two : lexicons.words().get(words[n - 1]).head;
    if (head != null && head.kind() == kind) {
      return true;
    }
    for (int i = 0; i + 1 < n && kind == SourceHead.Kind.ROLE; i++) {
      SourceHead h = lexicons.words().get(words[i]).head;
      boolean ofSomething = words[i + 1].equals("for") || words[i + 1].equals("of")
          || words[i + 1].equals("at");
      if (ofSomething && h != null && h.kind() == kind) {
        return true;
      }
    }
    return false;
  }
}
