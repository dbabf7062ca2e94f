package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.assertNone;
import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which category a figure belongs to, in every grammatical form news copy uses. */
class CategoriesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // passive
        "Eleven civilians were killed in the strike, police said.|killed|11",
        "At least 40 people have been wounded, the governor said.|injured|40",
        "Nine fishermen remain missing, the coastguard said.|missing|9",
        "Two soldiers were captured near the border, the army said.|captured|2",
        "Seven students were kidnapped from the school, police said.|captured|7",
        "Thirty workers are unaccounted for, the company said.|missing|30",
        "Six hikers were found dead on the ridge, rescuers said.|killed|6",
        "Five people died in the fire, the fire service said.|killed|5",
        "Twelve people were taken to hospital, police said.|injured|12",
        "Three of the injured later succumbed to their wounds, doctors said.|killed|3",
        // active
        "The strike killed 11 people, officials said.|killed|11",
        "Gunmen opened fire, killing 12 worshippers, police said.|killed|12",
        "The blast wounded 58 workers, police said.|injured|58",
        "Militants abducted 20 villagers overnight, police said.|captured|20",
        "Troops seized two enemy soldiers, the army said.|captured|2",
        "The rebels shot dead four guards, police said.|killed|4",
        // nominal
        "The crash left 24 dead, police said.|killed|24",
        "The death toll rose to 24 on Monday, the ministry said.|killed|24",
        "The quake has a toll of 43 so far, officials said.|killed|43",
        "The storm claimed the lives of 9 people, officials said.|killed|9",
        "The fire has claimed at least 9 lives, officials said.|killed|9",
        "The crossing cost 9 lives last year, the coastguard said.|killed|9",
        "The blast left five dead and 30 hurt, police said.|killed|5",
        "There were 4,000 casualties among the troops, officials said.|casualties|4000",
        "Rescuers recovered 11 bodies from the mine, the agency said.|killed|11",
        "The attack caused 20 deaths, the ministry said.|killed|20",
        "The number of injured rose to 20, the ministry said.|injured|20",
        "The agency put the death toll at 21.|killed|21",
        // mixed categories make casualties
        "Russia lost 1,200 troops killed or wounded, the general staff said.|casualties|1200",
        "More than 7,000 people were dead or missing, officials said.|casualties|7000",
      })
  void tiesTheFigureToItsCategory(String text, String category, long count) {
    Claim c = find(claims(text), Category.fromLabel(category), count);
    assertEquals(category, c.category().label());
  }

  @Test
  void coordinatedFiguresEachTakeTheirCategory() {
    List<Claim> passive = claims("Eleven people were killed and 12 injured, police said.");
    find(passive, Category.KILLED, 11);
    find(passive, Category.INJURED, 12);

    List<Claim> active = claims("The gunmen killed 11 and wounded 12, police said.");
    find(active, Category.KILLED, 11);
    find(active, Category.INJURED, 12);

    List<Claim> shared = claims("Gunmen kidnapped six girls and two teachers, police said.");
    find(shared, Category.CAPTURED, 6);
    find(shared, Category.CAPTURED, 2);

    List<Claim> nouns = claims("The mosque bombing left 56 dead, 194 wounded, the hospital said.");
    find(nouns, Category.KILLED, 56);
    find(nouns, Category.INJURED, 194);
  }

  @Test
  void aSubgroupBorrowsItsCategory() {
    List<Claim> claims = claims(
        "Thousands have been killed, including up to 15,000 in one town, according to UN experts.");
    Claim c = find(claims, Category.KILLED, 15000);
    assertEquals(Qualifier.AT_MOST, c.qualifier());
  }

  @Test
  void aRelativeClauseDoesNotHideTheMainVerb() {
    List<Claim> claims = claims(
        "Two soldiers who went missing near the river last week have been captured by rebels, "
            + "the army said.");
    find(claims, Category.CAPTURED, 2);
  }

  @Test
  void theAgentOfAnActiveVerbIsNotAVictim() {
    List<Claim> claims = claims("Five gunmen killed three guards, police said.");
    find(claims, Category.KILLED, 3);
    assertNone(claims, Category.KILLED, 5);
  }

  @Test
  void thingsCapturedAreNotPeople() {
    List<Claim> claims = claims("The rebels captured three outposts and seized two trucks.");
    assertTrue(claims.isEmpty(), () -> Fixtures.describe(claims));
  }

  @Test
  void peopleRescuedOrReleasedAreNotHarmed() {
    List<Claim> claims = claims(
        "Police rescued 13 hostages and freed 40 people, and 600 were evacuated, officials said.");
    assertTrue(claims.isEmpty(), () -> Fixtures.describe(claims));
  }

  @Test
  void victimsAreAShortPhrase() {
    Claim c = find(claims("About 1,000 North Korean troops have been killed, officials say."),
        Category.KILLED, 1000);
    assertEquals("North Korean troops", c.victims());
  }
}
