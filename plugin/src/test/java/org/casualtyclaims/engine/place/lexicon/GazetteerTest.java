package org.casualtyclaims.engine.place.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.Fixtures;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.place.PlaceStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the gazetteer: custom places win, bad lines fail naming file and line. */
class GazetteerTest {
  @TempDir Path conf;

  private void write(String name, String... lines) throws IOException {
    Fixtures.writeLexicon(conf, name, lines);
  }

  private void generated() throws IOException {
    write("place-words.tsv", "# roles", "oblast\tadmin", "in\tlocative");
    write("gazetteer/countries.tsv", "# code name lat lon aliases demonyms",
        "RU\tRussia\t60.0\t100.0\tRussian Federation\tRussian",
        "GB\tUnited Kingdom\t54.0\t-2.0\tUK|Britain\tBritish",
        "US\tUnited States\t38.0\t-97.0\tUS|U.S.\tAmerican");
    write("gazetteer/regions.tsv", "RU-KRS\tKursk Oblast\tRU\t51.7\t35.4\t-");
    write("gazetteer/files.txt", "places-1.tsv");
    write("gazetteer/places-1.tsv",
        "Kursk\tRU\tKursk Oblast\t51.74\t36.19\t409431\t-",
        "Springfield\tUS\t-\t39.80\t-89.64\t114000\t-");
  }

  private Gazetteer load() {
    return PlaceStage.load(ResourceOpener.folder(conf), "claims", Set.of(), Set.of()).gazetteer();
  }

  @Test
  void loadsWithoutACustomFile() throws IOException {
    generated();
    Gazetteer g = load();
    assertEquals(2, g.lookup("kursk").size(), "the town and the oblast filed without 'Oblast'");
    assertEquals("RU", g.demonymCountry("Russian", 0, 7));
    assertEquals("United Kingdom", g.lookup("britain").get(0).name());
    assertEquals("Russia", g.country("RU").name());
  }

  @Test
  void aDemonymOfSeveralCountriesIsTheOneWhoseTownsHoldMostPeople() throws IOException {
    write("place-words.tsv", "# roles", "in\tlocative");
    // listed first, the Caribbean Netherlands share "Dutch" with the Netherlands
    write("gazetteer/countries.tsv", "# code name lat lon aliases demonyms",
        "BQ\tCaribbean Netherlands\t12.2\t-68.3\t-\tDutch",
        "NL\tNetherlands\t52.5\t5.8\tHolland\tDutch");
    write("gazetteer/regions.tsv", "# none");
    write("gazetteer/files.txt", "places-1.tsv");
    write("gazetteer/places-1.tsv",
        "Kralendijk\tBQ\t-\t12.15\t-68.27\t3081\t-",
        "Utrecht\tNL\t-\t52.09\t5.12\t290529\t-");
    assertEquals("NL", load().demonymCountry("Dutch", 0, 5));
  }

  @Test
  void aCustomPlaceReplacesGeneratedPlacesOfThatName() throws IOException {
    generated();
    write("places-custom.tsv", "# mine",
        "Springfield\tGB\tKent\t51.20\t0.90\t800\tSpringfield Green");
    Gazetteer g = load();
    List<Place> places = g.lookup("springfield");
    assertEquals(1, places.size());
    assertEquals("GB", places.get(0).country());
    assertEquals("Kent", places.get(0).region());
    assertEquals(places, g.lookup("springfield green"), "its alias too");
  }

  @Test
  void aBadLineFailsNamingFileAndLine() throws IOException {
    generated();
    write("gazetteer/places-1.tsv",
        "# towns",
        "Kursk\tRU\tKursk Oblast\t51.74\t36.19\t409431\t-",
        "Nowhere\tRU\t-\tninety\t36.19\t10\t-");
    LexiconException e = assertThrows(LexiconException.class, this::load);
    assertTrue(e.getMessage().contains("claims/gazetteer/places-1.tsv line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("latitude"), e.getMessage());
  }

  @Test
  void aCustomPlaceInAnUnknownCountryFailsNamingFileAndLine() throws IOException {
    generated();
    write("places-custom.tsv", "Atlantis\tXX\t-\t10.0\t10.0\t0\t-");
    LexiconException e = assertThrows(LexiconException.class, this::load);
    assertTrue(e.getMessage().contains("claims/places-custom.tsv line 1"), e.getMessage());
    assertTrue(e.getMessage().contains("'XX'"), e.getMessage());
  }

  @Test
  void aLineWithTooFewColumnsFails() throws IOException {
    generated();
    write("gazetteer/regions.tsv", "RU-KRS\tKursk Oblast\tRU");
    LexiconException e = assertThrows(LexiconException.class, this::load);
    assertTrue(e.getMessage().contains("claims/gazetteer/regions.tsv line 1"), e.getMessage());
  }

  @Test
  void theConfigsetGazetteerLoadsWithEveryCountryAndThousandsOfTowns() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("solr-config/conf"))) {
      dir = dir.getParent();
    }
    Gazetteer g = PlaceStage.load(ResourceOpener.folder(dir.resolve("solr-config/conf")),
        "claims", Set.of(), Set.of()).gazetteer();
    assertTrue(g.country("UA") != null && g.country("PS") != null);
    assertTrue(g.size() > 40_000, "names: " + g.size());
    assertEquals("UA", g.lookup("kiev").get(0).country());
  }
}
