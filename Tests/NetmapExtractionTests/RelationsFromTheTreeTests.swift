@testable import NetmapExtraction
import NetmapGraph
import Testing

// Relations read from the dependency tree: lists, control and raising, status from the tree,
// and the invention guards of the relation cues' frames.

private func relations(_ text: String, _ kind: Relation.Kind) -> [String] {
    Fixture(text).graph().describe(kind)
}

@Test func statusComesFromTheTree() {
    let text = """
        Indian Prime Minister Narendra Modi did not meet Pakistani Prime Minister Shehbaz Sharif at the summit. \
        Mr Sharif refused to meet Afghan Taliban leader Hibatullah Akhundzada. Sri Lankan President Anura Kumara \
        Dissanayake would meet Mr Modi only if the fishing dispute were settled. Officials denied that \
        Bangladesh's Muhammad Yunus had met Mr Sharif.
        """
    let graph = Fixture(text).graph()
    #expect(graph.describe(.met) == [
        "Anura Kumara Dissanayake -> Narendra Modi (proposed)",
        "Hibatullah Akhundzada -> Shehbaz Sharif (negated)",
        "Muhammad Yunus -> Shehbaz Sharif (negated)",
        "Narendra Modi -> Shehbaz Sharif (negated)",
    ])
    #expect(!graph.relations.contains { Set([$0.source, $0.target]) == ["state:bangladesh", "person:shehbaz-sharif"] })
}

@Test func everyMemberOfAListTakesPart() {
    #expect(relations("Carney will meet the leaders of Spain, Poland, Sweden and Chile on Monday.", .met) == [
        "Mark Carney -> Chile (planned)", "Mark Carney -> Poland (planned)", "Mark Carney -> Spain (planned)",
        "Mark Carney -> Sweden (planned)",
    ])
}

@Test func aListMemberMayOpenWithItsStatesAdjective() {
    // "and Ukrainian President ..." still closes the list of three, however the parser
    // attaches its members.
    #expect(relations(
        "Ushakov played down reports of a three-way meeting between Trump, Putin and Ukrainian President Volodymyr Zelensky.",
        .met) == [
            "Donald Trump -> Vladimir Putin (occurred)", "Donald Trump -> Volodymyr Zelensky (occurred)",
            "Vladimir Putin -> Volodymyr Zelensky (occurred)",
        ])
    // After a comma, "and" with a state's adjective more often opens a clause.
    #expect(relations(
        "Raul Alfonsin met for an hour with Michel Camdessus, and Argentine economy minister Juan Sourrouille said the two men discussed the economy.",
        .met) == ["Michel Camdessus -> Raul Alfonsin (occurred)"])
}

@Test func aListMayOpenAMemberWithAStatesAdjective() {
    // Tokens of "Trump , Putin and Ukrainian President Zelensky said": Ukrainian is a modifier.
    let actorAt: [String?] = ["t", nil, "p", nil, nil, "z", "z", nil]
    let words = ["trump", ",", "putin", "and", "ukrainian", "president", "zelensky", "said"]
    let modifierAt: [String?] = [nil, nil, nil, nil, "u", nil, nil, nil]
    let lists = SentenceReading.lists(actorAt, words: words, coordinators: [",", "and"], modifierAt: modifierAt)
    #expect(lists["t"] == ["t", "p", "z"] && lists["z"] == ["t", "p", "z"])
    // Without the modifier the gap holds a word that is no coordinator: no list.
    #expect(SentenceReading.lists(actorAt, words: words, coordinators: [",", "and"], modifierAt: Array(repeating: nil, count: 8)).isEmpty)
    // ", and Argentine minister X": a comma before "and" does not let the adjective open a member.
    let comma = SentenceReading.lists(
        ["c", nil, nil, nil, "s"], words: ["camdessus", ",", "and", "argentine", "sourrouille"],
        coordinators: [",", "and"], modifierAt: [nil, nil, nil, "a", nil])
    #expect(comma.isEmpty)
}

@Test func aPhraseUnderAnotherCueIsThatCuesEvidence() {
    // "with" belongs to "talks", not to "Speaking" above it.
    let graph = Fixture(
        "Speaking at the Kremlin following talks with UAE President Sheikh Mohammed bin Zayed Al Nahyan yesterday, Putin said he expected to meet Trump."
    ).graph()
    let cues = graph.relations.filter {
        $0.kind == .met && Set([$0.source, $0.target]) == ["person:vladimir-putin", "person:mohammed-bin-zayed-al-nahyan"]
    }.flatMap(\.evidence).map(\.cue)
    #expect(cues == ["talks"])
}

@Test func aVerbWithoutSubjectTakesItsControllers() {
    #expect(relations("Germany asked Brazil to join the fund.", .demandedOf) == ["Germany -> Brazil (occurred)"])
    #expect(relations("Angela Merkel is expected to meet Theresa May.", .met) == ["Angela Merkel -> Theresa May (planned)"])
}

@Test func aDemandNeedsAnAddressee() {
    #expect(relations("Turkey insisted it would not bow to demands to recognise the country.", .demandedOf).isEmpty)
    #expect(relations("Tony Blair insisted that the Turkish leadership had made great advances.", .demandedOf).isEmpty)
    #expect(relations("Croatia demanded that Serbia withdraw its troops.", .demandedOf) == ["Croatia -> Serbia (occurred)"])
    // "said" is a form of the cue "say": what one says another should do is asked of them, in
    // any tense; a passive's subject is acted on, not asked.
    #expect(relations("Michael Howard said Britain should take its fair share.", .demandedOf) == ["Michael Howard -> United Kingdom (occurred)"])
    #expect(relations("Dick Pound says Marion Jones should be stripped of her medals.", .demandedOf).isEmpty)
    #expect(relations("Croatia demanded that Serbia be punished.", .demandedOf).isEmpty)
    #expect(relations("Croatia demanded that Serbia be expelled.", .demandedOf).isEmpty)
}

@Test func anEventIsNoRelation() {
    #expect(relations("Tony Blair defended the war on Iraq.", .atWarWith).isEmpty)
    #expect(relations("Gordon Brown was accused of links to al-Qaeda.", .criticised).isEmpty)
}

@Test func aPersonIsAskedNotTheirCity() {
    #expect(relations("Tony Blair urged London mayor Ken Livingstone to apologise.", .demandedOf) == [
        "Tony Blair -> Ken Livingstone (occurred)"
    ])
}

@Test func aPhraseHungOnANeighbourStillCounts() {
    // The parser attaches "with Michel Camdessus" to "hour", not to "met".
    #expect(relations("Raul Alfonsin met for an hour with Michel Camdessus.", .met) == [
        "Michel Camdessus -> Raul Alfonsin (occurred)"
    ])
}

@Test func aBodySpeakingOfItselfIsTheSubjectOfWhatItSays() {
    // "it" after a reporting verb is the organisation that said it; "UK bank Barclays" is
    // parsed as one name, so that "with" reaches it.
    let text = "South Africa's biggest retail bank Absa has said it is still in talks with UK bank Barclays over a sale."
    #expect(relations(text, .met) == ["Absa -> Barclays (occurred)"])
    // A person's "it" is not the person, and an "it" far from its verb is left alone.
    #expect(relations("John Smith said it was in talks with Barclays.", .met).isEmpty)
    #expect(relations("Absa said on Monday that in the end it was in talks with Barclays.", .met).isEmpty)
}

@Test func aParticipleAfterAnObjectIsAClauseOnThatNoun() {
    // The parser hangs "demanding" on "followed"; its subject is still the ultimatum's.
    let text = "It followed a US ultimatum demanding Russia either agree to a ceasefire in Ukraine or face sanctions."
    #expect(relations(text, .demandedOf) == ["United States -> Russia (occurred)"])
}

@Test func askingForSomeonesResignationIsADemandOfThem() {
    #expect(relations("Donald Trump asked for John Bolton's resignation.", .demandedOf) == ["Donald Trump -> John Bolton (occurred)"])
}

@Test func anAppositionGivingAnOfficeIsParsedWithItsName() {
    let text = """
        Donald Trump, the US president, spoke. The announcement came after Steve Witkoff, Trump's special envoy, \
        held talks with Vladimir Putin at the Kremlin on Wednesday.
        """
    #expect(relations(text, .met) == ["Steve Witkoff -> Vladimir Putin (occurred)"])
    // An apposition that names another actor stays in the parse.
    let listed = "Steve Witkoff, Trump's special envoy and a friend of Vladimir Putin, met Kirill Dmitriev."
    #expect(relations(listed, .met) == ["Kirill Dmitriev -> Steve Witkoff (occurred)"])
}

@Test func aPhraseFrontedBeforeTheVerbIsItsSettingNotItsObject() {
    // "call on X" asks X; "On X, ... called for" is where it was said.
    #expect(relations("On CNN, Donald Trump called for an end to the strike.", .demandedOf).isEmpty)
    #expect(relations("On NATO, Donald Trump called for more spending.", .demandedOf).isEmpty)
    #expect(relations("Tony Blair called on the BBC to apologise.", .demandedOf) == ["Tony Blair -> BBC (occurred)"])
}

@Test func whoIsQuotedAsSayingIsTheOneWhoSaysIt() {
    #expect(relations("Reuters quoted him as saying that Iran should leave OPEC.", .demandedOf).isEmpty)
    #expect(relations("Reuters quoted Tony Blair as saying that Iran should leave OPEC.", .demandedOf) == ["Tony Blair -> Iran (occurred)"])
}

@Test func aParticipleAfterAnObjectIsAClauseOnThatNounWhateverItsLabel() {
    // The parser may call "demanding Russia agree" an xcomp with a subject of its own.
    #expect(relations("It followed a US ultimatum demanding Russia agree to a ceasefire.", .demandedOf) == ["United States -> Russia (occurred)"])
}

@Test func whoIsThankedForDoingSomethingDidIt() {
    #expect(relations("Vladimir Putin thanked Donald Trump for inviting him to Alaska.", .invited) == ["Donald Trump -> Vladimir Putin (occurred)"])
}
