import NetmapExtraction
import NetmapGraph
import NetmapLexicon
import Testing

private func graph(_ text: String, date: String? = nil) -> Graph {
    Extractor().extract(name: "t", text: text, date: date)
}

@Test func aHyphenatedStateAndAMilitaryLeaderAreRead() {
    let g = graph("Burkina-Faso's military leader Ibrahim Traore met Malian President Assimi Goita in Bamako. Croatia demanded that Serbia withdraw its troops from the border.")
    #expect(g.entities.contains { $0.label == "Burkina Faso" && $0.kind == .state })
    #expect(g.describe(.leaderOf).contains("Ibrahim Traoré -> Burkina Faso (occurred)"))
    #expect(g.describe(.met) == ["Assimi Goïta -> Ibrahim Traoré (occurred)"])
    #expect(g.describe(.demandedOf) == ["Croatia -> Serbia (occurred)"])
}

@Test func familyNamesFirstResolveMrLeeAndMrHe() {
    let g = graph("Chinese Vice Premier He Lifeng met US Treasury Secretary Scott Bessent in Geneva. Mr He later criticised Washington's tariffs. South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo, and Mr Lee invited Mr Ishiba to Seoul.")
    #expect(!g.entities.contains { $0.label == "He" || $0.label == "Lee" })
    #expect(g.describe(.memberOf).contains("He Lifeng -> China (occurred)"))
    #expect(g.describe(.criticised).contains("He Lifeng -> United States (occurred)"))
    #expect(g.describe(.invited).contains("Lee Jae-myung -> Shigeru Ishiba (occurred)"))
    #expect(g.describe(.met).contains("He Lifeng -> Scott Bessent (occurred)"))
}

@Test func aTitleWithoutItsStateTakesTheDatedRecord() {
    let text = "Prime Minister Bob Hawke met President Reagan in Washington. Australia and the United States agreed."
    let dated = graph(text, date: "1987-03-04")
    #expect(dated.describe(.leaderOf).contains("Bob Hawke -> Australia (occurred)"))
    #expect(dated.describe(.leaderOf).contains { $0.hasSuffix("-> United States (occurred)") })
    // Outside his term the record says nothing.
    #expect(!graph(text, date: "1975-01-01").describe(.leaderOf).contains("Bob Hawke -> Australia (occurred)"))
    // A person the text merely names gets no office from world knowledge.
    #expect(graph("Bob Hawke spoke in Australia's parliament.", date: "1987-03-04").describe(.leaderOf).isEmpty)
}

@Test func statesAreThoseOfTheDocumentsTime() {
    let text = "Foreign Minister Hans-Dietrich Genscher of Germany flew to Moscow. Bonn and Moscow agreed."
    let then = graph(text, date: "1987-06-01")
    #expect(then.entities.contains { $0.label == "West Germany" })
    #expect(then.entities.contains { $0.label == "Soviet Union" })
    #expect(!then.entities.contains { $0.label == "Germany" || $0.label == "Russia" })
    let now = graph(text, date: "2020-06-01")
    #expect(now.entities.contains { $0.label == "Germany" })
}

@Test func aLoneSurnameIsTheOfficeHolderOfTheTime() {
    let text = "Prime Minister Nakasone met U.S. officials in Tokyo. Japan said the talks went well."
    let g = graph(text, date: "1987-02-26")
    #expect(g.entities.contains { $0.id == "person:yasuhiro-nakasone" })
    #expect(g.describe(.leaderOf).contains { $0.hasSuffix("-> Japan (occurred)") })
    // Undated, the surname stays as it is.
    #expect(!graph(text).entities.contains { $0.id == "person:yasuhiro-nakasone" })
}

@Test func titlesCarryTheirPortfolioAndTheirState() {
    let g = graph("Saudi Arabia's Oil Minister Hisham Nazer met Lib Dem foreign affairs spokesman Menzies Campbell. President of France Emmanuel Macron spoke. Republican Kevin McCarthy agreed.")
    #expect(g.describe(.memberOf).contains("Hisham Nazer -> Saudi Arabia (occurred)"))
    #expect(g.describe(.memberOf).contains("Menzies Campbell -> Liberal Democrats (occurred)"))
    #expect(g.describe(.leaderOf).contains("Emmanuel Macron -> France (occurred)"))
    #expect(g.describe(.memberOf).contains("Kevin McCarthy -> Republican Party (occurred)"))
}

@Test func aFormerTitleGivesNoOfficeAndAnInterimOneDoes() {
    let g = graph("Former Prime Minister Theresa May met interim President Ahmed Hussein of Sudan. The United Kingdom said so.")
    #expect(!g.describe(.leaderOf).contains { $0.hasPrefix("Theresa May") })
    #expect(g.describe(.leaderOf).contains("Ahmed Hussein -> Sudan (occurred)"))
}

@Test func anOfficeInANationalBodyServesItsState() {
    let g = graph("U.S. Treasury Secretary James Baker met the minister. The United States agreed.")
    #expect(g.describe(.memberOf).contains("James Baker -> United States (occurred)"))
}

@Test func thePassesRunInTheOrderTheirNeedsAsk() {
    #expect(Extractor().passes.firstOutOfOrder() == nil)
    var reversed = Extractor().passes
    reversed.reverse()
    #expect(reversed.firstOutOfOrder()?.index == 0)
}

@Test func everyWordClassHasWords() {
    for wordClass in Lexicon.WordClass.allCases {
        #expect(!Lexicon.builtin.words(wordClass).isEmpty, "\(wordClass)")
    }
    #expect(Lexicon.builtin.months.count == 12)
}

@Test func aNationalityBeforeCoordinatedTitlesQualifiesEach() {
    let g = graph("Dutch Prime Minister Mark Rutte and Finance Minister Wopke Hoekstra met Belgian officials.")
    #expect(g.describe(.leaderOf).contains("Mark Rutte -> Netherlands (occurred)"))
    #expect(g.describe(.memberOf).contains("Wopke Hoekstra -> Netherlands (occurred)"))
}
