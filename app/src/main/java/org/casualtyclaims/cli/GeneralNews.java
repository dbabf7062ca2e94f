package org.casualtyclaims.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * General news for the newsroom mix of {@code bench index}: politics, business, sport, culture and
 * weather, written from sentence templates and word lists of our own, deterministic from the
 * generator it is given. An article takes one topic: a headline, then paragraphs of two or three
 * sentences drawn from the topic's templates (none twice in an article) until the body reaches
 * the length asked for. Like real general news, the text is full of figures, names and speech
 * verbs, and about three articles in ten hold a word the engine knows from casualty reporting
 * ("lost" in a match report, "losses" in a company's results, a "death" in a museum's history),
 * but none reports casualties.
 */
final class GeneralNews {
  enum Topic { POLITICS, BUSINESS, SPORT, CULTURE, WEATHER }

  private static final Map<String, String[]> WORDS =
      Map.ofEntries(
          Map.entry("first", new String[] {"Anna", "Marek", "Lucia", "Tomas", "Helen", "Oskar",
              "Priya", "Daniel", "Ines", "Viktor", "Sara", "Jonas", "Mira", "Pavel", "Clara",
              "Rafael", "Nadia", "Emil", "Greta", "Leon"}),
          Map.entry("last", new String[] {"Varga", "Holm", "Castell", "Brandt", "Okafor", "Lind",
              "Moreau", "Petrov", "Sandoval", "Keller", "Dunmore", "Ashby", "Novak", "Ferrant",
              "Lowell", "Achterberg", "Quinlan", "Rask", "Tiller", "Weyland"}),
          Map.entry("city", new String[] {"Harlow Bay", "Castelmar", "Northwick", "Velden",
              "Porto Alto", "Kestrow", "Marrow Hill", "Ostrava Nova", "Linden", "Saltmere",
              "Brackford", "Eastport"}),
          Map.entry("region", new String[] {"the north-east", "the coastal provinces",
              "the capital region", "the southern valleys", "the western lowlands",
              "the border counties"}),
          Map.entry("party", new String[] {"the Civic Alliance", "the Labour Union Party",
              "the Green Forum", "the National Renewal party", "the Liberal Centre",
              "the Farmers' League"}),
          Map.entry("office", new String[] {"finance minister", "prime minister", "mayor",
              "education secretary", "opposition leader", "health minister",
              "transport secretary"}),
          Map.entry("bill", new String[] {"housing bill", "pension reform", "budget",
              "rail investment plan", "school funding package", "energy price cap",
              "planning law"}),
          Map.entry("company", new String[] {"Norland Foods", "Brightwell Energy", "Calder Motors",
              "Pellucid Software", "Aster Pharma", "Haven Retail", "Corvane Airlines",
              "Tessaly Telecom", "Greyfield Steel", "Marlow Bank"}),
          Map.entry("sector", new String[] {"retail", "banking", "steel", "software", "aviation",
              "food processing", "telecoms", "car-making"}),
          Map.entry("product", new String[] {"electric van", "budget phone", "frozen meal range",
              "savings account", "cloud service", "long-haul route", "heat pump"}),
          Map.entry("team", new String[] {"Harlow Bay Rovers", "Castelmar City",
              "Northwick Athletic", "Velden United", "Kestrow Wanderers", "Saltmere Town",
              "Eastport Albion", "Linden Rangers"}),
          Map.entry("sport", new String[] {"the league", "the cup", "the championship",
              "the regional final", "the play-offs"}),
          Map.entry("venue", new String[] {"Riverside Park", "the Old Foundry ground",
              "Marsh Lane", "the Civic Arena", "Hill Street"}),
          Map.entry("work", new String[] {"novel", "debut album", "stage adaptation",
              "documentary", "retrospective", "opera production", "photography exhibition"}),
          Map.entry("title", new String[] {"The Salt Roads", "A Winter Harbour",
              "Lanterns Over Velden", "Small Hours", "The Glass Orchard", "Northern Lights, Late",
              "What the River Knew"}),
          Map.entry("institution", new String[] {"the National Gallery", "the City Theatre",
              "the Harbour Arts Centre", "the Royal Conservatory", "the Modern Art Museum",
              "the Castelmar Book Festival"}),
          Map.entry("weather", new String[] {"heavy rain", "strong winds", "thick fog",
              "an early frost", "thunderstorms", "a spell of warm sunshine", "sleet and snow"}),
          Map.entry("weekday", new String[] {"Monday", "Tuesday", "Wednesday", "Thursday",
              "Friday", "Saturday", "Sunday"}),
          Map.entry("month", new String[] {"January", "March", "April", "June", "September",
              "October", "November"}),
          Map.entry("verb", new String[] {"said", "told reporters", "said in a statement",
              "told a news conference", "wrote on social media"}));

  private static final String[][] HEADLINES = {
    { // politics
      "{party} pushes {bill} through first vote",
      "{first} {last} named {office} in reshuffle",
      "Coalition talks stall over {bill}",
      "Voters in {city} head to the polls on {weekday}",
      "Parliament delays debate on {bill} until {month}",
    },
    { // business
      "{company} profits rise {pct} on strong demand",
      "{company} to cut prices on its {product}",
      "Shares in {company} slip after results",
      "{company} agrees {money} deal for rival",
      "Inflation eases to {pct} in {month}",
    },
    { // sport
      "{team} beat {team} {score} at {venue}",
      "{team} appoint {first} {last} as head coach",
      "Late goal keeps {team} top of {sport}",
      "{team} and {team} draw in {sport} opener",
      "{first} {last} signs new three-year contract",
    },
    { // culture
      "{first} {last}'s {work} opens at {institution}",
      "Review: {title}, a {work} of rare patience",
      "{institution} announces its new season",
      "{title} wins the {year} readers' prize",
      "Record crowds for {institution} summer programme",
    },
    { // weather
      "Forecasters warn of {weather} across {region}",
      "{weather} to sweep {region} this weekend",
      "Warmest {month} on record, says weather service",
      "Drivers told to take care as {weather} sets in",
      "Farmers welcome rain after dry {month}",
    },
  };

  private static final String[][] SENTENCES = {
    { // politics
      "The {bill} passed its first reading by {n} votes on {weekday} evening.",
      "{first} {last}, the {office}, {verb} that the government would not change course.",
      "\"This is a plan for the next decade, not the next election,\" {first} {last} said.",
      "Members of {party} argued that the measure would cost households more than it saves.",
      "The committee is expected to publish its report in {month}.",
      "Opinion polls put {party} {n} points ahead, although the gap has narrowed since {month}.",
      "The {office} met regional leaders in {city} to discuss the timetable.",
      "Critics said the consultation had lasted only {n} days and ignored smaller towns.",
      "A spokesperson for the {office} declined to comment on the leaked draft.",
      "The vote follows months of negotiation between {party} and {party}.",
      "Turnout in the last local elections in {city} was {pct} lower than four years earlier.",
      "{first} {last} has served in parliament since {year} and chaired the budget committee.",
      "The opposition has promised to table {n} amendments when the bill returns in {month}.",
      "Officials said the first payments could reach councils before the end of the year.",
      "Campaigners gathered outside the assembly building in {city} with banners and drums.",
      "The treasury estimates the reform will cost {money} over five years.",
      "Analysts said the coalition's majority of {n} seats left little room for rebellion.",
      "\"We listened, and we changed the plan where it needed changing,\" the minister added.",
      "Regional councils in {region} have asked for a longer transition period.",
      "The debate resumes on {weekday}, when the speaker has set aside a full day.",
      "A petition calling for a referendum has gathered {big} signatures.",
      "Party officials said the leadership contest would close at the end of {month}.",
      "~The seat fell vacant after the death of its long-serving member in {month}.",
    },
    { // business
      "{company} reported revenue of {money} for the quarter, up {pct} on a year earlier.",
      "Chief executive {first} {last} {verb} that demand in {region} had held up well.",
      "~The company narrowed its losses to {money} as costs fell.",
      "Shares closed {pct} higher on {weekday} after the results were published.",
      "The {sector} sector has struggled with higher energy bills since {year}.",
      "{company} said it would open {n} new stores and hire {big} staff.",
      "Analysts at Marlow Bank had expected a smaller rise in profit.",
      "The central bank held interest rates at {pct} at its meeting in {month}.",
      "\"Customers are still spending, but they are choosing more carefully,\" {first} {last}"
          + " said.",
      "The deal, worth {money}, still needs the approval of competition regulators.",
      "{company} plans to launch its {product} in {city} before the summer.",
      "Output in the {sector} industry rose for the {n}th month in a row.",
      "The firm employs about {big} people, most of them in {region}.",
      "Trade unions said they would study the plans before responding.",
      "Investors have been cautious about the {sector} industry this year.",
      "The company's debt fell to {money} after it sold its logistics arm.",
      "Exports to neighbouring markets grew by {pct}, the statistics office said.",
      "The board proposed a dividend of {n} cents a share.",
      "{company} said the rollout of its {product} had been delayed by supply problems.",
      "Consumer confidence rose in {month} for the first time since {year}.",
      "Smaller rivals have cut prices to win back customers, {first} {last}, an analyst, said.",
      "The group will report its full-year figures in {month}.",
    },
    { // sport
      "{team} took the lead after {n} minutes through a header from {first} {last}.",
      "~The visitors had lost only {n} of their previous {n} matches in {sport}.",
      "{first} {last} doubled the lead with a low shot shortly after half-time.",
      "A crowd of {big} watched the match at {venue} on {weekday} night.",
      "\"We showed character today, and the players deserve the credit,\" the manager said.",
      "{team} are now {n} points clear at the top of {sport}.",
      "The referee awarded a penalty in stoppage time, which {first} {last} converted.",
      "{first} {last}, who joined from {team} in {month}, has scored {n} goals this season.",
      "The club confirmed that its captain would miss the next game with a hamstring strain.",
      "Ticket sales for the return fixture at {venue} have already passed {big}.",
      "{team} face {team} in the quarter-finals of {sport} next {weekday}.",
      "The coach made {n} changes to the side that started the previous game.",
      "Both sides had chances in a lively opening half hour.",
      "The goalkeeper made three fine saves to keep the score level before the break.",
      "The result lifts {team} to fourth place, {n} points behind the leaders.",
      "{first} {last} was named player of the match after a tireless display in midfield.",
      "The new stadium in {city} is due to open in {month}, a year later than planned.",
      "Supporters sang for the whole of the second half despite the rain.",
      "The league fined the club {money} last season over its accounts.",
      "\"It was not our best performance, but three points are three points,\" {first} {last}"
          + " said.",
      "The sides meet again in {month}, when the title could be decided.",
      "A late run from the wing set up the winner for the substitute.",
    },
    { // culture
      "{first} {last}'s {work}, {title}, opens at {institution} on {weekday}.",
      "The {work} has been {n} years in the making, the director said.",
      "Critics have praised its restraint and its careful attention to place.",
      "Tickets for the opening week sold out within {n} hours.",
      "{institution} said visitor numbers had risen by {pct} since it reopened in {year}.",
      "\"I wanted to write about the town I grew up in, without nostalgia,\" {first} {last} said.",
      "The programme includes {n} new commissions and a season of free concerts.",
      "{title} was shortlisted for the {year} national prize for fiction.",
      "The gallery has borrowed works from collections in {city} and abroad.",
      "The festival, founded in {year}, now draws about {big} visitors each summer.",
      "~The museum has been run by volunteers since the death of its founder in {year}.",
      "Rehearsals began in {month} in a converted warehouse in {city}.",
      "The cast includes {first} {last}, best known for her work on stage in {city}.",
      "The exhibition runs until the end of {month}.",
      "The orchestra will tour {n} cities in {region} next spring.",
      "A new translation of the {work} will be published in {month}.",
      "Funding from the arts council, about {money}, covered the restoration of the hall.",
      "The {work} follows three generations of a family of boat builders.",
      "Local schools have been invited to free matinee performances.",
      "\"It is quiet, funny and a little sad, like the best of her work,\" one reviewer wrote.",
      "{first} {last} will discuss the {work} at {institution} on {weekday} evening.",
      "The band's {work} reached number {n} in the charts in its first week.",
    },
    { // weather
      "Forecasters expect {weather} across {region} from {weekday} morning.",
      "Temperatures could reach {temp} in {city}, well above the average for {month}.",
      "The weather service issued a yellow warning for {region} until {weekday} evening.",
      "Drivers were advised to allow extra time for journeys and to check road conditions.",
      "Some ferry crossings from {city} may be cancelled if the wind strengthens.",
      "Rainfall in {month} was {pct} above the long-term average, the weather service said.",
      "Farmers in {region} said the rain had come too late for some early crops.",
      "Overnight lows of {temp} are expected in rural areas.",
      "\"It will turn brighter by the weekend, but not much warmer,\" a forecaster said.",
      "Rail operators said some services through {city} would run to a reduced timetable.",
      "The council has put {n} gritters on standby for the main roads.",
      "Water companies said reservoir levels had recovered to about {pct} of capacity.",
      "Schools in {city} are expected to open as normal.",
      "Air quality in {city} is forecast to be moderate on {weekday}.",
      "The last time {region} saw a {month} this mild was in {year}.",
      "Gusts of up to {n} miles per hour are possible on exposed coasts.",
      "The outlook for next week is changeable, with showers and sunny spells.",
      "Airport officials said flights were operating normally but could face delays.",
      "Pollen counts will be high in {region} once the rain clears.",
      "Residents in low-lying streets of {city} were advised to move cars away from the river.",
      "The weather service said the warmest day of the week would be {weekday}.",
      "Snow is possible on higher ground above {big} feet.",
      "~Insurers said storm losses in {region} had been lower than they feared.",
    },
  };

  private static final String[] OUTLETS = {"Example Wire", "Daily Planet", "Evening Post",
      "Courier"};

  private final Random random;
  private final TemplateFiller filler;

  GeneralNews(Random random) {
    this.random = random;
    this.filler = new TemplateFiller(random, WORDS);
  }

  /** Article {@code id}: a random topic, a body of at least {@code bodyBytes} UTF-8 bytes. */
  BenchArticles.Article article(String id, int bodyBytes, Instant published) {
    Topic topic = Topic.values()[random.nextInt(Topic.values().length)];
    String[] sentences = SENTENCES[topic.ordinal()];
    // a template marked "~" holds a word the engine knows from casualty reporting; an article
    // may use it or not, so that about three general articles in ten hold such a word
    boolean occasional = random.nextInt(3) == 0;
    List<Integer> order = new ArrayList<>(sentences.length);
    for (int i = 0; i < sentences.length; i++) {
      if (occasional || !sentences[i].startsWith("~")) {
        order.add(i);
      }
    }
    java.util.Collections.shuffle(order, random);
    StringBuilder body = new StringBuilder(bodyBytes + 256);
    int next = 0;
    // paragraphs of two or three sentences; the templates come round again only in long bodies
    while (BenchCorpus.utf8Length(body.toString()) < bodyBytes) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      int count = 2 + random.nextInt(2);
      for (int s = 0; s < count; s++) {
        if (s > 0) {
          body.append(' ');
        }
        String template = sentences[order.get(next++ % order.size())];
        body.append(filler.fill(template.startsWith("~") ? template.substring(1) : template));
      }
    }
    String title = filler.fill(filler.pick(HEADLINES[topic.ordinal()]));
    String outlet = filler.pick(OUTLETS);
    return new BenchArticles.Article(id, title, body.toString(), Date.from(published), outlet,
        "https://example.org/" + topic.name().toLowerCase(java.util.Locale.ROOT) + "/" + id);
  }
}
