import NetmapSyntax
import Testing

@Test func aRuleIsWhatTurnsTheFormIntoTheLemma() {
    let rule = Lemmatizer.Rule(from: "talks", to: "talk")
    #expect(rule == Lemmatizer.Rule(cut: 1, append: ""))
    #expect(Lemmatizer.Rule(from: "studies", to: "study").text == "3:y")
    #expect(Lemmatizer.Rule("3:y")?.apply("countries") == "country")
    #expect(Lemmatizer.Rule(cut: 9, append: "").apply("short") == nil)
}

@Test func exceptionsComeBeforeTheLongestSuffixRule() {
    let lemmatizer = Lemmatizer(
        exceptions: ["went\tVERB": "go", "i\tPRON": "I"],
        rules: ["0\t": Lemmatizer.Rule(cut: 0, append: ""), "0\ted": Lemmatizer.Rule(cut: 2, append: ""),
                "0\tied": Lemmatizer.Rule(cut: 3, append: "y")])
    #expect(lemmatizer.lemma("went", tag: 0, upos: .verb) == "go")
    #expect(lemmatizer.lemma("Talked", tag: 0, upos: .verb) == "talk")
    #expect(lemmatizer.lemma("denied", tag: 0, upos: .verb) == "deny")
    #expect(lemmatizer.lemma("met", tag: 0, upos: .verb) == "met")
    // A rule never leaves a lemma empty.
    #expect(lemmatizer.lemma("ed", tag: 0, upos: .verb) == "ed")
    #expect(lemmatizer.lemma("I", tag: 0, upos: .pron) == "I")
    // Proper nouns, numbers and punctuation keep their form.
    #expect(lemmatizer.lemma("Moscow", tag: 0, upos: .propn) == "Moscow")
    #expect(lemmatizer.lemma("1,200", tag: 0, upos: .num) == "1,200")
}

@Test func theBuiltInLemmatiserKnowsCommonNewsWords() throws {
    let parser = SyntaxParser.shared
    try #require(parser.isTrained)
    let words = parse("The leaders held talks and agreed to meet again .", parser)
    #expect(words.map(\.lemma) == ["the", "leader", "hold", "talk", "and", "agree", "to", "meet", "again", "."])
}
