package org.casualtyclaims.engine.place.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.text.FoldedTable;

/**
 * Countries, first-level regions and towns by every name they are filed under, plus the
 * demonyms of each country ("North Korean" names people, never a place). Loaded once from the
 * configset's {@code gazetteer/} folder and {@code places-custom.tsv}; immutable and shared by all
 * threads.
 */
public final class Gazetteer {
  /** The custom places file, beside the other lexicons; its names win over generated ones. */
  public static final String CUSTOM_FILE = "places-custom.tsv";

  private final Map<String, List<Place>> byKey;
  /** The same places and the demonyms' countries, looked up by a stretch of a sentence. */
  private final FoldedTable<List<Place>> names;
  private final FoldedTable<String> demonymNames;
  private final Map<String, Place> countries;
  private final Map<String, String> demonyms;
  /**
   * For each word a name starts with, the most words such a name has; likewise demonyms. A
   * sentence's words find them through {@link WordFacts}.
   */
  private final Map<String, Integer> nameStarts;
  private final Map<String, Integer> demonymStarts;
  /** The countries with first-level regions of their own (not Palestine's two territories). */
  private final Set<String> divided;

  private Gazetteer(Map<String, List<Place>> byKey, Map<String, Place> countries,
      Map<String, String> demonyms, Set<String> divided) {
    this.byKey = byKey;
    this.divided = Set.copyOf(divided);
    this.countries = countries;
    this.demonyms = demonyms;
    this.names = FoldedTable.ofNames(byKey, name -> byKey.get(PlaceKeys.key(name)));
    this.demonymNames = FoldedTable.ofNames(demonyms, name -> demonyms.get(PlaceKeys.key(name)));
    this.nameStarts = starts(byKey.keySet());
    this.demonymStarts = starts(demonyms.keySet());
  }

  private static Map<String, Integer> starts(Set<String> keys) {
    Map<String, Integer> starts = new HashMap<>();
    for (String key : keys) {
      int space = key.indexOf(' ');
      String first = space < 0 ? key : key.substring(0, space);
      starts.merge(first, words(key), Math::max);
      if (space > 0 && first.endsWith("'s")) {
        // a sentence's word ends before its "'s": "Cox's Bazar" opens with the word "Cox"
        starts.merge(first.substring(0, first.length() - 2), words(key), Math::max);
      }
    }
    return Map.copyOf(starts);
  }

  /**
   * Reads {@code directory/gazetteer/} (countries.tsv, regions.tsv and the town files that
   * files.txt lists) and {@code directory/places-custom.tsv}, which may be absent.
   *
   * @param typeWords administrative divisions ("oblast", "province"): a region is also filed
   *     under its name without them
   */
  public static Gazetteer load(ResourceOpener opener, String directory, Set<String> typeWords) {
    Loader loader = new Loader(typeWords);
    String folder = directory + "/gazetteer/";
    loader.countries(LexiconFile.read(opener, folder + "countries.tsv", 6, 6));
    List<LexiconFile.Row> custom = readOptional(opener, directory + "/" + CUSTOM_FILE);
    loader.custom(custom);
    loader.regions(LexiconFile.read(opener, folder + "regions.tsv", 5, 6));
    for (LexiconFile.Row row : LexiconFile.read(opener, folder + "files.txt", 1, 1)) {
      String file = row.column(0);
      if (file.contains("/") || !file.endsWith(".tsv")) {
        throw row.error("'" + file + "' is not a .tsv file of this folder");
      }
      loader.towns(LexiconFile.read(opener, folder + file, 7, 7), false);
    }
    return new Gazetteer(loader.byKey, loader.countries, loader.demonyms(), loader.divided);
  }

  private static List<LexiconFile.Row> readOptional(ResourceOpener opener, String name) {
    try {
      opener.open(name).close();
    } catch (java.io.IOException e) {
      return List.of(); // no custom places
    }
    return LexiconFile.read(opener, name, 7, 7);
  }

  /** The places filed under {@code key} (see {@link PlaceKeys}); empty when none. */
  public List<Place> lookup(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The places filed under the key of {@code text[start, end)}; empty when none. */
  public List<Place> lookup(String text, int start, int end) {
    List<Place> places = names.get(text, start, end);
    return places == null ? List.of() : places;
  }

  /** The ISO code of the country {@code text[start, end)} names ("Vietnam" is VN), or null. */
  public String countryNamed(String text, int start, int end) {
    for (Place p : lookup(text, start, end)) {
      if (p.kind() == Place.Kind.COUNTRY) {
        return p.country();
      }
    }
    return null;
  }

  /** The country whose people {@code text[start, end)} names ("North Korean" is KP), or null. */
  public String demonymCountry(String text, int start, int end) {
    return demonymNames.get(text, start, end);
  }

  /**
   * Whether the country of ISO code {@code code} has first-level regions in the gazetteer: an
   * island of it (Luzon) is no name of the whole country, as the Gaza Strip may be Palestine's.
   */
  public boolean divided(String code) {
    return divided.contains(code);
  }

  /** The country of ISO code {@code code}, or null. */
  public Place country(String code) {
    return code == null ? null : countries.get(code);
  }

  /** The first word of each name's key, with the most words a name opening with it has. */
  Map<String, Integer> nameStarts() {
    return nameStarts;
  }

  /** Likewise for demonyms. */
  Map<String, Integer> demonymStarts() {
    return demonymStarts;
  }

  /** The countries of the demonyms, by {@link PlaceKeys} form. */
  Map<String, String> demonyms() {
    return demonyms;
  }

  /** How many names (keys) the gazetteer files places under, for logging. */
  public int size() {
    return byKey.size();
  }

  private static int words(String key) {
    int n = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /** Fills the maps while the files are read; custom names shadow the generated ones. */
  private static final class Loader {
    final Map<String, List<Place>> byKey = new HashMap<>();
    final Map<String, Place> countries = new HashMap<>();
    /** Each demonym's countries, in the order of the file: "Dutch" is Bonaire's and Holland's. */
    final Map<String, List<String>> demonymCountries = new HashMap<>();
    /** The people of each country's towns, which settle a demonym several countries share. */
    final Map<String, Long> townPeople = new HashMap<>();
    final Set<String> customKeys = new HashSet<>();
    final Set<String> divided = new HashSet<>();
    final Set<String> typeWords;

    Loader(Set<String> typeWords) {
      this.typeWords = typeWords;
    }

    void countries(List<LexiconFile.Row> rows) {
      for (LexiconFile.Row row : rows) {
        String code = row.column(0);
        if (!code.matches("[A-Z]{2}")) {
          throw row.error("'" + code + "' is not an ISO 3166-1 alpha-2 code");
        }
        Place p = new Place(row.column(1), Place.Kind.COUNTRY, code, null,
            latitude(row, 2), longitude(row, 3), 0);
        if (countries.put(code, p) != null) {
          throw row.error("country " + code + " is listed twice");
        }
        file(row.column(1), p);
        for (String alias : list(row, 4)) {
          file(alias, p);
        }
        for (String demonym : list(row, 5)) {
          demonymCountries.computeIfAbsent(PlaceKeys.key(demonym), k -> new ArrayList<>(1))
              .add(code);
        }
      }
    }

    /**
     * Each demonym's country: of several, the one whose towns hold the most people ("Dutch" is
     * the Netherlands', not the Caribbean Netherlands'), the first listed on a tie.
     */
    Map<String, String> demonyms() {
      Map<String, String> out = new HashMap<>();
      for (Map.Entry<String, List<String>> e : demonymCountries.entrySet()) {
        String best = null;
        for (String code : e.getValue()) {
          if (best == null
              || townPeople.getOrDefault(code, 0L) > townPeople.getOrDefault(best, 0L)) {
            best = code;
          }
        }
        out.put(e.getKey(), best);
      }
      return out;
    }

    void custom(List<LexiconFile.Row> rows) {
      towns(rows, true);
    }

    void regions(List<LexiconFile.Row> rows) {
      for (LexiconFile.Row row : rows) {
        String country = country(row, 2);
        divided.add(country);
        String name = row.column(1);
        Place p = new Place(name, Place.Kind.REGION, country, name, latitude(row, 3),
            longitude(row, 4), 0);
        file(name, p);
        String bare = withoutTypeWords(name);
        if (!bare.isEmpty()) {
          file(bare, p);
        }
        for (String alias : list(row, 5)) {
          file(alias, p);
        }
      }
    }

    void towns(List<LexiconFile.Row> rows, boolean custom) {
      for (LexiconFile.Row row : rows) {
        String country = row.column(1).equals("-") ? null : country(row, 1);
        String region = row.column(2).equals("-") ? null : row.column(2);
        long population;
        try {
          population = Long.parseLong(row.column(5));
        } catch (NumberFormatException e) {
          throw row.error("population '" + row.column(5) + "' is not a whole number");
        }
        if (population < 0) {
          throw row.error("population must not be negative");
        }
        Place p = new Place(row.column(0), Place.Kind.TOWN, country, region, latitude(row, 3),
            longitude(row, 4), population);
        if (country != null) {
          townPeople.merge(country, population, Long::sum);
        }
        List<String> names = new ArrayList<>(list(row, 6));
        names.add(0, row.column(0));
        for (String name : names) {
          String key = PlaceKeys.key(name);
          if (custom) {
            if (customKeys.add(key)) {
              byKey.remove(key); // a custom name replaces every generated place of that name
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
          } else {
            file(name, p);
          }
        }
        if (!custom && region != null) {
          fileUnderItsRegion(p);
        }
      }
    }

    /**
     * A town named as its region is, but transliterated another way, is also filed under the
     * region's name: the town "Kochani" of "Kočani Municipality" is what the news calls Kocani,
     * and read as the municipality it looked coarser than any later town of the story.
     */
    private void fileUnderItsRegion(Place town) {
      String bare = withoutTypeWords(town.region());
      String key = PlaceKeys.key(town.name());
      if (!bare.isEmpty() && !bare.equals(key) && plainSpelling(bare).equals(plainSpelling(key))) {
        fileKey(bare, town);
      }
    }

    /** "ch", "sh", "zh" as the plain "c", "s", "z" a writer leaves of "č", "š", "ž". */
    private static String plainSpelling(String key) {
      return key.replace("ch", "c").replace("sh", "s").replace("zh", "z");
    }

    private void file(String name, Place p) {
      String key = PlaceKeys.key(name);
      fileKey(key, p);
      String plain = withoutInnerApostrophes(key);
      if (plain != null) {
        fileKey(plain, p); // "Kramators'k" (a soft sign transliterated) is also "Kramatorsk"
      }
    }

    private void fileKey(String key, Place p) {
      if (key.isEmpty() || customKeys.contains(key)) {
        return;
      }
      List<Place> places = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (!places.contains(p)) {
        places.add(p);
      }
    }

    /** The key without apostrophes between two letters ("sana'a" is "sanaa"), or null. */
    private static String withoutInnerApostrophes(String key) {
      StringBuilder sb = null;
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        boolean inner = c == '\'' && i > 0 && i + 1 < key.length()
            && Character.isLetter(key.charAt(i - 1)) && Character.isLetter(key.charAt(i + 1));
        if (inner && sb == null) {
          sb = new StringBuilder(key.substring(0, i));
        } else if (!inner && sb != null) {
          sb.append(c);
        }
      }
      return sb == null ? null : sb.toString();
    }

    /** "Kursk Oblast" is also "Kursk"; "Donetsk People's Republic" stays whole. */
    private String withoutTypeWords(String name) {
      String[] words = PlaceKeys.key(name).split(" ");
      int end = words.length;
      while (end > 0 && typeWords.contains(words[end - 1])) {
        end--;
      }
      return end == words.length ? "" : String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    private String country(LexiconFile.Row row, int column) {
      String code = row.column(column);
      if (!countries.containsKey(code)) {
        throw row.error("'" + code + "' is not a country code of countries.tsv");
      }
      return code;
    }

    private static List<String> list(LexiconFile.Row row, int column) {
      if (row.columns().length <= column || row.column(column).equals("-")) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : row.column(column).split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }

    private static double latitude(LexiconFile.Row row, int column) {
      return degrees(row, column, 90, "latitude");
    }

    private static double longitude(LexiconFile.Row row, int column) {
      return degrees(row, column, 180, "longitude");
    }

    private static double degrees(LexiconFile.Row row, int column, double limit, String what) {
      double v;
      try {
        v = Double.parseDouble(row.column(column));
      } catch (NumberFormatException e) {
        throw row.error(what + " '" + row.column(column) + "' is not a number");
      }
      if (!(v >= -limit && v <= limit)) {
        throw row.error(what + " " + row.column(column) + " is outside -" + (int) limit + ".."
            + (int) limit);
      }
      return v;
    }
  }
}
