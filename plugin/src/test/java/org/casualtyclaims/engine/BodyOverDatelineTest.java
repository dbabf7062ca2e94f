package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The specific place the body gives an event outweighs the city of the dateline and the wide
 * region around it (GUIDELINES.md: a place named only in the dateline or the title counts only
 * when the body names none), in sentences written for the project.
 */
class BodyOverDatelineTest {
  @Test
  void theVillageARaidIsOnIsThePlaceNotTheDatelinesCapitalNorItsRegion() {
    // "on" opens dates and topics, but after a raid it names the village raided
    EventAnchor e = find(claims("Gunmen raid Niger village",
        "NIAMEY (Reuters) - Gunmen on motorbikes killed at least 14 farmers in a dawn raid on "
            + "Tamberi in Niger's Tillaberi region, a local official said on Tuesday."),
        Category.KILLED, 14).event();
    assertEquals("Tamberi", e.place());
    assertEquals("NE", e.country());
  }

  @Test
  void theTownAnAttackIsOnIsThePlace() {
    EventAnchor e = find(claims("LAGOS - Insurgents killed nine soldiers in an attack on "
        + "Dalwakori in northeastern Borno state late on Friday, two army officers said."),
        Category.KILLED, 9).event();
    assertEquals("Dalwakori", e.place());
    assertEquals("NG", e.country());
  }

  @Test
  void aPeopleAnAttackIsOnIsNoPlace() {
    // a plural after the attack's "on" names whom it struck, not where
    EventAnchor e = find(claims("Gunmen killed 11 worshippers in an attack on Anglicans in "
        + "Plateau state on Sunday, police said."), Category.KILLED, 11).event();
    assertEquals("Plateau state", e.place());
  }

  @Test
  void aDateAfterAnAttacksOnIsNoPlace() {
    EventAnchor e = find(claims("Gunmen killed 12 people in an attack on Monday in Kaduna "
        + "state, police said."), Category.KILLED, 12).event();
    assertEquals("Kaduna state", e.place());
  }

  @Test
  void theResortAnAvalancheStruckIsThePlaceNotTheDatelinesCity() {
    // "resort" is a kind of place left out of the name, as "area" is
    EventAnchor e = find(claims("Avalanche kills three skiers in Alps",
        "GENEVA (Reuters) - An avalanche buried a group of skiers above the Swiss ski resort of "
            + "Valbrenne on Saturday, killing three of them, cantonal police said."),
        Category.KILLED, 3).event();
    assertEquals("Valbrenne", e.place());
    assertEquals("CH", e.country());
  }

  @Test
  void theDatelinesCityNamedLaterWhereTheWoundedAreTreatedRefinesNoCountry() {
    // the lede counts across the country; the capital comes back only as where doctors speak
    EventAnchor e = find(claims("Clashes spread in Bangladesh",
        "DHAKA (Reuters) - At least 27 people were killed in clashes between students and police "
            + "across Bangladesh on Friday, local media reported.\n\nA police inspector in Dhaka, "
            + "Rafiqul Alam, said 60 officers had been hurt."),
        Category.KILLED, 27).event();
    assertEquals("Bangladesh", e.place());
  }

  @Test
  void theDatelinesCityNamedLaterRefinesNoTownTheLedeNamed() {
    EventAnchor e = find(claims("BITOLA (Reuters) - A fire swept through a wedding hall in the "
            + "town of Kocani late on Saturday, killing 14 guests, police said.\n\nThe health "
            + "minister said six of the injured were being treated in Bitola."),
        Category.KILLED, 14).event();
    assertEquals("Kocani", e.place());
  }

  @Test
  void theDatelinesCityNamedBeforeTheFigureStillRefinesIt() {
    // the body put the shelling at the city before the figure's sentence named only the country
    EventAnchor e = find(claims("GOMA, Congo - Shells landed on a crowded market in Goma on "
            + "Tuesday, witnesses said.\n\nThe UN mission in Congo condemned the shelling and "
            + "put the number of wounded at 21, most of them traders."),
        Category.INJURED, 21).event();
    assertEquals("Goma", e.place());
  }

  @Test
  void aHarbourItsCountrysDemonymDescribesIsThePlaceInThatCountry() {
    // the attacker's "U.S." is no country of the port: "Yemeni" is
    EventAnchor e = find(claims("US strikes hit Yemen fuel terminal",
        "SANAA (AP) - U.S. warplanes struck the Yemeni oil port of Salif Bara overnight, killing "
            + "at least 16 dock workers, the Houthi-run health ministry said on Saturday."),
        Category.KILLED, 16).event();
    assertEquals("Salif Bara", e.place());
    assertEquals("YE", e.country());
  }

  @Test
  void aCityABearingIsTakenFromIsOnlyAPointOfReference() {
    // "north of Davao" says where Panabo lies, not where the boat sank
    EventAnchor e = find(claims("MANILA (Reuters) - A crowded ferry sank on a river in Panabo "
            + "town north of Davao on Friday, killing at least 12 passengers, the coast guard said."),
        Category.KILLED, 12).event();
    assertEquals("Panabo town", e.place());
  }

  @Test
  void aBearingWithNoNameBeforeItPlacesTheEventByTheCity() {
    EventAnchor e = find(claims("Shelling east of Kharkiv killed nine soldiers on Monday, the "
        + "regional governor said."), Category.KILLED, 9).event();
    assertEquals("Kharkiv", e.place());
  }
}
