import NetmapExtraction
import NetmapGraph
import Testing

@Test func captionsAndLinksAreBoilerplate() {
    let text = """
        Angela Merkel met Nicolas Sarkozy. Photograph: Jane Smith/AFP via Getty Images
        READ MORE: Merkel meets Sarkozy again
        Angela Merkel met Nicolas Sarkozy in Berlin.
        """
    let document = Extractor().annotate(name: "x", text: text)
    #expect(document.boilerplate.count == 2)
    #expect(document.sentences.filter(\.isBoilerplate).count >= 2)
    // Only the prose line states the meeting.
    let graph = Extractor().extract(name: "x", text: text)
    let met = graph.relations.filter { $0.kind == .met }
    #expect(met.count == 1)
    #expect(met.first?.evidence.map(\.sentence) == ["Angela Merkel met Nicolas Sarkozy in Berlin."])
}

@Test func altTextAndDatelinesAreBoilerplate() {
    let text = "8/14/2025\nsmiling man shaking hands with another man\nJoe Biden met Xi Jinping."
    let document = Extractor().annotate(name: "x", text: text)
    #expect(document.boilerplate.count == 2)
    #expect(Extractor().extract(name: "x", text: text).sortedDocuments.first?.date == "2025-08-14")
}
