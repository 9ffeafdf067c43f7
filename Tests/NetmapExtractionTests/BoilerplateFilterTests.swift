import Foundation
@testable import NetmapExtraction
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

@Test func aMarkerIsFoundAnywhereInTheLineAndNowhereElse() {
    func contains(_ line: String, _ marker: String) -> Bool {
        var line = line
        return line.withUTF8 { BoilerplateFilter.contains($0, Array(marker.utf8)) }
    }
    #expect(contains("photograph: ap", "photograph:"))
    #expect(contains("a picture by getty images", "getty images"))
    #expect(contains("gggetty", "getty"))
    #expect(contains("x", "x"))
    #expect(contains("anything", ""))
    #expect(!contains("getty image", "getty images"))
    #expect(!contains("", "getty"))
    #expect(!contains("gett ygetty", "gettyx"))
    // Every marker found at every place in a line, and not when one byte differs.
    let marker = "credit: reuters"
    for at in 0...20 {
        let line = String(repeating: "c", count: at) + marker + String(repeating: "r", count: 20 - at)
        #expect(contains(line, marker))
        #expect(!contains(line.replacingOccurrences(of: "reuters", with: "reuterz"), marker))
    }
}
