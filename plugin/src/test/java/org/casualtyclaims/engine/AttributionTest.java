package org.casualtyclaims.engine;

import static org.casualtyclaims.engine.Fixtures.claims;
import static org.casualtyclaims.engine.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who asserts a figure: the canonical source, its type and the outlet that relayed it. */
class AttributionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The health ministry said 24 people were killed.|health ministry|official",
        "The health ministry says 24 people were killed.|health ministry|official",
        "Twenty-four people were killed, the health ministry said.|health ministry|official",
        "The Red Cross estimated that 24 people were killed.|International Committee of the Red Cross|international",
        "Rebels claimed they had killed 24 soldiers.|Rebels|group",
        "The governor confirmed that 24 people were killed.|governor|official",
        "State media reported that 24 people were killed.|state media|media",
        "The interior ministry announced that 24 people were killed.|interior ministry|official",
        "Twenty-four people were killed, according to the Syrian Observatory for Human Rights.|Syrian Observatory for Human Rights|international",
        "Twenty-four people were killed, a resident said.|resident|witness",
        "Twenty-four people were killed, sources said.|sources|anonymous",
        "Twenty-four people were killed, officials said.|officials|anonymous",
        "Police said 24 people were killed.|police|official",
        "Twenty-four people were killed, said Maria Lopez, a spokeswoman for the fire service.|Maria Lopez|official",
        "India reported 24 killed in the floods.|India|official",
        "The UK's ministry of defence said 24 soldiers were killed.|UK Ministry of Defence|official",
        "The MoD said 24 soldiers were killed.|UK Ministry of Defence|official",
        "The Taliban spokesman said 24 soldiers were killed.|Taliban spokesman|group",
        "Twenty-four people were killed, according to an AP count.|Associated Press|media",
        "Twenty-four people were killed, the fire brigade said.|fire brigade|official",
        "The rebels' military spokesman, Amir Qassem, said 24 soldiers were killed.|Amir Qassem|group",
        "Twenty-four people were killed, fire brigade spokesman Nikos Pappas said.|Nikos Pappas|official",
        // aliases found through the word table: dotted, one word, several words, inside a name
        "The U.N. said 24 people were killed.|United Nations|international",
        "Unicef said 24 children were killed.|UNICEF|international",
        "The UN children's agency said 24 children were killed.|UNICEF|international",
        "Twenty-four people were killed, said Ana Ruiz of the UN Refugee Agency.|Ana Ruiz|international",
        // a record speaks for whoever released it; only a record speaks through "show"
        "Figures released by the regional health office show 24 people were killed.|regional health office|official",
        "According to a casualty list provided by Kelby General Hospital, 24 people were killed.|Kelby General Hospital|official",
        "The regional office arrived at a total of 24 dead after counting the morgues.|regional office|official",
        "The Rescue Centre of the City Airport informed that 24 bodies had been recovered.|Rescue Centre of the City Airport|official",
        // words between the name and its verb
        "The Coastal Rescue Service – a volunteer body under the port authority – said 24 fishermen were killed.|Coastal Rescue Service|official",
        "The state news agency, KNA, meanwhile, said 24 people were killed.|KNA|media",
        "A local NGO, the Centre for Civic Rights (CCR), said it had recorded 24 people killed.|Centre for Civic Rights|international",
        "The mayor did not confirm the cause but said 24 people were killed.|mayor|official",
        "Twenty-four people were killed, said a civil society leader, Ana Morel.|Ana Morel|international",
        // bare and plural outlets, outlets named after their medium
        "Some news agencies are reporting that 24 people were killed.|Some news agencies|media",
        "Reports say 24 people were killed.|Reports|media",
        "State-run Radio Ostrava said 24 people were killed.|Radio Ostrava|media",
        // what kind of source
        "Ministry of Health officials said 24 people were killed.|Ministry of Health officials|anonymous",
        "The Harbour Doctors Network, a group of medical professionals, said 24 people were killed.|Harbour Doctors Network|international",
        "The Meridian Institute for Conflict Research said 24 soldiers were killed.|Meridian Institute for Conflict Research|international",
        "The Lund-based group Civic Watch said 24 people were killed.|Civic Watch|international",
        "Opposition activists said 24 people were killed.|Opposition activists|anonymous",
        "Twenty-four people were killed, aid workers and hospital officials told AFP.|aid workers and hospital officials|anonymous",
        "Twenty-four people were killed, a local official and a humanitarian worker said.|local official and a humanitarian worker|anonymous",
        "Twenty-four people were killed, police and railway officials said.|police and railway officials|official",
        "The U.N. agencies said 24 migrants were killed.|U.N. agencies|international",
        "The US-led coalition said 24 militants were killed.|US-led coalition|official",
        "Locals told Radio Ferra that 24 people were killed.|Locals|witness",
        // clauses that say where stand between a name and its verb
        "Dalen Marsh, mayor of Orla, about 50 kilometres north of the capital, told AFP the death toll stood at 24.|Dalen Marsh|official",
        "Anna Veit, an official with the rescue agency, in the mountains outside Brod, said 24 bodies had been found.|Anna Veit|official",
        "Omar Ruiz, the mayor of Santa Leon, a municipality that oversees three villages, said 24 people were killed.|Omar Ruiz|official",
        "Layla Haddad, a teacher who was at the wedding, said 24 guests were killed.|Layla Haddad|witness",
        // a record speaks for its keeper, a plural possessive too; a prepositional opener is no keeper
        "Ostria ranks 170th on Reporters Without Borders' press freedom index, which has documented 24 journalists killed.|Reporters Without Borders|international",
        // what follows a tally verb is the tally, not who gave it
        "However, a hospital chief, Omar Wali, gave a higher toll for the army, saying 24 soldiers were killed.|Omar Wali|official",
      })
  void namesTheSourceAndItsType(String text, String source, String type) {
    Claim c = find(claims(text), Category.KILLED, 24);
    assertEquals(source, c.source());
    assertEquals(type, c.sourceType().label());
  }

  @Test
  void anOutletCitingItsSourcesRelaysThem() {
    Claim police = find(claims("The Evening Courier newspaper, citing police sources, said 24 "
        + "guards had died."), Category.KILLED, 24);
    assertEquals("police sources", police.source());
    assertEquals(SourceType.ANONYMOUS, police.sourceType());
    assertEquals("Evening Courier newspaper", police.via());
    Claim council = find(claims("The state news agency, citing the district council, put the death "
        + "toll at 24."), Category.KILLED, 24);
    assertEquals(SourceType.OFFICIAL, council.sourceType());
    assertEquals(ConfidenceLabel.MEDIUM, council.confidenceLabel());
    Claim trailing = find(claims("Floods have left 24 people dead, Kyodo News reported on Sunday, "
        + "citing the prefectural government."), Category.KILLED, 24);
    assertEquals(SourceType.OFFICIAL, trailing.sourceType());
    assertEquals("Kyodo", trailing.via());
    Claim ministry = find(claims("The ministry, citing hospital records, said 24 people had died."),
        Category.KILLED, 24);
    assertEquals("ministry", ministry.source(), "a body citing its records still asserts");
    assertNull(ministry.via());
  }

  @Test
  void speakersAreReadOnlyWhenAFigureIsTiedToACategoryButStillInSentenceOrder() {
    // category words and speakers without a figure make no claim
    assertEquals(List.of(), claims("Rescuers said the missing were feared dead. The governor "
        + "told reporters the injured had been flown out."));
    // the speaker named in a sentence without a figure still answers a later "she"
    Claim c = find(claims("Governor Lina Osei said on Monday that the district was flooded. She said "
        + "24 people had drowned."), Category.KILLED, 24);
    assertEquals("Lina Osei", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
  }

  @Test
  void aTimeBetweenSubjectAndVerbIsNoPartOfTheSource() {
    for (String text : List.of(
        "The health ministry on Thursday said 24 people were killed.",
        "The health ministry late on Sunday said 24 people were killed.",
        "The health ministry on March 3 said 24 people were killed.",
        "The health ministry on 3 March also said 24 people were killed.",
        "The health ministry yesterday said 24 people were killed.")) {
      Claim c = find(claims(text), Category.KILLED, 24);
      assertEquals("health ministry", c.source(), text);
      assertEquals(SourceType.OFFICIAL, c.sourceType(), text);
    }
  }

  @Test
  void aRetractionIsAttributedToWhoRetracts() {
    Claim c = find(claims("The health ministry retracted an earlier report that 24 people had been "
        + "killed."), Category.KILLED, 24);
    assertEquals("health ministry", c.source(), "'an earlier report' is a noun, not a speaker");
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel());
  }

  @Test
  void whatFollowsSaidIsWhatWasSaidUnlessItCanSpeak() {
    Claim blast = find(claims("Marta Kowal, who leads the miners' union, said a second blast had "
        + "injured 24 rescuers."), Category.INJURED, 24);
    assertEquals("Marta Kowal", blast.source());
    Claim spokesman = find(claims("Twenty-four people were injured, said a spokesman for the fire "
        + "service."), Category.INJURED, 24);
    assertEquals(SourceType.OFFICIAL, spokesman.sourceType());
  }

  @Test
  void whoWasToldIsNotWhoSpoke() {
    Claim c = find(claims("The district governor, Ana Reyes, told a news conference in the capital "
        + "that the death toll was 24."), Category.KILLED, 24);
    assertEquals("Ana Reyes", c.source());
    assertEquals(SourceType.OFFICIAL, c.sourceType());
    Claim bbc = find(claims("A senior commander, Omar Haddad, told the BBC that 24 fighters were "
        + "killed."), Category.KILLED, 24);
    assertEquals("Omar Haddad", bbc.source());
    assertEquals("BBC", bbc.via());
  }

  @Test
  void whatClaimedLivesIsNoSource() {
    Claim storm = find(claims("The cyclone has claimed the lives of 14 people in the delta."),
        Category.KILLED, 14);
    assertNull(storm.source(), "a cyclone asserts nothing");
    Claim said = find(claims("Flooding claimed 14 lives across the province, the governor said."),
        Category.KILLED, 14);
    assertEquals("governor", said.source(), "the speaker is whoever said so");
    Claim claim = find(claims("The militia claimed it had killed 14 soldiers."), Category.KILLED, 14);
    assertEquals("militia", claim.source(), "claiming a figure is still an assertion");
  }

  @Test
  void unattributedFiguresHaveNoSource() {
    Claim c = find(claims("Twenty-four people were killed in the blast."), Category.KILLED, 24);
    assertNull(c.source());
    assertEquals(SourceType.UNATTRIBUTED, c.sourceType());
    assertEquals(ConfidenceLabel.LOW, c.confidenceLabel());
  }

  @Test
  void anOutletTheSourceToldIsRecordedAsVia() {
    Claim c = find(claims("Anonymous Western sources told the BBC that there had been 4,000 casualties."),
        Category.CASUALTIES, 4000);
    assertEquals("BBC", c.via());
    assertEquals(SourceType.ANONYMOUS, c.sourceType());
  }

  @Test
  void citingAndQuotedByRelayThroughAnOutlet() {
    Claim cited = find(claims("Russia's defence ministry, cited by TASS, said 40 soldiers were killed."),
        Category.KILLED, 40);
    assertEquals("Russian Defence Ministry", cited.source());
    assertEquals("TASS", cited.via());
    assertEquals(ConfidenceLabel.MEDIUM, cited.confidenceLabel());

    Claim quoted = find(claims("Twenty people were injured, emergency services were quoted as saying "
        + "by the state-run TASS news agency."), Category.INJURED, 20);
    assertEquals("TASS", quoted.via());
    assertEquals(ConfidenceLabel.MEDIUM, quoted.confidenceLabel());
  }

  @Test
  void headlineAttributions() {
    Claim colon = find(claims("Air strike kills 11 civilians: Afghan officials",
        "An air strike hit a village on Monday."), Category.KILLED, 11);
    assertEquals("Afghan officials", colon.source());
    assertEquals(SourceType.ANONYMOUS, colon.sourceType());

    Claim say = find(claims("Bombing kills 14, police say", "A bomb went off at a market."),
        Category.KILLED, 14);
    assertEquals(SourceType.OFFICIAL, say.sourceType());
  }

  @Test
  void pronounsAndSurnamesPointBackToTheSpeaker() {
    List<Claim> claims = claims(
        "Interior Minister Aftab Rahimi visited the site on Monday. Rahimi said 19 people had died. "
            + "He added that 42 were injured.");
    assertEquals("Aftab Rahimi", find(claims, Category.KILLED, 19).source());
    assertEquals("Aftab Rahimi", find(claims, Category.INJURED, 42).source());
  }

  @Test
  void definiteDescriptionsResolveToTheBodyNamedEarlier() {
    List<Claim> ministry = claims(
        "The Gaza health ministry gave a daily update on Tuesday. The ministry said 31 people were killed.");
    assertEquals("Gaza Health Ministry", find(ministry, Category.KILLED, 31).source());

    List<Claim> broadcaster = claims(
        "Officials spoke to the BBC on Monday. The broadcaster said 15 people were injured.");
    assertEquals("BBC", find(broadcaster, Category.INJURED, 15).source());

    List<Claim> monitor = claims(
        "The Syrian Observatory for Human Rights tracks the war. The monitor said 9 people were killed.");
    assertEquals("Syrian Observatory for Human Rights", find(monitor, Category.KILLED, 9).source());
  }

  @Test
  void aQuotationBelongsToTheSpeakerWhoClosesIt() {
    List<Claim> claims = claims(
        "\u201CTwelve people were killed and 58 were injured. Most were workers,\u201D regional police "
            + "chief Rajan Mehta said.");
    assertEquals("Rajan Mehta", find(claims, Category.KILLED, 12).source());
    assertEquals("Rajan Mehta", find(claims, Category.INJURED, 58).source());
  }

  @Test
  void continuationSentencesKeepTheSpeaker() {
    List<Claim> claims = claims(
        "Civil defence official Ana Cruz said 19 people had died. Another 10 were missing.");
    assertEquals("Ana Cruz", find(claims, Category.MISSING, 10).source());
  }

  @Test
  void acronymsStandForTheBodyTheTextNamed() {
    List<Claim> defined = claims("Fighters of the Kestrel Liberation Front (KLF) stormed the town. "
        + "The KLF said 40 soldiers were killed.");
    Claim c = find(defined, Category.KILLED, 40);
    assertEquals("Kestrel Liberation Front", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());

    List<Claim> spelled = claims("The Kestrel Liberation Front stormed the town a year ago. "
        + "The KLF said 40 soldiers were killed.");
    assertEquals("Kestrel Liberation Front", find(spelled, Category.KILLED, 40).source());
  }

  @Test
  void itsSpokesmanSpeaksForTheBodyBefore() {
    List<Claim> claims = claims("The Dawn Front gave a different account. Its spokesman, Omar Dali, "
        + "said its fighters killed 12 soldiers.");
    Claim c = find(claims, Category.KILLED, 12);
    assertEquals("Omar Dali", c.source());
    assertEquals(SourceType.GROUP, c.sourceType());
  }

  @Test
  void wordsBeforeAPrepositionThatNameNobodyGiveWayToItsObject() {
    Claim c = find(claims("The figure is above an earlier one from the Health Ministry, which said "
        + "that 40 people were killed."), Category.KILLED, 40);
    assertEquals("health ministry", c.source().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aTweetIsAttributedToItsAuthor() {
    Claim c = find(claims("\"They fired on a crowded square, killing at least 24,\" Foreign Minister "
        + "Anna Berg tweeted."), Category.KILLED, 24);
    assertEquals("Anna Berg", c.source());
    assertEquals(ConfidenceLabel.HIGH, c.confidenceLabel());
  }

  @Test
  void onlyARecordSpeaksThroughShow() {
    assertNull(find(claims("The video shows 24 bodies lying in the street."), Category.KILLED, 24)
        .source());
    Claim data = find(claims("Data released by the coroner's office show 24 people died."),
        Category.KILLED, 24);
    assertEquals(SourceType.OFFICIAL, data.sourceType());
  }

  @Test
  void aParticipleBeforeByIsNoSpeaker() {
    // "published by" describes the report; the ministry that released it speaks
    Claim c = find(claims("A report published by the interior ministry on Monday said 24 people "
        + "had been killed."), Category.KILLED, 24);
    assertEquals("interior ministry", c.source());
  }

  @Test
  void aSpeakerWhoGoesOnToSayKeepsSpeaking() {
    Claim c = find(claims("Police chief Omar Dale said the fire started at night. He went on to "
        + "say that 24 people were killed."), Category.KILLED, 24);
    assertEquals("Omar Dale", c.source());
  }

  @Test
  void figuresSetAgainstEachOtherBelongToTheirOwnSpeakers() {
    List<Claim> claims = claims("The regime and a rights group gave conflicting figures, with an "
        + "army general claiming the toll was over 300 and the monitor saying 416 people were killed.");
    Claim general = find(claims, Category.KILLED, 300);
    assertEquals("army general", general.source());
    assertEquals(ConfidenceLabel.LOW, general.confidenceLabel(), "claiming is weak");
  }

  @Test
  void outletsRunByTheStateAreNamedMedia() {
    Claim tv = find(claims("Government television put the number of dead at 24."), Category.KILLED, 24);
    assertEquals(SourceType.MEDIA, tv.sourceType());
    assertEquals(ConfidenceLabel.MEDIUM, tv.confidenceLabel());
    Claim other = find(claims("Some news agencies are reporting that 24 people died."),
        Category.KILLED, 24);
    assertEquals(ConfidenceLabel.LOW, other.confidenceLabel(), "unnamed outlets are low");
  }

  @Test
  void anEarlierCountKeepsItsOwnSpeakerButNotTheCountARevisionReplaced() {
    List<Claim> initial = claims("Nine people were killed, said Ana Morel, a civil society leader, "
        + "who gave an initial death toll of 24.");
    assertEquals("Ana Morel", find(initial, Category.KILLED, 24).source());
    List<Claim> revised = claims("The agency raised the death toll from 24 to 31, its spokesman "
        + "Ivo Brandt said.");
    assertEquals("Ivo Brandt", find(revised, Category.KILLED, 31).source());
    assertNull(find(revised, Category.KILLED, 24).source());
  }

  @Test
  void aTimeBeforeTheSubjectIsNoName() {
    Claim c = find(claims("Later in the day the Transport Ministry said 24 people were hurt."),
        Category.INJURED, 24);
    assertEquals("Transport Ministry", c.source());
  }

  @Test
  void captivesWhoDieAreCountedKilled() {
    assertEquals(1, claims("Twenty-four hostages died in the siege, police said.").stream()
        .filter(c -> c.category() == Category.KILLED && c.count() == 24).count());
    assertEquals(1, claims("Twenty-four hostages were killed, police said.").stream()
        .filter(c -> c.category() == Category.KILLED && c.count() == 24).count());
    assertEquals(Category.CAPTURED, find(claims("Gunmen took 24 hostages, police said."),
        Category.CAPTURED, 24).category());
    Claim lives = find(claims("At least 24 civilians lost their lives in the clashes, according to "
        + "local residents."), Category.KILLED, 24);
    assertEquals(SourceType.WITNESS, lives.sourceType());
  }

  @Test
  void aPersonNamedAgainInFullKeepsTheRoleFirstGiven() {
    List<Claim> claims = claims("Nine people were killed, said a civil society leader, Ana Morel, "
        + "who gave an initial death toll of 24.");
    assertEquals(SourceType.INTERNATIONAL, find(claims, Category.KILLED, 24).sourceType());
  }

  @Test
  void aSentenceGoingOnAboutTheSamePeopleNamesWhoGaveTheFigure() {
    Claim c = find(claims("At least 24 other people were injured in the riot. They included 10 "
        + "guards and eight inmates, said Ms Olsen, a prison spokeswoman."), Category.INJURED, 24);
    assertEquals("Olsen", c.source());
    assertEquals(ConfidenceLabel.HIGH, c.confidenceLabel());
    assertNull(find(claims("Six inmates died in the riot on Sunday, officials said.\n\nAt least 24 "
        + "other people were injured. Police said the guards had fled."), Category.INJURED, 24)
        .source(), "a new subject is no elaboration");
  }

  @Test
  void aCampaignSpeaksAsAnOrganisation() {
    Claim c = find(claims("The London-based Kesh Rights Campaign (KRC) said security forces fired "
        + "on the crowd. It said it had confirmed the identities of 24 of those killed."),
        Category.KILLED, 24);
    assertEquals("Kesh Rights Campaign", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }

  @Test
  void theStatementSpeaksForWhoeverIssuedIt() {
    List<Claim> claims = claims("Gunmen killed at least 25 people in a village, a local activists' "
        + "committee said on Sunday.\n\nThe gunmen \"attacked the village at dawn\", said a statement "
        + "from the local resistance committee.\n\nThousands have died in the war, according to "
        + "United Nations experts.\n\nThe attack left \"over 200 wounded\", the statement said.");
    Claim c = find(claims, Category.INJURED, 200);
    assertEquals("local resistance committee", c.source());
    assertEquals(SourceType.INTERNATIONAL, c.sourceType());
  }
}
