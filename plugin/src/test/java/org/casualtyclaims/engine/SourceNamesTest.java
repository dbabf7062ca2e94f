package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One source named several ways in a document comes out under one name. */
class SourceNamesTest {

  @Test
  void theSameWordsInAnotherOrderAreOneBody() {
    List<Claim> claims = claims("The Ministry of Transport said 14 passengers were killed. Later the "
        + "Transport Ministry said 15 people were hurt.");
    assertEquals("Ministry of Transport", find(claims, Category.KILLED, 14).source());
    assertEquals("Ministry of Transport", find(claims, Category.INJURED, 15).source(),
        "the name met first wins");
  }

  @Test
  void aDescriptionTakesTheFullerNameThatHoldsIt() {
    List<Claim> claims = claims("The death toll from the flood rose to 61, the national rescue "
        + "service said. About 20 people are still missing, the service said.");
    assertEquals("national rescue service", find(claims, Category.KILLED, 61).source());
    assertEquals("national rescue service", find(claims, Category.MISSING, 20).source());
  }

  @Test
  void aBareBodyTakesItsOwnerFromTheStory() {
    List<Claim> claims = claims("Varenland's defence ministry said 40 soldiers were killed in the "
        + "fighting. The interior ministry said 12 police officers were wounded.");
    assertEquals("Varenland's defence ministry", find(claims, Category.KILLED, 40).source());
    assertEquals("Varenland's interior ministry", find(claims, Category.INJURED, 12).source());
  }

  @Test
  void twoOwnersLeaveABareBodyAsItIs() {
    List<Claim> claims = claims("Varenland's defence ministry said 40 soldiers were killed. Ostria's "
        + "foreign ministry said six of its citizens were wounded. The interior ministry said 12 "
        + "police officers were missing.");
    assertEquals("interior ministry", find(claims, Category.MISSING, 12).source());
  }

  @Test
  void aRoleIsThePersonNamedInIt() {
    List<Claim> claims = claims("An attack on an army post killed at least 24 soldiers, a defence "
        + "spokesman said on Thursday. Colonel Petr Hana, the deputy spokesman for the Ministry of "
        + "Defence, said the attack began at night. Along with the 24 killed, one soldier was "
        + "wounded, Hana said.");
    Claim killed = find(claims, Category.KILLED, 24);
    assertEquals("Petr Hana", killed.source());
    assertEquals(Qualifier.AT_LEAST, killed.qualifier(), "one claim, with the speaker's qualifier");
    assertEquals("Petr Hana", find(claims, Category.INJURED, 1).source());
  }

  @Test
  void aRoleOfAnotherBodyIsNotThatPerson() {
    List<Claim> claims = claims("Twelve people were killed, a police spokesman said. Rebel "
        + "spokesman Tomas Vil said 30 soldiers were killed.");
    assertEquals("police spokesman", find(claims, Category.KILLED, 12).source());
  }

  @Test
  void anUnnamedWitnessIsTheWitnessNamedLater() {
    List<Claim> claims = claims("Ten bodies have been recovered after the ferry capsized, a survivor "
        + "said. Survivor Musa Idris said he swam for an hour to reach the bank.");
    Claim c = find(claims, Category.KILLED, 10);
    assertEquals("Musa Idris", c.source());
    assertEquals(SourceType.WITNESS, c.sourceType());
  }

  @Test
  void anAcronymDefinedInTheTextIsTheLongName() {
    List<Claim> claims = claims("Fighters of the Dawn Ridge Front (DRF) attacked the town. The DRF "
        + "said it had killed 30 soldiers.");
    assertEquals("Dawn Ridge Front", find(claims, Category.KILLED, 30).source());
  }

  @Test
  void aCapitalisedRoleIsThePersonNamedInItToo() {
    List<Claim> claims = claims("The regime and a monitor gave conflicting figures, with a Border "
        + "Guards general claiming the toll was over 300. Brigadier General Ivo Stan, head of the "
        + "Border Guards' air wing, said more than 300 people had been killed.");
    Claim c = find(claims, Category.KILLED, 300);
    assertEquals("Ivo Stan", c.source());
  }
}
