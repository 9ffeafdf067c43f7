import NetmapLexicon
import NetmapSyntax
import Testing

@Test func theParserFindsSubjectObjectAndObliques() throws {
    try #require(SyntaxParser.shared.isTrained)
    let words = parse("Putin met Trump in Alaska .")
    #expect(words.map(\.relation) == ["nsubj", "root", "obj", "case", "obl", "punct"])
    #expect(heads(words) == ["met", "ROOT", "met", "Alaska", "met", "met"])
}

@Test func anEmptySentenceGivesNoTokens() {
    #expect(SyntaxParser.shared.parse([]).isEmpty)
}

@Test func everySentenceIsOneTreeWhateverItHolds() {
    let texts = [
        "a", ".", "\u{0B}\u{0C} ## ?? !!", "😀 👍🏽 🇺🇦", "ИИ и США провели переговоры .", "ﷺ العربية", "n't 's 'll",
        String(repeating: "talks ", count: 1_000), String(repeating: "( [ { ", count: 300),
        String(repeating: "x", count: 100_000),
    ]
    for text in texts {
        let words = parse(text)
        #expect(words.count == Tokenizer.words(text).count)
        expectTree(words, text)
    }
}

@Test func sentencesPastTheCapAreParsedInPiecesUnderOneRoot() {
    let text = (0..<3).map { _ in String(repeating: "Officials met envoys . ", count: 70) }.joined()
    let words = parse(text)
    #expect(words.count > SyntaxParser.maximumLength * 2)
    expectTree(words, "long")
}

/// One root; every other token has a head in the sentence; no cycles.
func expectTree(_ words: [SyntaxToken], _ what: String) {
    guard !words.isEmpty else { return }
    #expect(words.filter { $0.head == nil }.count == 1, "\(what.prefix(40))")
    for (i, word) in words.enumerated() {
        var seen = 0
        var at = i
        while let head = words[at].head, seen <= words.count {
            #expect(head >= 0 && head < words.count && head != at)
            at = head
            seen += 1
        }
        #expect(seen <= words.count, "cycle at \(i) in \(what.prefix(40))")
        #expect((word.head == nil) == (word.relation == "root"))
    }
}
