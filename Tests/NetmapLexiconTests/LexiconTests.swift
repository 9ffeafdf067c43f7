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

@Test func aWordsClassesAgreeWithTheClassesWords() throws {
    let lexicon = Lexicon.builtin
    // "his" is both a pronoun and a possessive; "the" neither.
    let his = lexicon.classes(of: "his")
    #expect(his.contains(Lexicon.WordClasses(.pronoun)) && his.contains(Lexicon.WordClasses(.possessive)))
    #expect(!lexicon.classes(of: "the").contains(Lexicon.WordClasses(.pronoun)))
    #expect(lexicon.classes(of: "parliament").isEmpty)
    // Every word of every class has exactly the bits of the classes it is in.
    let words = Set(Lexicon.WordClass.allCases.flatMap { lexicon.words($0) })
    for word in words {
        let expected = Lexicon.WordClasses(
            Lexicon.WordClass.allCases.filter { lexicon.words($0).contains(word) }.map(Lexicon.WordClasses.init))
        #expect(lexicon.classes(of: word) == expected, "\(word)")
    }
    // A class added by a user table is looked up the same way.
    var extended = lexicon
    try extended.add(table: "function-words", text: "# word | class\nit's | body-pronoun\n")
    #expect(extended.classes(of: "it's").contains(Lexicon.WordClasses(.bodyPronoun)))
}
