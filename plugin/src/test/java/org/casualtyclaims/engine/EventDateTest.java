package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The date of a claim's event, from the article's published date and the text. */
class EventDateTest {
  /** A Friday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

  private static EventAnchor event(String body, LocalDate published, Category category,
      long count) {
    List<Claim> claims = Fixtures.extractor()
        .extract(List.of(new FieldText("body", body)), published).claims();
    return find(claims, category, count).event();
  }

  private static EventAnchor killed(String body, LocalDate published, long count) {
    return event(body, published, Category.KILLED, count);
  }

  @Test
  void aWeekdayIsTheLastSuchDayOnOrBeforePublication() {
    String body = "Police said 4 people were killed in a crash on Tuesday.";
    assertEquals(LocalDate.of(2024, 3, 5), killed(body, PUBLISHED, 4).date());
    assertNull(killed(body, PUBLISHED, 4).dateEnd());
    String sameDay = "Police said 4 people were killed in a crash on Friday.";
    assertEquals(PUBLISHED, killed(sameDay, PUBLISHED, 4).date());
    assertNull(killed(body, null, 4).date(), "no published date: no guess");
  }

  @Test
  void aDateWordInsideAJoinedWordIsReadAsItsOwnWord() {
    // the anchoring stage splits "Tuesday's" and "mid-February" as one word each: the dates
    // read their parts
    assertEquals(LocalDate.of(2024, 3, 5),
        killed("Police said Tuesday's crash killed 4 people.", PUBLISHED, 4).date());
    assertEquals(LocalDate.of(2023, 2, 1), killed(
        "A mid-February 2023 blast killed 6 people, police said.", PUBLISHED, 6).date());
    assertEquals(LocalDate.of(2024, 3, 3),
        killed("A blast on March 3rd-4th killed 9 people, police said.", PUBLISHED, 9).date());
  }

  @Test
  void yesterdayAndToday() {
    assertEquals(LocalDate.of(2024, 3, 7),
        killed("Police said 3 people were killed yesterday in a fire.", PUBLISHED, 3).date());
    assertEquals(PUBLISHED,
        killed("Police said 3 people were killed today in a fire.", PUBLISHED, 3).date());
    assertNull(killed("Police said 3 people were killed yesterday in a fire.", null, 3).date());
  }

  @Test
  void lastWeekIsARangeFromMondayToSunday() {
    EventAnchor e = killed("A flood last week killed 21 people, officials said.", PUBLISHED, 21);
    assertEquals(LocalDate.of(2024, 2, 26), e.date());
    assertEquals(LocalDate.of(2024, 3, 3), e.dateEnd());
  }

  @Test
  void aDayOfAMonthWithoutAYearTakesTheLastOneBeforePublication() {
    assertEquals(LocalDate.of(2024, 3, 3),
        killed("A blast on March 3 killed 9 people, police said.", PUBLISHED, 9).date());
    assertEquals(LocalDate.of(2023, 11, 20),
        killed("A blast on 20 November killed 9 people, police said.", PUBLISHED, 9).date(),
        "a later day of the year is last year's");
    assertNull(killed("A blast on March 3 killed 9 people, police said.", null, 9).date());
  }

  @Test
  void aFullDateNeedsNoPublicationDate() {
    assertEquals(LocalDate.of(2022, 3, 3),
        killed("A blast on 3 March 2022 killed 9 people, police said.", null, 9).date());
    assertEquals(LocalDate.of(2021, 7, 14),
        killed("A blast on July 14, 2021 killed 9 people, police said.", null, 9).date());
  }

  @Test
  void sinceADateRunsToPublicationAndCountsATotal() {
    EventAnchor e = killed("Officials said 900 people have been killed since October 7.",
        PUBLISHED, 900);
    assertEquals(LocalDate.of(2023, 10, 7), e.date());
    assertEquals(PUBLISHED, e.dateEnd());
    assertEquals(Scope.CUMULATIVE, e.scope());
    EventAnchor open = killed("Officials said 900 people have been killed since October 7, 2023.",
        null, 900);
    assertEquals(LocalDate.of(2023, 10, 7), open.date());
    assertNull(open.dateEnd(), "without a published date the range has no known end");
  }

  @Test
  void aYearIsARangeAndATotal() {
    EventAnchor e = killed("In 2023, road accidents killed 1,450 people, the ministry said.",
        null, 1450);
    assertEquals(LocalDate.of(2023, 1, 1), e.date());
    assertEquals(LocalDate.of(2023, 12, 31), e.dateEnd());
    assertEquals(Scope.CUMULATIVE, e.scope());
    EventAnchor month = killed("In June 2023, police said 15 people were killed.", null, 15);
    assertEquals(LocalDate.of(2023, 6, 1), month.date());
    assertEquals(LocalDate.of(2023, 6, 30), month.dateEnd());
  }

  @Test
  void aDateIsInheritedFromTheSentenceBefore() {
    String body = "Gunmen attacked a bus station on Wednesday. Police said 14 people were killed.";
    assertEquals(LocalDate.of(2024, 3, 6), killed(body, PUBLISHED, 14).date());
  }

  @Test
  @Timeout(10)
  void digitsOfOtherScriptsAreReadPastAndNoDate() {
    List<Claim> claims = Fixtures.extractor().extract(List.of(new FieldText("body",
        "Police said 7 people were killed on \u0663 \uFF13 March and \u0669\u0669 more.")),
        PUBLISHED).claims();
    EventAnchor e = find(claims, Category.KILLED, 7).event();
    assertNull(e.date(), "a day written in another script's digits is not read");
  }

  @Test
  void mayAndMarchAsVerbsAreNoDates() {
    EventAnchor e = killed("Protesters may march again after police said 2 people were killed.",
        PUBLISHED, 2);
    assertNull(e.date());
  }
}
