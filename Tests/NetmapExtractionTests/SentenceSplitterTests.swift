import NetmapExtraction
import NetmapGraph
import Testing

private func sentences(_ text: String) -> [String] {
    let document = Extractor().annotate(name: "x", text: text)
    return document.sentences.map { document.text($0.range) }
}

@Test func abbreviationsAndInitialsDoNotEndSentences() {
    #expect(sentences("Mr. Blair met U.S. officials on Jan. 5. Then he left.") == [
        "Mr. Blair met U.S. officials on Jan. 5.", "Then he left.",
    ])
}

@Test func closingQuotesStayWithTheirSentence() {
    #expect(sentences("“We are ready.” He said so!") == ["“We are ready.”", "He said so!"])
}

@Test func runsOfFinalMarksEndSentencesOnce() {
    #expect(sentences("He waited... Then he left?! Yes.") == ["He waited...", "Then he left?!", "Yes."])
    #expect(sentences("Wait... what happened?") == ["Wait... what happened?"])
}

@Test func aLineWithoutFinalPunctuationIsAHeadline() {
    let document = Extractor().annotate(name: "x", text: "Leaders gather in Rome\n\nThe summit opened today.")
    #expect(document.sentences.count == 2)
    #expect(document.sentences[0].isHeadline)
    #expect(!document.sentences[1].isHeadline)
}

@Test func sentenceRangesPointIntoTheText() {
    let text = "Première phrase. Deuxième phrase ici."
    let document = Extractor().annotate(name: "x", text: text)
    #expect(document.sentences.map { document.text($0.range) } == ["Première phrase.", "Deuxième phrase ici."])
    #expect(document.sentences[1].range.lowerBound == 17)
}
