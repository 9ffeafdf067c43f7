import NetmapExtraction
import NetmapGraph
import Testing

private func references(_ text: String) -> [String] {
    let document = Extractor().annotate(name: "t", text: text)
    return document.mentions.filter { $0.role == .reference }.map { "\($0.surface)=\($0.entity ?? "?")" }
}

@Test func aPronounStandsForTheFirstPersonOfItsSentenceOrTheOneBefore() {
    #expect(references("Tony Blair flew to Washington. He met George Bush on Friday.") == ["He=person:tony-blair"])
}

@Test func aPossessiveStandsForTheNearestPersonBeforeIt() {
    #expect(references("Angela Merkel said Emmanuel Macron and his aides had left.").contains("his=person:emmanuel-macron"))
}

@Test func theCountryStandsForTheStateLastNamed() {
    #expect(references("Ukraine asked for help. The country's leaders met on Monday.").contains("The country=state:ukraine"))
}

@Test func aDescriptionStandsForTheLeaderTheDocumentNames() {
    let found = references("Turkish President Recep Tayyip Erdogan arrived. The Turkish president met Olaf Scholz later.")
    #expect(found.contains { $0.hasSuffix("=person:recep-tayyip-erdogan") && $0.hasPrefix("Turkish") })
}

@Test func aNameThatBeginsWithAPronounIsNoPronoun() {
    #expect(!references("Mark Carney spoke. He Lifeng met Scott Bessent.").contains { $0.hasPrefix("He=") })
}

@Test func theTitleAloneIsThePersonLastNamedWithIt() {
    let text = "British Prime Minister Tony Blair spoke in London. The prime minister also urged the United States to act."
    #expect(Fixture(text).graph().describe(.demandedOf) == ["Tony Blair -> United States (occurred)"])
    // Before anyone is named with the title, it stands for no one.
    #expect(Fixture("The prime minister urged the United States to act. Tony Blair spoke.").graph().describe(.demandedOf).isEmpty)
}

@Test func thePairWordsStandForTheTwoNamedTogether() {
    let text = "Greece and Turkey quarrelled over oil rights in the Aegean. NATO called on both countries to avoid any action."
    #expect(Fixture(text).graph().describe(.demandedOf) == ["NATO -> Greece (occurred)", "NATO -> Turkey (occurred)"])
    let companies = "Fiat and General Motors confirmed the offer. Talks between the two companies sped up in January."
    #expect(Fixture(companies).graph().describe(.met) == ["Fiat -> General Motors (occurred)"])
    // The noun says the kind: two people named together are not "the two countries".
    let people = "Tony Blair and Gordon Brown spoke. NATO called on both countries to act."
    #expect(Fixture(people).graph().describe(.demandedOf).isEmpty)
}

@Test func aDescriptionStandsForTheHeadTheRecordOfOfficesHas() {
    // No title names Putin Russia's president here: the dated record of offices does, and the
    // description says so.
    let text = "Vladimir Putin spoke on Friday. The Russian president has repeatedly rejected the offers."
    let graph = Extractor().extract(name: "t", text: text, date: "2025-08-08")
    #expect(graph.describe(.leaderOf) == ["Vladimir Putin -> Russia (occurred)"])
    // Someone the record does not have at the head at that date is not the description.
    let earlier = Extractor().extract(name: "t", text: text, date: "1995-08-08")
    #expect(earlier.describe(.leaderOf).isEmpty)
    // "an American and Russian president" is no one in particular.
    let anyone = "Vladimir Putin spoke. It was the first meeting between an American and Russian president since 2021."
    #expect(Extractor().extract(name: "t", text: anyone, date: "2025-08-08").describe(.leaderOf).isEmpty)
}

@Test func aPronounAfterAReportingVerbIsItsSubject() {
    let text = "The envoy, Omer Said, said IMF Managing Director Michel Camdessus said he would ask Saudi Arabia to help."
    #expect(Fixture(text).graph().describe(.demandedOf) == ["Michel Camdessus -> Saudi Arabia (planned)"])
}
