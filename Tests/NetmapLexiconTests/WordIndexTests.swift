import NetmapLexicon
import Testing

@Test func wordsKeepTheirNumbersAsTheIndexGrows() {
    var index = WordIndex()
    // Enough words to make the table grow several times, with non-ASCII and empty ones.
    let words = (0..<5000).map { "w\($0)" } + ["Erdoğan", "Ερντογάν", "", "e\u{301}"]
    for (n, word) in words.enumerated() { #expect(index.insert(word) == n) }
    #expect(index.count == words.count)
    for (n, word) in words.enumerated() where n % 97 == 0 || n >= 5000 { #expect(index[word] == n) }
    #expect(index.insert("w42") == 42)
    #expect(index["w5000"] == nil && index["Erdogan"] == nil)
    // Words are told apart by their bytes, as the tables write them.
    #expect(index["\u{e9}"] == nil)
}

@Test func aWordOfAShapeNoWordHasIsTurnedAwayAndOneOfAKnownShapeIsStillCompared() {
    var index = WordIndex()
    index.insert("minister")
    index.insert("")
    #expect(index["minister"] == 0 && index[""] == 1)
    // Same first byte and length as "minister", another word; other lengths and first bytes.
    #expect(index["ministry"] == nil)
    #expect(index["minist"] == nil && index["Minister"] == nil && index["ministers"] == nil)
    // Lengths from 63 bytes up share one bit: a long word is still compared in full.
    let long = String(repeating: "a", count: 70)
    index.insert(long)
    #expect(index[long] == 2 && index[String(repeating: "a", count: 80)] == nil)
}
