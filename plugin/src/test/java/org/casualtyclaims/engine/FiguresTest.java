package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.assertNone;
import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How figures are read: digits, words, scale words, ranges, qualifiers and vague quantities. */
class FiguresTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Police said 1,240 people were killed in the clashes.|1240",
        "The ministry said 790 000 soldiers were killed.|790000",
        "The army said 12 500 fighters were killed.|12500",
        "Health officials said 1.2 million people were killed.|1200000",
        "The agency said 2.5 thousand people were injured.|2500",
        "Police said two people were killed.|2",
        "Police said twenty-four people were killed.|24",
        "Police said twenty four people were killed.|24",
        "The ministry said two thousand seven hundred people were injured.|2700",
        "The ministry said one hundred and twenty people were injured.|120",
        "Police said a dozen people were injured.|12",
        "Police said a hundred people were killed.|100",
        "Police said 3 million people were displaced and 1,000 were killed.|1000",
      })
  void readsTheFigure(String text, long expected) {
    List<Claim> claims = claims(text);
    assertTrue(claims.stream().anyMatch(c -> c.count() == expected && !c.vague()),
        () -> Fixtures.describe(claims));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Police said about 300 people were killed.|approximate",
        "Police said around 300 people were killed.|approximate",
        "Police said approximately 300 people were killed.|approximate",
        "Police said roughly 300 people were killed.|approximate",
        "Police said nearly 300 people were killed.|approximate",
        "Police said almost 300 people were killed.|approximate",
        "Police said some 300 people were killed.|approximate",
        "Police said an estimated 300 people were killed.|approximate",
        "Police said at least 300 people were killed.|at_least",
        "Police said more than 300 people were killed.|at_least",
        "Police said over 300 people were killed.|at_least",
        "Police said upwards of 300 people were killed.|at_least",
        "Police said in excess of 300 people were killed.|at_least",
        "Police said 300 or more people were killed.|at_least",
        "Police said up to 300 people were killed.|at_most",
        "Police said fewer than 300 people were killed.|at_most",
        "Police said less than 300 people were killed.|at_most",
        "Police said no more than 300 people were killed.|at_most",
        "Police said as many as 300 people were killed.|at_most",
        "Police said 300 people were killed.|exact",
      })
  void readsTheQualifier(String text, String qualifier) {
    Claim c = find(claims(text), Category.KILLED, 300);
    assertEquals(qualifier, c.qualifier().label());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Police said between 10 and 20 people were killed.",
        "Police said 10 to 20 people were killed.",
        "Police said 10-20 people were killed.",
        "Police said ten to twenty people were killed.",
      })
  void readsRanges(String text) {
    Claim c = find(claims(text), Category.KILLED, 10);
    assertEquals(Qualifier.RANGE, c.qualifier());
    assertEquals(20L, c.countMax());
  }

  @Test
  void aChangeIsNotARange() {
    List<Claim> claims = claims("The toll rose from 58 to 67, the agency said.");
    assertNull(find(claims, Category.KILLED, 67).countMax());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dozens of people were killed in the attack, police said.|12",
        "Hundreds were injured, police said.|100",
        "Scores were wounded in the blast.|20",
        "Several people were killed, police said.|3",
        "Thousands were killed in the war.|1000",
        "Tens of thousands were killed in the war.|10000",
      })
  void vagueQuantitiesAreMarkedVagueWithAConservativeCount(String text, long count) {
    List<Claim> claims = claims(text);
    assertTrue(claims.stream().anyMatch(c -> c.vague() && c.count() == count),
        () -> Fixtures.describe(claims));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "An 11,000-strong contingent was sent to the front.",
        "12,000 troops were deployed to the border, the ministry said.",
        "A 45-year-old man was killed, police said.",
        "The attack on December 26, 2016 was claimed by the group.",
        "The blast at 4:44 a.m. killed none, police said.",
        "The quake caused $2.5 million in damage, officials said.",
        "The strike killed a man 40 km north of the city.",
        "A magnitude 6.8 quake struck the region.",
        "A 10-hour siege ended with the attackers killed.",
        "300 homes were destroyed and 15 ambulances damaged.",
        "A 100-bed hospital was damaged.",
        "Police said 4,000 people were evacuated and 2,000 rescued.",
        "Rescuers pulled 12 survivors from the rubble.",
        "The flight MH17 was shot down.",
        "Soldiers of the 74th battalion were sent to the area.",
        "More than 8.5 million people have been displaced.",
        "The town of 20,000 people was cut off.",
        "An F-16 jet crashed but the pilot survived.",
        "About 36% of the troops were killed, officials said.",
        "Some 12 percent of the crew were injured, the airline said.",
        "The repairs cost 14 million dollars and took 14 months.",
        "Lives were saved: 14 lifeboats reached the shore.",
      })
  void trapsAreNotClaims(String text) {
    List<Claim> claims = claims(text);
    assertTrue(claims.isEmpty(), () -> text + " gave " + Fixtures.describe(claims));
  }

  @Test
  void absurdNumbersAreNotClaims() {
    List<Claim> claims =
        claims("Police said 99999999999999999999999 people were killed, and 1e9 were injured, "
            + "and -5 went missing, and 2000000000 were captured.");
    assertTrue(claims.stream().allMatch(c -> c.count() > 0 && c.count() <= 1_000_000_000L),
        () -> Fixtures.describe(claims));
    assertNone(claims, Category.CAPTURED, 2_000_000_000L);
  }

  @Test
  void negativeNumbersAndStackedScalesBeyondTheCapAreNotClaims() {
    for (String text : List.of(
        "Police said -5 people were killed.",
        "Police said \u22125 people were killed.",
        "-5 people were killed, police said.",
        "Police said a billion billion people were killed.")) {
      List<Claim> claims = claims(text);
      assertTrue(claims.isEmpty(), () -> text + " gave " + Fixtures.describe(claims));
    }
    find(claims("Officials said a thousand million people were killed."), Category.KILLED,
        1_000_000_000L);
    find(claims("Police said 10-20 people were killed."), Category.KILLED, 10);
  }

  @Test
  void aYearIsNotAFigureButACountThatLooksLikeOneIs() {
    List<Claim> claims = claims("In 2016 the floods killed 1200 people, officials said.");
    find(claims, Category.KILLED, 1200);
    assertNone(claims, Category.KILLED, 2016);
    assertFalse(claims(" between 2015 and 2020, accidents killed 500 people.").stream()
        .anyMatch(c -> c.count() == 2020));
  }
}
