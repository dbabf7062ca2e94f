package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Places a story names that are not where its figures' events happened (GUIDELINES.md: the
 * place of the event, not of the speaker), in sentences written for the project.
 */
class EventPlaceTrapsTest {
  @Test
  void aCapitalDatelineDoesNotRefineTheRegionTheBodyNames() {
    String body = "ABUJA (Reuters) - Gunmen raided a farming village in Nigeria's northwestern "
        + "Sokoto state on Tuesday and set dozens of homes on fire, residents said.\n\n"
        + "A police spokesman said 14 people were killed and 9 were wounded.";
    EventAnchor e = find(claims(body), Category.KILLED, 14).event();
    assertEquals("northwestern Sokoto state", e.place());
    assertEquals("NG", e.country());
  }

  @Test
  void aDatelineInAnotherCountryIsNoPlaceOfTheEvent() {
    // filed from New Delhi; the story names only Myanmar (its military as a nationality)
    String body = "NEW DELHI (Reuters) - Myanmar's military bombed a crowded school on Friday, "
        + "killing 30 people, residents said.\n\nThe school lies in the Sagaing region, where "
        + "resistance fighters have held out for three years.";
    EventAnchor e = find(claims(body), Category.KILLED, 30).event();
    assertEquals("Sagaing region", e.place());
    assertEquals("MM", e.country());
  }

  @Test
  void aDatelineInTheStorysOwnCountryStillPlacesIt() {
    String body = "KABUL (AP) - A bomb went off in a crowded mosque during Friday prayers, "
        + "killing 12 worshippers, Afghan police said.";
    EventAnchor e = find(claims(body), Category.KILLED, 12).event();
    assertEquals("Kabul", e.place());
    assertEquals("AF", e.country());
  }

  @Test
  void theCityOfANewsConferenceIsTheSpeakers() {
    String body = "Gunmen raided a village in Cabo Delgado province overnight, residents said.\n\n"
        + "The provincial police commander told a news conference in Pemba that the death toll "
        + "was 6.";
    EventAnchor e = find(claims(body), Category.KILLED, 6).event();
    assertEquals("Cabo Delgado province", e.place());
  }

  @Test
  void whereAnOfficialWasSpeakingIsNotWhereTheEventWas() {
    String body = "A car bomb went off outside a courthouse in Omagh on Saturday.\n\n"
        + "Speaking in London, the minister told MPs that 5 people were killed.";
    assertEquals("Omagh", find(claims(body), Category.KILLED, 5).event().place());
    String briefing = "Gang members raided a farming town in the Artibonite valley on Thursday."
        + "\n\nAnother 28 people were wounded, a spokesperson told a briefing in Geneva.";
    EventAnchor e = find(claims(briefing), Category.INJURED, 28).event();
    assertEquals("Artibonite valley", e.place());
    assertEquals("HT", e.country());
  }

  @Test
  void aDatelineOfANameSeveralCountriesShareIsStillAbroad() {
    // London is also a town of Canada and of the United States; the story names only Togo
    String body = "LONDON (Reuters) - Pirates who had sailed from Lome, Togo, boarded a tanker on "
        + "Sunday and kidnapped 12 crew members, the ship's manager said.";
    assertNotEquals("GB", find(claims(body), Category.CAPTURED, 12).event().country());
  }

  @Test
  void whereAnOutletWasToldIsTheSpeakers() {
    String body = "A car bomb went off outside a courthouse in Omagh on Saturday.\n\n"
        + "Five people were killed and 2 were missing, the minister told the BBC in London.";
    assertEquals("Omagh", find(claims(body), Category.MISSING, 2).event().place());
  }

  @Test
  void aRegionTheBodyGivesOutweighsACapitalDateline() {
    // the figure's sentence names no place; the next puts the attack in a state of the country
    String body = "ABUJA, Nigeria (AP) - Gunmen stormed a church during a Sunday service and "
        + "abducted 6 worshippers, police said.\n\nThe attack took place in a village in "
        + "northern Kaduna state, the police said.";
    EventAnchor e = find(claims(body), Category.CAPTURED, 6).event();
    assertEquals("northern Kaduna state", e.place());
    assertEquals("NG", e.country());
  }

  @Test
  void theTownOfAClinicIsTheSpeakersEvenWithItsOwnPhrase() {
    String body = "Insurgents raided a village in Mozambique's northern Niassa province overnight, "
        + "residents said. A charity that runs a clinic in the nearby town of Lichinga said its "
        + "staff had treated 8 people for machete wounds.";
    assertEquals("northern Niassa province",
        find(claims(body), Category.INJURED, 8).event().place());
  }

  @Test
  void aCapitalDatelineDoesNotRefineTheCountryTheBodyNames() {
    String body = "WARSAW (Reuters) - A methane blast at a coal mine in southern Poland killed 6 "
        + "miners on Wednesday, the operator said.\n\n"
        + "Twenty-one miners were injured, a company spokesman said.";
    assertEquals("southern Poland", find(claims(body), Category.INJURED, 21).event().place());
  }

  @Test
  void aDepartmentAfterAPlaceIsADivisionWhereSomethingHappens() {
    // "department" is also an office that speaks ("the health department said")
    EventAnchor e = find(claims("LA PAZ (Reuters) - At least 8 people have been killed in "
        + "clashes between police and protesters blocking highways in Bolivia's Cochabamba "
        + "department, officials said."), Category.KILLED, 8).event();
    assertEquals("Cochabamba", e.place());
    assertEquals("BO", e.country());
  }

  @Test
  void whereHelpersWereBroughtInFromIsNotTheEventsPlace() {
    String body = "A landslide buried part of the town of Salgar in Colombia on Tuesday, police "
        + "said. Between 20 and 30 people were missing, the mayor said, adding that rescue dogs "
        + "had been brought in from Medellin.";
    assertEquals("Salgar", find(claims(body), Category.MISSING, 20).event().place());
  }
}
