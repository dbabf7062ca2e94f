package org.casualtyclaims.cli;

import java.util.Map;
import java.util.Random;

/**
 * Background paragraphs of conflict reporting, written from templates of our own: talks, aid,
 * displacement, front lines, sanctions, reactions. They name places, officials and figures
 * (convoys, displaced families, money, distances), and some use the war's vocabulary, but they
 * give no casualty figure. Real conflict stories carry a good deal of such text around the
 * paragraphs that report tolls; {@link ConflictArticles} mixes the two to a measured density.
 */
final class ConflictBackground {
  private static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry("country", new String[] {"Meridia", "Kasiria", "Estovia", "Varenland",
              "Sarnova", "Tolvania"}),
          Map.entry("town", new String[] {"Tolvany", "Dunmar", "Ardena", "Kessel Ford",
              "Brevik", "Orvan", "Lusk", "Halden Gate"}),
          Map.entry("group", new String[] {"the Kestrel Liberation Front", "the rebel coalition",
              "the Northern Brigades", "the militia", "the separatist forces"}),
          Map.entry("agency", new String[] {"the UN refugee agency", "the Red Crescent",
              "the World Food Programme", "Doctors Without Borders",
              "the International Committee of the Red Cross"}),
          Map.entry("mediator", new String[] {"Qatar", "Norway", "the African Union",
              "the European Union", "Turkey", "the UN special envoy"}),
          Map.entry("official", new String[] {"the foreign minister", "a senior diplomat",
              "the army's chief of staff", "the government spokesman", "the envoy",
              "a regional governor"}),
          Map.entry("first", new String[] {"Ilia", "Tomas", "Hana", "Amir", "Lena", "Samir",
              "Petra", "Josef"}),
          Map.entry("last", new String[] {"Marović", "Reyl", "Kovač", "Haddad", "Strand",
              "Mansour", "Vidal", "Orlov"}),
          Map.entry("weekday", new String[] {"Monday", "Tuesday", "Wednesday", "Thursday",
              "Friday", "Saturday", "Sunday"}),
          Map.entry("month", new String[] {"January", "February", "March", "May", "August",
              "October", "December"}),
          Map.entry("verb", new String[] {"said", "told reporters", "said in a statement",
              "told a news conference", "said on state television"}));

  private static final String[] SENTENCES = {
    "Talks mediated by {mediator} are due to resume in {month}, {official} {verb}.",
    "{agency} said a convoy of {n} lorries carrying flour and medicine reached {town} on"
        + " {weekday}.",
    "The road between {town} and {town} has been closed to civilian traffic since {month}.",
    "Families who fled {town} are sheltering in schools and mosques further south.",
    "{official} {verb} that the government remained open to a ceasefire \"on fair terms\".",
    "{group} said it would not withdraw from positions around {town} without guarantees.",
    "Satellite images showed new trenches dug along the river north of {town}.",
    "The conflict began in {year} after a disputed election in {country}.",
    "Power and water supplies to {town} have been cut for {n} days, residents said.",
    "Aid agencies have warned that the harvest in the region could fail for a second year.",
    "{mediator} has offered to host a meeting of the two sides' negotiators.",
    "\"We need a corridor, and we need it now,\" {first} {last}, a local aid coordinator, said.",
    "The army said it had retaken several villages east of {town} in a week of fighting.",
    "Journalists have been barred from the front line, and reports are hard to verify.",
    "The European Union extended its sanctions on {country} for another six months.",
    "Prices for bread and fuel in {town} have more than doubled since {month}.",
    "{agency} appealed for {money} to support displaced families through the winter.",
    "The border crossing at {town} reopened on {weekday} after a week-long closure.",
    "Both sides accuse each other of breaking the truce agreed in {month}.",
    "Schools in {town} have been closed since the start of the offensive.",
    "{official} {verb} that {n} rounds of talks had produced no agreement on prisoners.",
    "Engineers began repairing the bridge at {town}, the last crossing still open.",
    "The UN Security Council is expected to discuss the situation on {weekday}.",
    "{group} released a video that it said showed its fighters near {town}.",
    "Residents of {town} described long queues for water and nights without electricity.",
    "About {big} families have registered with {agency} since the fighting spread.",
  };

  private static final String[] HEADLINES = {
    "Talks on {country} to resume in {month}",
    "Aid convoy reaches {town} after week of delays",
    "Families shelter in schools as fighting nears {town}",
    "{mediator} offers to host {country} negotiations",
    "Bridge at {town} reopens to civilian traffic",
  };

  private final TemplateFiller filler;
  private final Random random;

  ConflictBackground(Random random) {
    this.random = random;
    this.filler = new TemplateFiller(random, WORDS);
  }

  /** A headline without a figure. */
  String headline() {
    return filler.fill(HEADLINES[random.nextInt(HEADLINES.length)]);
  }

  /** A paragraph of two or three sentences. */
  String paragraph() {
    int count = 2 + random.nextInt(2);
    StringBuilder p = new StringBuilder(320);
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        p.append(' ');
      }
      p.append(filler.fill(SENTENCES[random.nextInt(SENTENCES.length)]));
    }
    return p.toString();
  }
}
