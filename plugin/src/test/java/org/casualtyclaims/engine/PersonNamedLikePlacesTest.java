package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * People whose names are also places of the gazetteer (Lincoln, Banda, Paris), and names of
 * other things that open with one ("Canal Norte"): none places a figure. Sentences written for
 * the project.
 */
class PersonNamedLikePlacesTest {
  private static final String BLAST = "A car bomb went off outside a courthouse on Saturday.\n\n";

  @Test
  void aSurnameAfterAGivenNameIsAPerson() {
    assertNull(killed(BLAST + "Tom Lincoln, the foreign secretary, said 5 people were killed.", 5)
        .place());
    assertNull(killed(BLAST + "The foreign secretary, Tom Lincoln, said 5 people were killed.", 5)
        .place());
  }

  @Test
  void aSurnameAfterATitleIsAPerson() {
    assertNull(killed(BLAST + "Mr Lincoln later told reporters that 5 people were killed.", 5)
        .place());
    assertNull(killed(BLAST + "Dr. Lincoln later told reporters that 5 people were killed.", 5)
        .place());
  }

  @Test
  void whomAFigureIsAttributedToIsAPerson() {
    assertNull(killed(BLAST + "According to Lincoln, 5 people were killed.", 5).place());
  }

  @Test
  void aLaterFigureDoesNotInheritAWitnessNamedLikeATown() {
    String body = "A wooden boat capsized in strong winds on Lake Malawi on Saturday.\n\n"
        + "\"The boat was far too full,\" said Chikondi Banda, 34, who helped in the rescue.\n\n"
        + "A police spokesman said police had confirmed the deaths of 8 people.";
    assertEquals("Lake Malawi", killed(body, 8).place());
  }

  @Test
  void aBroadcasterNamedAfterAPlaceIsNoPlace() {
    String body = BLAST + "Broadcaster Canal Norte reported that 5 people were killed.";
    assertNull(killed(body, 5).place());
  }

  @Test
  void aPlaceAfterAPrepositionIsStillAPlace() {
    // "in Lincoln": no given name or title before the gazetteer's name
    EventAnchor e = killed("A gas explosion tore through a block of flats in Lincoln on Sunday, "
        + "killing 4 people, police said.", 4);
    assertEquals("Lincoln", e.place());
  }

  @Test
  void whatAPersonSaidIsNoPlaceOfTheirs() {
    // Lammy is no entry of the gazetteer: "in Lammy's words" looked like "in Nyaung Kone"
    String body = "A car bomb went off outside a courthouse in Omagh on Saturday.\n\n"
        + "In Lammy's words, 5 people were killed in a cowardly attack.";
    assertEquals("Omagh", killed(body, 5).place());
  }
}
