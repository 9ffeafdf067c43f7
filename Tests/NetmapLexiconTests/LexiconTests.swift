import NetmapGraph
import NetmapLexicon
import Testing

@Test func builtinTablesParse() {
    let lexicon = Lexicon.builtin
    #expect(lexicon.states.count >= 190)
    #expect(lexicon.organisations.count >= 100)
    #expect(lexicon.givenNames.count >= 1000)
}

@Test func stateAliasesSeatsAndDemonymsResolveToTheirState() {
    let names = Lexicon.builtin.names
    #expect(names.longestMatch(in: ["U.S."], at: 0)?.values.first == .state("united-states"))
    #expect(names.longestMatch(in: ["Kyiv"], at: 0)?.values.first == .seat("ukraine"))
    #expect(names.longestMatch(in: ["Kiev"], at: 0)?.values.first == .seat("ukraine"))
    #expect(names.longestMatch(in: ["Belarusian"], at: 0)?.values.first == .demonym("belarus"))
    #expect(names.longestMatch(in: ["DPRK"], at: 0)?.values.first == .state("north-korea"))
}

@Test func longestNameWins() {
    let names = Lexicon.builtin.names
    let words = Tokenizer.words("the European Commission said")
    let match = names.longestMatch(in: words, at: 1)
    #expect(match?.length == 2)
    #expect(match?.values.first == .organisation("european-commission"))
}

@Test func titlesMatchWhateverTheirCase() {
    let titles = Lexicon.builtin.titles
    let words = Tokenizer.words("Foreign Minister Sergei Lavrov".lowercased())
    #expect(titles.longestMatch(in: words, at: 0)?.values.first?.role == .member)
    #expect(titles.longestMatch(in: ["prime", "minister"], at: 0)?.values.first?.role == .leader)
}

@Test func aUserTableAddsNames() throws {
    var lexicon = Lexicon.builtin
    try lexicon.add(table: "people", text: "jane-roe | Jane Roe | Roe\n")
    #expect(lexicon.names.longestMatch(in: ["Roe"], at: 0)?.values.first == .person("jane-roe"))
}

@Test func aBadValueNamesTheTableAndLine() {
    var lexicon = Lexicon()
    #expect(throws: LexiconError.self) {
        try lexicon.add(table: "relation-cues", text: "# x\nbefriend | verb | friends_with | subject | obj | occurred | added\n")
    }
    do {
        try lexicon.add(table: "relation-cues", text: "# x\nbefriend | verb | friends_with | subject | obj | occurred | added\n")
    } catch {
        #expect(error.description.hasPrefix("relation-cues table line 2: unknown relation kind 'friends_with'"))
    }
}

@Test func anUnknownTableIsRefused() {
    var lexicon = Lexicon()
    #expect(throws: LexiconError.unknownTable(name: "planets")) {
        try lexicon.add(table: "planets", text: "mars\n")
    }
}
