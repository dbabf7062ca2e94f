package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.killed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A river, lake or range named beside the division that holds the event (GUIDELINES.md: the most
 * specific place is the administrative one the text names), in sentences written for the project.
 */
class FeatureBesidePlaceTest {
  @Test
  void aRiverInAProvinceIsTheProvince() {
    EventAnchor e = killed("KINSHASA - A crowded barge overturned on the Lomami River in Tshopo "
        + "province on Tuesday, and 41 people drowned, a local official said.", 41);
    assertEquals("Tshopo province", e.place());
    assertEquals("CD", e.country());
  }

  @Test
  void aRiverInACountrysDistrictIsTheDistrict() {
    // the country owning the district stands between the river and the district
    EventAnchor e = killed("DHAKA - Twelve fishermen drowned when their boat sank in the Padma "
        + "river in Bangladesh's Rajbari district, police said.", 12);
    assertEquals("Rajbari district", e.place());
    assertEquals("BD", e.country());
  }

  @Test
  void aLakeOffATownIsTheTown() {
    EventAnchor e = killed("A fishing boat overturned on Lake Kivu off Goma in high wind on "
        + "Friday, and 9 people drowned, the navy said.", 9);
    assertEquals("Goma", e.place());
    assertEquals("CD", e.country());
  }

  @Test
  void aRiverInACountryStaysTheFinerPlace() {
    EventAnchor e = killed("DHAKA - A ferry sank on the Padma river in Bangladesh on Monday, "
        + "killing 12 people, police said.", 12);
    assertEquals("Padma river", e.place());
  }

  @Test
  void aStateOnARiverAlongARouteLeavesTheRiver() {
    // "Benue state on the River Benue" places the destination on its bank, not the sinking
    EventAnchor e = killed("YOLA - A ferry carrying traders from Wukari in Taraba state to Ibi "
        + "in Benue state on the River Benue sank on Monday and 14 people drowned, police said.",
        14);
    assertEquals("River Benue", e.place());
  }
}
