package org.casualtyclaims.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.Names;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's word-table look-ups (a plain ASCII word is hashed as it is read, any other word
 * after it) and the in-place comparisons of {@link Token}.
 */
class TokenizerTest {
  private static List<Token> tokens(String text) {
    return Tokenizer.tokenize(text, 0, text.length(), Fixtures.lexicons().words);
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void splitsWordsNumbersPossessivesAndInitialisms() {
    List<Token> t = tokens("The U.S. military's count: 1,000 killed (AFP), Kyiv\u2019s 790 000.");
    assertEquals(
        List.of("The", "U.S.", "military", "'s", "count", ":", "1,000", "killed", "(", "AFP",
            ")", ",", "Kyiv", "\u2019s", "790 000", "."),
        texts(t));
    assertTrue(t.get(6).isNumber());
    assertTrue(t.get(3).isWord());
    assertTrue(t.get(5).isPunct());
  }

  @Test
  void aSentenceKnowsWhichFlagsAndNumbersItsTokensHold() {
    Tokens said = Tokenizer.tokenize("Police said so (again).", 0, 23, Fixtures.lexicons().words);
    assertTrue(said.any(WordInfo.SPEECH_LIKE));
    assertTrue(said.any(WordInfo.OPEN_PARENTHESIS));
    assertFalse(said.any(WordInfo.CATEGORY | WordInfo.FIGURE_WORD));
    assertFalse(said.anyNumber());
    Tokens killed = Tokenizer.tokenize("Dozens killed, 12 hurt", 0, 22, Fixtures.lexicons().words);
    assertTrue(killed.any(WordInfo.CATEGORY));
    assertTrue(killed.any(WordInfo.VAGUE_QUANTITY), "'dozens' is a vague quantity");
    assertTrue(killed.anyNumber());
    // "a dozen" holds no number word, but its multiplier may begin a figure
    assertTrue(tokens("a dozen").get(1).info.has(WordInfo.FIGURE_WORD));
    // a span of the text only: its tokens and flags, not those of the text around it
    Tokens part = Tokenizer.tokenize("12 killed. Police said so.", 11, 26, null);
    assertEquals(List.of("Police", "said", "so", "."), texts(part));
    assertFalse(part.anyNumber());
    assertEquals(4, part.size());
  }

  @Test
  void everySpellingOfAKnownWordFindsTheSameEntry() {
    // plain ASCII (hashed while scanning), capitalised, and words ended by a dot, an apostrophe
    // or a letter beyond ASCII, which take the slower path
    WordInfo killed = tokens("killed").get(0).info;
    assertSame(killed, tokens("KILLED").get(0).info);
    assertSame(killed, tokens("Killed.").get(0).info);
    assertTrue(killed.cue != null, "'killed' is a category cue");
    assertSame(tokens("said").get(0).info, tokens("Said\u2014").get(0).info);
    assertSame(WordInfo.NONE, tokens("Zelenskyy").get(0).info);
    assertSame(WordInfo.NONE, tokens("killedx").get(0).info);
    Token accented = tokens("S\u00E3o").get(0);
    assertEquals("s\u00E3o", accented.lower());
    assertEquals("s\u00E3o", tokens("S\u00E3o Paulo").get(0).lower());
  }

  @Test
  void wordsUpToTenCharactersAreFoundByCodeAndLongerOnesByHash() {
    // ten characters and fewer: the packed code; eleven and more: the hashed characters
    WordInfo spokesman = tokens("spokesman").get(0).info;
    assertTrue(spokesman != WordInfo.NONE, "'spokesman' is a lexicon word");
    assertSame(spokesman, tokens("SpokesMan").get(0).info);
    WordInfo tenLetters = tokens("passengers").get(0).info;
    assertEquals("passengers", tenLetters.word);
    assertSame(tenLetters, tokens("PASSENGERS").get(0).info);
    WordInfo elevenLetters = tokens("spokeswoman").get(0).info;
    assertEquals("spokeswoman", elevenLetters.word);
    assertSame(elevenLetters, tokens("Spokeswoman").get(0).info);
    // no code is 0, so a leading digit or letter is never lost: "0a" is not "a", "a0" not "a"
    assertSame(WordInfo.NONE, tokens("a0").get(0).info);
    assertSame(tokens("a").get(0).info, tokens("A").get(0).info);
    assertSame(WordInfo.NONE, tokens("spokesmanx").get(0).info);
    assertSame(WordInfo.NONE, tokens("xspokesman").get(0).info);
  }

  @Test
  void tokensCompareInPlaceAsTheirLowerCaseWould() {
    List<Token> t = tokens("Claimed the Reporters\u2019 figures, Caf\u00E9 WHO who");
    Token claimed = t.get(0);
    assertTrue(claimed.is("claimed"));
    assertTrue(claimed.startsWith("claim"));
    assertTrue(claimed.endsWith("ed"));
    assertFalse(claimed.endsWith("ing"));
    assertFalse(claimed.startsWith("claimedx"));
    Token reporters = t.get(2);
    assertTrue(reporters.endsWith("s"));
    assertTrue(reporters.startsWith("report"));
    Token cafe = t.get(6);
    assertTrue(cafe.is("caf\u00E9"));
    assertTrue(cafe.endsWith("f\u00E9"));
    assertTrue(cafe.startsWith("caf"));
    assertTrue(t.get(7).textIs("WHO"));
    assertFalse(t.get(8).textIs("WHO"));
    assertTrue(t.get(8).is("who"));
    assertTrue(tokens("U.N.").get(0).dotted);
    assertFalse(claimed.dotted);
    assertFalse(tokens("end.").get(0).dotted);
  }

  @Test
  void surfaceKeepsTheTextAsWrittenAndCollapsesOtherSpacing() {
    List<Token> single = tokens("the Gaza health ministry's  tally");
    assertEquals("Gaza health ministry's", Names.surface(single, 1, 5));
    assertEquals("ministry's tally", Names.surface(single, 3, 6));
    List<Token> spread = tokens("Gaza\u00A0health\n ministry");
    assertEquals("Gaza health ministry", Names.surface(spread, 0, 3));
    assertEquals("", Names.surface(spread, 2, 2));
  }
}
