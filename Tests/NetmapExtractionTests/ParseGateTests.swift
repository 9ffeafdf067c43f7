import Foundation
import NetmapExtraction
import NetmapGraph
import Testing

// The test made before parsing (a cue of the right part of speech whose frame the sentence's
// words can fill) only spares work: every relation is the one the full parse gives.

private let alaska = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Graphs/alaska-2025/sources")

private func parsed(_ document: TextDocument) -> [Int] {
    document.sentences.indices.filter { !document.sentences[$0].syntax.isEmpty }
}

@Test func sparingTheParseChangesNoRelation() throws {
    var texts = try FileManager.default.contentsOfDirectory(atPath: alaska.path).filter { $0.hasSuffix(".txt") }.sorted()
        .map { try String(contentsOf: alaska.appendingPathComponent($0), encoding: .utf8) }
    texts.append(
        "Tony Blair says Gordon Brown must resign. Tony Blair says Gordon Brown has a cold. Mr Blair stood by Mr Brown. "
            + "Mr Blair stood next to Mr Brown on the platform. France called on Germany to act. France called Germany's plan weak.")
    let extractor = Extractor()
    var everything = DependencyParse(lexicon: extractor.lexicon)
    everything.parsesEverySentence = true
    let passes: [any ExtractionPass] = extractor.passes.map { $0 is DependencyParse ? everything : $0 }
    var spared = 0, relations = 0
    for (n, text) in texts.enumerated() {
        let gated = extractor.annotate(name: "\(n)", text: text)
        var full = TextDocument(name: "\(n)", text: text)
        for pass in passes { pass.run(&full) }
        #expect(gated.relations == full.relations, "text \(n)")
        #expect(Set(parsed(gated)).isSubset(of: parsed(full)))
        spared += parsed(full).count - parsed(gated).count
        relations += gated.relations.count
    }
    #expect(spared > 0 && relations > 0)
}

@Test func aCueIsParsedOnlyWhereItsFrameCanBeFilled() {
    let document = Extractor().annotate(
        name: "t",
        text: "Tony Blair says Gordon Brown must resign. Tony Blair says Gordon Brown has a cold. Mr Blair stood by Mr Brown. "
            + "Mr Blair stood next to Mr Brown on the platform.")
    // "says" states a demand only with an obligation in its clause; "stood" an alliance only with "by".
    #expect(parsed(document) == [0, 2])
    #expect(Fixture("Tony Blair says Gordon Brown must resign.").graph().describe(.demandedOf) == ["Tony Blair -> Gordon Brown (occurred)"])
}

@Test func anIrregularCueFormIsTestedAsItsLemma() {
    let gate = DependencyParse(lexicon: Extractor().lexicon)
    // "said" is "say", whose rows all need an obligation in the sentence.
    #expect(!gate.mayHoldRelation("tony blair said gordon brown had a cold .".split(separator: " ").map(String.init)))
    #expect(gate.mayHoldRelation("tony blair said gordon brown must resign .".split(separator: " ").map(String.init)))
    #expect(gate.mayHoldRelation("tony blair met gordon brown .".split(separator: " ").map(String.init)))
    #expect(!gate.mayHoldRelation("tony blair greeted gordon brown .".split(separator: " ").map(String.init)))
}
