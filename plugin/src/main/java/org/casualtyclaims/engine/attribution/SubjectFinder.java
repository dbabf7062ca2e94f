package org.casualtyclaims.engine.attribution;

import static org.casualtyclaims.engine.attribution.Clauses.*;
import static org.casualtyclaims.engine.attribution.Phrases.*;

import java.util.List;
import org.casualtyclaims.engine.SourceHead;
import org.casualtyclaims.engine.text.Grammar;
import org.casualtyclaims.engine.text.Span;
import org.casualtyclaims.engine.text.Token;
import org.casualtyclaims.engine.text.WordInfo;

/**
 * The subject of a speech verb, read leftwards: the phrase before it, stepping over appositives,
 * relative clauses, citations (", cited by TASS,", ", citing police sources,") and clauses that say
 * where; or, after "and" or "but", the subject that opens the sentence.
 */
final class SubjectFinder {
  private SubjectFinder() {}

  /**
   * A subject phrase left of a speech verb, with an appositive if one sits between them, the
   * outlet of a ", cited by TASS," clause and the sources of a ", citing police sources," clause.
   */
  record Subject(Span phrase, Span apposition, Span citedBy, Span citing) {
    Subject(Span phrase, Span apposition) {
      this(phrase, apposition, Span.EMPTY, Span.EMPTY);
    }
  }

  static Subject leftSubject(List<Token> tokens, int k) {
    if (k < 0) {
      return null;
    }
    // "The Civil Defence – first responders who ... – said": the name before the dashes
    int dash = k >= 2 && isDash(tokens.get(k)) ? openingDash(tokens, k - 1) : -1;
    if (dash > 0) {
      Span name = leftPhrase(tokens, dash - 1);
      return name.isEmpty() || !namesSomeone(tokens, name)
          ? null : new Subject(name, new Span(dash + 1, k));
    }
    // "A resident who helped bury the dead said": the antecedent of a clause that opens with a verb
    int relativeClause = verbRelativeBefore(tokens, k);
    if (relativeClause > 0) {
      Span antecedent = leftPhrase(tokens, relativeClause - 1);
      if (!antecedent.isEmpty() && namesSomeone(tokens, antecedent)) {
        return new Subject(antecedent, Span.EMPTY);
      }
    }
    // "South Korea's spy agency, which claimed": the antecedent before the comma
    if (tokens.get(k).info.has(WordInfo.RELATIVE) && k >= 2 && tokens.get(k - 1).is(",")) {
      Span s = afterPreposition(tokens, leftPhrase(tokens, k - 2));
      return s.isEmpty() ? null : new Subject(s, Span.EMPTY);
    }
    Span phrase = leftPhrase(tokens, k);
    Span apposition = Span.EMPTY;
    Span citedBy = Span.EMPTY;
    Span citing = Span.EMPTY;
    // skip clauses set off by commas: "Fatmawati, a spokeswoman ..., who goes by one name, said"
    for (int step = 0; step < 3; step++) {
      boolean appositive = !phrase.isEmpty() && isAppositive(tokens, phrase);
      if (!phrase.isEmpty() && !appositive) {
        break;
      }
      int comma = phrase.isEmpty() ? k : phrase.from() - 1;
      if (comma < 1 || !tokens.get(comma).is(",")) {
        break;
      }
      if (appositive) {
        apposition = phrase;
        k = skipParentheses(tokens, comma - 1);
        phrase = leftPhrase(tokens, k);
        continue;
      }
      int previous = previousComma(tokens, comma - 1);
      if (previous < 1) {
        break;
      }
      Span clause = new Span(previous + 1, comma);
      if (isCitation(tokens, clause)) {
        citedBy = new Span(clause.from() + 2, clause.to()); // ", cited by TASS,"
      }
      if (clause.length() > 1
          && (tokens.get(clause.from()).is("citing") || tokens.get(clause.from()).is("quoting"))) {
        citing = new Span(clause.from() + 1, clause.to()); // ", citing police sources,"
      }
      if (startsWithRelative(tokens, clause) || isCitation(tokens, clause)
          || tokens.get(clause.from()).is("or") // "The Pakistani Taliban, or TTP, claimed"
          || tokens.get(clause.from()).endsWith("ing") || tokens.get(clause.from()).isNumber()
          || isAgentClause(tokens, clause) || isCircumstance(tokens, clause)
          || isParticipleOfPlaceOrName(tokens, clause)) {
        // ", which relies on ...,", ", cited by TASS,", ", speaking on condition of anonymity,"
        if (apposition.isEmpty() && (startsWithRelative(tokens, clause)
            || (isCircumstance(tokens, clause) && isAppositive(tokens, clause)))) {
          // ", who heads the Solidarity trade union," tells the role; so does ", a civil society
          // group that monitors elections," the kind of body named before it
          apposition = clause;
        }
        k = skipParentheses(tokens, previous - 1); // "Medecins Sans Frontieres (MSF), which ..."
        phrase = leftPhrase(tokens, k);
        continue;
      }
      int beforeParenthesis = skipParentheses(tokens, comma - 1);
      if (beforeParenthesis < comma - 1 && beforeParenthesis > previous) {
        clause = new Span(previous + 1, beforeParenthesis + 1); // "the Centre for ... (CDD),"
      }
      if (isProperName(tokens, clause)) {
        // "A resident, Abu Khaled, told Reuters": the name between commas, its role before
        Span role = leftPhrase(tokens, previous - 1);
        int relative = verbRelativeBefore(tokens, previous - 1);
        if (relative > 0) {
          // "A villager who helped collect the bodies, Ko Zaw,", "A rescuer, who gave only his
          // first name, Ko Min,": the antecedent tells the role
          int end = relative >= 2 && tokens.get(relative - 1).is(",") ? relative - 2 : relative - 1;
          role = leftPhrase(tokens, end);
        } else if (role.from() > 0
            && startsWithRelative(tokens, new Span(role.from() - 1, role.to()))) {
          role = leftPhrase(tokens, role.from() - 2); // "A passenger who escaped, Wilner Joseph,"
        }
        return new Subject(clause, role);
      }
      if (isAppositive(tokens, clause)) {
        apposition = clause;
        k = skipParentheses(tokens, previous - 1);
        if (k >= 2 && tokens.get(k).isNumber() && tokens.get(k - 1).is(",")) {
          k -= 2; // skip the age: "Wisdom John, 28, a bricklayer,"
        }
        phrase = leftPhrase(tokens, k);
        continue;
      }
      if (describesAThing(tokens, clause)) {
        // "a medical source at the Saudi Hospital, one of the last still working, said": the
        // clause describes the hospital; the speaker stands before it
        k = previous - 1;
        phrase = leftPhrase(tokens, k);
        continue;
      }
      break;
    }
    if (phrase.isEmpty()) {
      return null;
    }
    if (apposition.isEmpty() && isProperName(tokens, phrase) && phrase.from() >= 2
        && tokens.get(phrase.from() - 1).is(",")) {
      // "A local NGO, the League for Civic Rights, said", "The state news agency, KNA, said":
      // the description before names the kind
      Span role = leftPhrase(tokens, phrase.from() - 2);
      if (!role.isEmpty() && role.from() == 0 && tokens.get(0).info.has(WordInfo.DETERMINER)) {
        apposition = role;
      }
    }
    // "Western sources who declined to be named told the BBC": the subject before "who"
    int relative = relativeBefore(tokens, phrase.from());
    if (relative > 0 && !namesSomeone(tokens, phrase)) {
      Span antecedent = leftPhrase(tokens, relative - 1);
      if (!antecedent.isEmpty()) {
        apposition = apposition.isEmpty() ? new Span(relative, phrase.to()) : apposition;
        phrase = antecedent;
      }
    }
    if (!namesSomeone(tokens, phrase)) {
      return null; // "dozens more feared trapped", "The claim could not be independently verified"
    }
    return new Subject(phrase, apposition, citedBy, citing);
  }

  /**
   * The subject that opens the sentence (or the clause after its last comma before {@code k}):
   * capitalised words, role and body nouns, "the", "of" and possessives, up to the first verb.
   */
  static Subject sentenceSubject(List<Token> tokens, int k) {
    boolean commaBefore = k >= 2 && tokens.get(k - 1).is(",");
    int start = clauseStart(tokens, commaBefore ? k - 2 : k - 1);
    if (commaBefore && tokens.get(start).endsWith("ing")) {
      start = k; // "put the toll at 39, contradicting the police figure, and said": no subject
    }
    // else "did not comment on its losses, but said": the comma before "but" closes no subject
    int end = start;
    for (int i = start; i < k && i - start < MAX_PHRASE; i++) {
      Token t = tokens.get(i);
      String w = t.lower();
      boolean verb = !t.isCapitalized() && (w.endsWith("ed") || t.info.speech != null
          || t.info.has(WordInfo.TALLY_VERB) || Grammar.AUXILIARIES.contains(w)
          || Grammar.CLAUSE_BREAKS.contains(w) || w.equals("and"));
      if (verb || t.isNumber() || (t.isPunct() && !t.is(".") && !t.is("-"))) {
        break;
      }
      if (t.isCapitalized() || t.info.head != null) {
        end = i + 1; // the subject ends at its last name or head noun
      }
    }
    return end > start ? new Subject(new Span(start, end), Span.EMPTY) : null;
  }

  /**
   * The word after the last comma or double quote at or before {@code from}, or 0. A quoted word
   * or two ("called the attack \"cowardly\" and said") is stepped over, as the clause goes on.
   */
  private static int clauseStart(List<Token> tokens, int from) {
    for (int i = from; i > 0; i--) {
      Token t = tokens.get(i);
      int open = t.isDoubleQuote() ? openingQuote(tokens, i) : -1;
      if (open > 0) {
        i = open; // the loop steps on past it
        continue;
      }
      if (t.is(",") || t.isDoubleQuote()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** How many words a quotation stepped over inside a clause may hold. */
  private static final int MAX_INLINE_QUOTE = 3;

  /**
   * The opening quote of the quotation {@code close} ends, when it holds a few words and no
   * punctuation; else -1.
   */
  private static int openingQuote(List<Token> tokens, int close) {
    for (int k = close - 1; k >= 1 && k >= close - 1 - MAX_INLINE_QUOTE; k--) {
      Token t = tokens.get(k);
      if (t.isDoubleQuote()) {
        return k < close - 1 ? k : -1;
      }
      if (t.isPunct()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "..., killing 25, Jorge Salazar, a police colonel, said": a name that follows a comma is a
   * speaker's when its description is set off by commas on both sides, which a place or day
   * before a plain "the army said" never is.
   */
  private static boolean setOffAfterComma(List<Token> tokens, Span name, Span description) {
    return name.from() >= 1 && tokens.get(name.from() - 1).is(",")
        && description.to() < tokens.size() && tokens.get(description.to()).is(",");
  }

  /** A clause after a comma that describes the name before it: ", a spokeswoman for ...,". */
  /**
   * A clause set off by commas that describes a thing, not a speaker: it opens with "one of" or
   * an article and holds no name, body, role or person ("one of the last still working in the
   * city", "the only one still open").
   */
  private static boolean describesAThing(List<Token> tokens, Span clause) {
    Token first = tokens.get(clause.from());
    boolean opens = first.info.has(WordInfo.DETERMINER)
        || (first.is("one") && clause.length() > 1 && tokens.get(clause.from() + 1).is("of"));
    if (!opens || clause.length() < 3) {
      return false;
    }
    for (int i = clause.from(); i < clause.to(); i++) {
      Token t = tokens.get(i);
      if ((t.isCapitalized() && i > 0) || t.info.head != null || t.info.has(WordInfo.PERSON_NOUN)
          || t.info.has(WordInfo.STATEMENT) || t.info.speech != null || t.isNumber()) {
        return false;
      }
    }
    return true;
  }

  static boolean isAppositive(List<Token> tokens, Span phrase) {
    int comma = phrase.from() - 1;
    if (comma < 1 || !tokens.get(comma).is(",")) {
      return false;
    }
    int nameEnd = skipParentheses(tokens, comma - 1); // "the Kivu Front (KF), its ..."
    if (nameEnd >= 2 && tokens.get(nameEnd).isNumber() && tokens.get(nameEnd - 1).is(",")) {
      nameEnd -= 2; // an age between the name and the appositive
    }
    Span before = leftPhrase(tokens, nameEnd);
    if (!isProperName(tokens, before)
        || !(startsClause(tokens, before.from()) || setOffAfterComma(tokens, before, phrase))) {
      return false; // "..., the army said" after "on Sunday" is not "Name, a spokesman, said"
    }
    Token first = tokens.get(phrase.from());
    if (first.info.has(WordInfo.DETERMINER)) {
      return true;
    }
    for (int i = phrase.from() + 1; i + 1 < phrase.to(); i++) {
      if (tokens.get(i).is("'s")) {
        return true; // "JNIM, al Qaeda's affiliate in the Sahel, said": what the name is
      }
    }
    for (int i = phrase.from(); i < phrase.to(); i++) {
      SourceHead head = tokens.get(i).info.head;
      if (head != null && head.kind() == SourceHead.Kind.ROLE) {
        return true;
      }
    }
    return false;
  }
}
