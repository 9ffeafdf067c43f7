import Foundation
import NetmapExtraction
import NetmapGraph
import Testing

private func expectTagged(_ markup: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let fixture = Fixture(markup)
    let got = fixture.tagged().map { "\($0.surface)/\($0.kind.rawValue)" }
    let want = fixture.marked.map { "\($0.surface)/\($0.kind.rawValue)" }
    #expect(got == want, sourceLocation: sourceLocation)
}

@Test func titledNamesArePeople() {
    expectTagged("[French](state) President [Emmanuel Macron](person) spoke first.")
    expectTagged("Foreign Minister [Annalena Baerbock](person) flew home.")
    expectTagged("Later [Mr Modi](person) left.".replacingOccurrences(of: "[Mr Modi]", with: "Mr [Modi]"))
}

@Test func givenNamesStartPeople() {
    expectTagged("[Keir Starmer](person) and [Giorgia Meloni](person) disagreed on trade.")
}

@Test func namesWithParticlesStayWhole() {
    expectTagged("[Ursula von der Leyen](person) answered questions.")
}

@Test func statesAreFoundByNameAliasAndSeat() {
    expectTagged("[Britain](state) and the [U.S.](state) agreed, and [Beijing](state) said nothing.")
}

@Test func aCapitalAsAPlaceDoesNotMakeItsStateAnActor() {
    let text = "Officials gathered in Ankara on Monday."
    let document = Extractor().annotate(name: "x", text: text)
    #expect(document.mentions.first?.role == .location)
    #expect(document.mentions.first?.entity == "state:turkey")
    #expect(Extractor().extract(name: "x", text: text).entities.isEmpty)
}

@Test func aCapitalThatSpeaksIsItsState() {
    expectTagged("[Ankara](state) rejected the plan, and [Tehran](state) agreed.")
}

@Test func aCapitalInsideAnotherNameIsNotItsState() {
    expectTagged("The Budapest Memorandum was signed at 9pm Moscow time.")
}

@Test func coordinatedDemonymsShareTheirRole() {
    expectTagged("[Russian](state) and [American](state) officials met.")
}

@Test func aDemonymCountsOnlyWhereItCarriesARole() {
    expectTagged("[Polish](state) troops crossed. Polish sausages were served.")
}

@Test func organisationsAreFoundByTableAndByForm() {
    expectTagged("The [European Commission](organisation) and the [Baltic Energy Fund](organisation) met [Nato](organisation).")
}

@Test func aSurnameJoinsThePersonNamedInFull() {
    let graph = Fixture("Jacinda Ardern spoke. Later Ardern left, and Mrs Ardern smiled.").graph()
    let people = graph.entities.filter { $0.kind == .person }
    #expect(people.map(\.label) == ["Jacinda Ardern"])
    #expect(people.first?.mentions == 3)
}

@Test func spellingVariantsOfOneNameMerge() {
    let graph = Fixture("Mykola Tochytskyi arrived. Tochytskyy said the talks went well. Mr Tochytsky left.").graph()
    let people = graph.entities.filter { $0.kind == .person }
    #expect(people.count == 1)
    #expect(people.first?.label == "Mykola Tochytskyi")
}

@Test func aKnownPersonKeepsOneIdAcrossSpellings() {
    let a = Fixture("President Volodymyr Zelenskiy spoke.").graph()
    let b = Fixture("Volodymyr Zelenskyy spoke.").graph()
    let c = Fixture("Zelensky spoke.").graph()
    let ids = [a, b, c].map { $0.entities.filter { $0.kind == .person }.map(\.id) }
    #expect(ids[0] == ids[1])
    #expect(ids[1] == ids[2])
    #expect(ids[0] == ["person:volodymyr-zelensky"])
}

@Test func anHonorificMakesAPersonOfAnyCapitalisedWord() {
    expectTagged("Later Dr [Fox](person) spoke to [Reuters](organisation).")
}

@Test func acronymsAndTitlesDoNotEndNames() {
    expectTagged("[Ben Emmerson](person) QC represented him.")
    expectTagged("Lord Chancellor Lord [Falconer](person) agreed.")
}

@Test func organisationsNamedByFormAreNotPeople() {
    expectTagged("[Ruth Kelly](person) met the [Anytown Housing Trust](organisation).")
}

@Test func twoOrganisationsJoinedByAndStayTwo() {
    expectTagged("The [Electoral Commission](organisation) and the [National Union of Teachers](organisation) agreed.")
    expectTagged("The [Electoral Commission](organisation) and [National Union of Teachers](organisation) agreed.")
}

@Test func aTitleDoesNotStartAnOrganisation() {
    expectTagged("The chief executive of [Hereford Hospitals NHS Trust](organisation) resigned.")
    expectTagged("Chief Executive of [Hereford Hospitals NHS Trust](organisation) resigned.")
}

@Test func aTitleThatIsACommonWordNeedsARealName() {
    expectTagged("The General Election was called for May.")
    expectTagged("General [Mike Jackson](person) disagreed.")
    expectTagged("Culture Secretary [Tessa Jowell](person) said no.")
}

@Test func aPartyAdjectiveIsThePartyNotPartOfAName() {
    expectTagged("[Conservative](organisation) [Graham Brady](person) said so.")
}

@Test func aNameAfterAnOrganisationNounIsAnOrganisation() {
    expectTagged("The carmaker [Fiat](organisation) said it had agreed.")
    expectTagged("Mobile operator [Turkcell](organisation) won the tender.")
}

@Test func anAcronymTheTextDefinesNamesItsOrganisation() {
    let text = "The [Public and Commercial Services Union](organisation) ([PCS](organisation)) said no. [PCS](organisation) leader [Mark Serwotka](person) agreed."
    expectTagged(text)
}

@Test func anArabicArticleJoinsTheName() {
    expectTagged("[Iraq](state)'s Trade Minister [Mohammed Mustafa al-Jibouri](person) agreed.")
}
