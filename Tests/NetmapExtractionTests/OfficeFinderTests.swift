import NetmapExtraction
import NetmapGraph
import Testing

private func offices(_ text: String) -> [String] {
    let graph = Fixture(text).graph()
    return graph.describe(.leaderOf) + graph.describe(.memberOf)
}

@Test func aDemonymBeforeATitleNamesWhatThePersonLeads() {
    #expect(offices("Chinese President Xi Jinping spoke.") == ["Xi Jinping -> China (occurred)"])
}

@Test func anOrganisationBeforeATitleNamesWhatThePersonServes() {
    #expect(offices("Kremlin spokesman Dmitry Peskov said no.") == ["Dmitry Peskov -> Kremlin (occurred)"])
}

@Test func aPossessiveStateBeforeATitleWorksToo() {
    #expect(offices("Britain's Foreign Secretary David Lammy said no.") == ["David Lammy -> United Kingdom (occurred)"])
}

@Test func anAppositionAfterANameGivesTheOffice() {
    #expect(offices("Jens Stoltenberg, the Nato secretary general, spoke.") == ["Jens Stoltenberg -> NATO (occurred)"])
    #expect(offices("Kaja Kallas, the Estonian prime minister, spoke.") == ["Kaja Kallas -> Estonia (occurred)"])
}

@Test func aLeadersAideServesTheLeadersState() {
    let text = "French President Emmanuel Macron arrived with Bruno Dupont, Macron's chief of staff."
    #expect(offices(text).contains("Bruno Dupont -> France (occurred)"))
}

@Test func headingABodyOfAStateIsServingIt() {
    let text = "Hans Meier, head of Germany's development bank, spoke."
    #expect(offices(text) == ["Hans Meier -> Germany (occurred)"])
}

@Test func anOfficialBesideTheirLeaderServesTheLeadersState() {
    let text = "Indian Prime Minister Narendra Modi came with Foreign Minister Ravi Kumar Menon."
    #expect(offices(text).sorted() == [
        "Narendra Modi -> India (occurred)", "Ravi Kumar Menon -> India (occurred)",
    ])
}

@Test func aNameAfterAQualifiedTitleIsNotAnApposition() {
    let text = "US President Joe Biden, Chinese President Xi Jinping and others met."
    #expect(offices(text).sorted() == ["Joe Biden -> United States (occurred)", "Xi Jinping -> China (occurred)"])
}

@Test func headingAPartOfABodyIsServingIt() {
    #expect(offices("Edward Leigh, chairman of the Commons public accounts committee, spoke.") == [
        "Edward Leigh -> House of Commons (occurred)"
    ])
    let graph = Fixture("Edward Leigh, chairman of the Commons public accounts committee, spoke.").graph()
    #expect(graph.describe(.leaderOf).isEmpty)
}

@Test func aCapitalDoesNotQualifyATitle() {
    #expect(offices("They met at London's King Cross station.").isEmpty)
}

@Test func anOfficeCanWeighDifferentlyByState() {
    #expect(offices("UK Chancellor Gordon Brown spoke.") == ["Gordon Brown -> United Kingdom (occurred)"])
    #expect(Fixture("UK Chancellor Gordon Brown spoke.").graph().describe(.memberOf) == ["Gordon Brown -> United Kingdom (occurred)"])
    #expect(Fixture("German Chancellor Gerhard Schroeder spoke.").graph().describe(.leaderOf) == [
        "Gerhard Schröder -> Germany (occurred)"
    ])
}

@Test func aPartyBeforeAMinistersTitleIsAPortfolio() {
    #expect(offices("Labour Minister Ghazi al-Gosaibi said so.").isEmpty)
}

@Test func aRegionIsNotTheStateInItsName() {
    #expect(offices("Diageo North America president Ivan Menezes said so.").isEmpty)
}

@Test func aTitleThatHeadsOrganisationsOnlyServesAState() {
    // A director general heads an organisation; qualified by a state, the office serves it.
    #expect(offices("Jose Maria Pons, Spain's director general for Europe, will attend.") == ["Jose Maria Pons -> Spain (occurred)"])
    #expect(Fixture("Jose Maria Pons, Spain's director general for Europe, will attend.").graph().describe(.leaderOf).isEmpty)
}

@Test func aPartysPossessiveBeforeANameIsMembership() {
    let graph = Fixture("Labour's Paul Flynn said the pair had been criticised.").graph()
    #expect(graph.describe(.memberOf) == ["Paul Flynn -> Labour Party (occurred)"])
    // A company's possessive does not say which office: no relation.
    #expect(offices("Fiat's Sergio Marchionne said profits rose.").isEmpty)
}

@Test func someoneFromAnOrganisationServesIt() {
    #expect(offices("Brad Adams, from Human Rights Watch, said the trial was unfair.") == ["Brad Adams -> Human Rights Watch (occurred)"])
    // A state one comes from is not an office.
    #expect(offices("Brad Adams, from Australia, said the trial was unfair.").isEmpty)
}

@Test func coordinatedTitlesInAnAppositionShareTheirBody() {
    let graph = Fixture("Jean Martin, chairman and chief executive of Renault, said sales rose.").graph()
    #expect(graph.describe(.leaderOf) == ["Jean Martin -> Renault (occurred)"])
}

@Test func aTitleInAppositionWithoutItsStateIsLookedUpInTheRecordOfOffices() {
    // The record gives the state only when the document names it.
    let text = "Iraq protested. Adil Abdul-Mahdi, the caretaker prime minister, resigned on Friday."
    #expect(Extractor().extract(name: "t", text: text, date: "2020-01-05").describe(.leaderOf) == ["Adil Abdul-Mahdi -> Iraq (occurred)"])
    // A former office is none (GUIDELINES.md rule 6).
    let former = "Iraq protested. Adil Abdul-Mahdi, a former prime minister, spoke."
    #expect(Extractor().extract(name: "t", text: former, date: "2020-01-05").describe(.leaderOf).isEmpty)
}

@Test func aPartyBeforeALegislatorsTitleIsMembership() {
    let graph = Fixture("Republican Representative Francis Rooney proposed the amendment.").graph()
    #expect(graph.describe(.memberOf) == ["Francis Rooney -> Republican Party (occurred)"])
    // "representative" needs a full name after it: "a representative of the bank" is no title.
    #expect(Fixture("A representative of Barclays said so.").graph().relations.isEmpty)
}

@Test func aMinisterWithoutAStateServesTheStateTheStoryIsAbout() {
    let text = """
        Sudan rejected the IMF's call for a devaluation. Sudan said the move would hurt its economy. \
        Finance Minister Beshir Omer said Sudan would pay its debts.
        """
    #expect(offices(text) == ["Beshir Omer -> Sudan (occurred)"])
    // Two states named as often: which one is not said.
    let two = "Sudan and Egypt talked. Sudan and Egypt agreed. Finance Minister Beshir Omer said so."
    #expect(offices(two).isEmpty)
    // A head of state is often a visitor: no state from the story.
    let visitor = "Sudan rejected the plan. Sudan said no. In Sudan, President Jane Doe spoke."
    #expect(offices(visitor).isEmpty)
}

@Test func coordinatedTitlesBeforeANameShareTheirQualifier() {
    let text = "General Motors's chairman and chief executive Rick Wagoner resigned."
    #expect(Fixture(text).graph().describe(.leaderOf) == ["Rick Wagoner -> General Motors (occurred)"])
}

@Test func aLeadersAideServesTheStateTheRecordHasThemLeading() {
    // Trump's office is not given here; the dated record of offices has him at the head of the
    // United States in August 2025.
    let text = "Steve Witkoff, Trump's special envoy, met officials. Donald Trump said the United States would act."
    let graph = Extractor().extract(name: "t", text: text, date: "2025-08-08")
    #expect(graph.describe(.memberOf) == ["Steve Witkoff -> United States (occurred)"])
    // In 2010 the record has him heading nothing.
    #expect(Extractor().extract(name: "t", text: text, date: "2010-08-08").describe(.memberOf).isEmpty)
}
