import Foundation
import NetmapFormats
import NetmapGraph
import Testing

@Test func jsonRoundTripsWithoutLoss() throws {
    for graph in [SampleGraph.graph, SampleGraph.hostile] {
        let decoded = try JSONFormat.decode(JSONFormat.encode(graph))
        #expect(decoded == graph)
    }
}

@Test func jsonIsDeterministic() {
    #expect(JSONFormat.encode(SampleGraph.graph) == JSONFormat.encode(SampleGraph.graph))
}

@Test func jsonOfSomethingElseIsRefused() {
    #expect(throws: FormatError.self) { try JSONFormat.decode(Data("[1, 2]".utf8)) }
    #expect(throws: FormatError.notAGraph(format: "JSON", reason: "format is 'other', expected 'netmap-graph'")) {
        try JSONFormat.decode(Data(#"{"format": "other", "version": 1, "documents": [], "entities": [], "relations": []}"#.utf8))
    }
}

@Test func jsonWithARelationToAMissingEntityIsRefused() {
    let text = #"""
        {"format": "netmap-graph", "version": 1, "documents": [], "entities": [],
         "relations": [{"kind": "met", "source": "person:a", "target": "person:b", "status": "occurred", "evidence": []}]}
        """#
    #expect(throws: FormatError.invalid(format: "JSON", reason: "relation names unknown entity 'person:a'")) {
        try JSONFormat.decode(Data(text.utf8))
    }
}

@Test func jsonSurrogatePairsJoinAndUnpairedOnesBecomeReplacementCharacters() throws {
    func label(_ escaped: String) throws -> String? {
        let text = #"{"format": "netmap-graph", "version": 1, "documents": [], "relations": [], "entities": [{"id": "person:x", "kind": "person", "label": ""#
            + escaped + #"", "aliases": [], "mentions": 1, "sources": []}]}"#
        return try JSONFormat.decode(Data(text.utf8)).entities.first?.label
    }
    #expect(try label(#"\ud83d\ude00"#) == "😀")
    #expect(try label(#"\ud800\ud800x"#) == "\u{FFFD}\u{FFFD}x")
    #expect(try label(#"\ud800\ud83d\ude00"#) == "\u{FFFD}😀")
    #expect(try label(#"\ude00a"#) == "\u{FFFD}a")
    #expect(throws: FormatError.self) { try label(#"\u+fff"#) }
}
