package org.casualtyclaims.engine.figures;

import static org.casualtyclaims.engine.Fixtures.assertNone;
import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures real reporting ties to a category across more words than the plain forms: verbs joined
 * by "and", two-word verbs after an auxiliary, relative clauses, possessives, "along with", and
 * captives who died.
 */
class CategoryConstructionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Two marchers were shot and killed by soldiers on Friday.|killed|2",
        "At least three guards were reported stabbed and wounded in the riot.|injured|3",
        "Nine of the raiders were gunned down by the village guard.|killed|9",
        "Eleven of their captors were gunned down during the assault.|killed|11",
        // a relative clause with its own auxiliary before the main clause's verb
        "About 40 people who were queuing for bread at the market were killed by the shell.|killed|40",
        // a plural possessive inside the phrase
        "Another 10 people on the traders' barge were found dead on Sunday.|killed|10",
        // a time word in a possessive names no unit of the figure
        "Four students protesting last week's fee rise were killed by police.|killed|4",
        // a day between the auxiliary and the participle
        "As many as 17 pilgrims were on Sunday kidnapped by gunmen.|captured|17",
        // a military report's word for killed, of people
        "Troops neutralised two gunmen in the forest on Monday.|killed|2",
        // "along with"
        "The mayor was killed along with two bodyguards when the car exploded.|killed|2",
        "The driver died along with his three passengers.|killed|3",
        // a noun of abduction counts the abducted
        "The rights commission recorded 31 injuries and five abductions in the district.|captured|5",
      })
  void linksTheFigure(String text, String category, long count) {
    Claim c = find(claims("Report", text), Category.fromLabel(category), count);
    assertEquals(count, c.count());
  }

  @Test
  void captivesWhoDiedAreDeadNotCaptured() {
    var claims = claims("Siege ends", "At least 19 hostages and 29 gunmen are thought to have died "
        + "in the final assault.");
    assertEquals(Qualifier.AT_LEAST, find(claims, Category.KILLED, 19).qualifier());
    find(claims, Category.KILLED, 29);
    assertNone(claims, Category.CAPTURED, 19);
    var held = claims("Siege goes on", "The gunmen freed 19 hostages and 29 guards were killed.");
    assertNone(held, Category.KILLED, 19);
  }

  @Test
  void oneOfASetIsNoFigure() {
    assertNone(claims("Raid", "The raid was one of the largest abductions in the region since "
        + "2014, officials said."), Category.CAPTURED, 1);
    assertNone(claims("Raid", "The minister arrived along with two aides."), Category.KILLED, 2);
    assertNone(claims("Raid", "Air defences neutralised 12 drones overnight."), Category.KILLED, 12);
  }

  @Test
  void figuresWithTheirVerbLeftOutTakeItFromTheFirst() {
    var claims = claims("Quake", "The agency said at least 30 were killed in the town of Varna, "
        + "12 in Osk, near the pass, and 9 in the province of Tilde.");
    find(claims, Category.KILLED, 30);
    find(claims, Category.KILLED, 12);
    find(claims, Category.KILLED, 9);
  }

  @Test
  void aDayBetweenTheKillingsAndTheirFigure() {
    find(claims("Protests", "We are alarmed by the killings yesterday of at least 14 protesters, "
        + "the spokeswoman said."), Category.KILLED, 14);
  }

  @Test
  void aPopulationAfterATollWordIsNoToll() {
    var claims = claims("Landslide", "The governor gave no death toll but said 31 people were "
        + "missing after the slide buried half of the village of 600 people.");
    find(claims, Category.MISSING, 31);
    assertNone(claims, Category.KILLED, 600);
    find(claims("Storm", "The death toll of at least 43 is expected to rise."), Category.KILLED, 43);
  }

  @Test
  void aWordAfterAnArticleDescribesAnotherNoun() {
    assertNone(claims("Strike", "Two men carried a dead body out of the rubble."),
        Category.KILLED, 2);
    assertNone(claims("Strike", "Three nurses carried a wounded boy to the clinic."),
        Category.INJURED, 3);
    find(claims("Strike", "Two men were found dead in the rubble."), Category.KILLED, 2);
  }
}
