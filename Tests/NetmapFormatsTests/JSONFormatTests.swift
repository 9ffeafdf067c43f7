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
