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

/// A graph file's text with these members (JSON text each) around a valid header.
private func graphText(_ members: [(String, String)], header: Bool = true) -> Data {
    let all = (header ? [("format", #""netmap-graph""#), ("version", "1")] : []) + members
    return Data(("{" + all.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}").utf8)
}

private let personA = #"{"id": "person:a", "kind": "person", "label": "A", "aliases": [], "mentions": 1, "sources": ["s"]}"#
private let personB = #"{"id": "person:b", "kind": "person", "label": "B", "aliases": [], "mentions": 1, "sources": ["s"]}"#
private func relation(kind: String = #""met""#, source: String = "person:a", evidence: String = #"[{"source": "s", "sentence": "A met B.", "start": 0, "end": 8, "cue": "met"}]"#) -> String {
    #"{"kind": \#(kind), "source": "\#(source)", "target": "person:b", "status": "occurred", "evidence": \#(evidence)}"#
}

@Test func jsonListsMayComeInAnyOrderAndANameGivenTwiceCountsAsGivenLast() throws {
    let graph = try JSONFormat.decode(graphText([
        ("relations", "[\(relation())]"), ("entities", "[]"), ("documents", #"[{"name": "first"}]"#),
        ("entities", "[\(personA), \(personB)]"), ("documents", #"[{"name": "s"}]"#),
    ]))
    #expect(graph.entities.map(\.id) == ["person:a", "person:b"])
    #expect(graph.relations.map(\.kind) == [.met])
    #expect(graph.relations.first?.evidence.map(\.sentence) == ["A met B."])
    #expect(graph.sortedDocuments.map(\.name) == ["s"])
    // Within a record too, and names written with escapes are the same names.
    let escaped = try JSONFormat.decode(graphText([
        ("documents", "[]"), ("entities", "[\(personA), \(personB)]"),
        ("relations", #"[{"k\u0069nd": "met", "kind": "allied_with", "source": "person:a", "target": "person:b", "status": "planned", "evidence": []}]"#),
    ]))
    #expect(escaped.relations.map(\.kind) == [.alliedWith])
    #expect(escaped.relations.map(\.status) == [.planned])
}

@Test func jsonErrorsComeInTheOrderOfTheFile() {
    func error(_ data: Data) -> FormatError? {
        do { _ = try JSONFormat.decode(data); return nil } catch { return error }
    }
    let entities = ("entities", "[\(personA), \(personB)]"), documents = ("documents", "[]")
    func notAGraph(_ reason: String) -> FormatError { .notAGraph(format: "JSON", reason: reason) }
    // Text that is not JSON, wherever it is, before what the JSON says.
    #expect(error(Data((#"{"format": "netmap-graph", "version": 1, "entities": [{"id": 1}], "relations": [}"#).utf8))?
        .description.contains("not valid JSON") == true)
    // The header before the lists.
    #expect(error(graphText([documents, ("entities", #"[{"id": 1}]"#)], header: false)) == notAGraph("missing 'format' at top level"))
    #expect(error(graphText([documents, entities])) == notAGraph("missing 'relations'"))
    #expect(error(graphText([documents, entities, ("relations", "{}")])) == notAGraph("relations is not a list"))
    // The first bad record of the first bad list.
    #expect(error(graphText([documents, ("entities", #"[{"id": "person:x"}, 5]"#), ("relations", "[5]")]))
        == notAGraph("missing 'kind' at entities[0]"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation()), \(relation(kind: "5")), 7]")]))
        == notAGraph("missing 'kind' at relations[1]"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation()), 7]")])) == notAGraph("relations[1] is not an object"))
    // A relation's ends are checked before its evidence, and before the records after it.
    #expect(error(graphText([documents, entities, ("relations", "[\(relation(source: "person:z", evidence: "3"))]")]))
        == .invalid(format: "JSON", reason: "relation names unknown entity 'person:z'"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation(source: "person:z")), \(relation(kind: #""other""#))]")]))
        == .invalid(format: "JSON", reason: "relation names unknown entity 'person:z'"))
    // In the order the file gives them, also for a symmetric kind (kept in id order).
    #expect(error(graphText([documents, ("entities", "[]"), ("relations", #"[{"kind": "met", "source": "person:b", "target": "person:a", "status": "occurred", "evidence": []}]"#)]))
        == .invalid(format: "JSON", reason: "relation names unknown entity 'person:b'"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation(evidence: "3"))]")]))
        == notAGraph("relations[0].evidence is not a list"))
    #expect(error(graphText([documents, entities, ("relations", #"[{"kind": "met", "source": "person:a", "target": "person:b", "status": "occurred"}]"#)]))
        == notAGraph("missing 'relations[0].evidence'"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation(evidence: #"[{"source": "s", "sentence": "x", "start": 1.5, "end": 2, "cue": "c"}]"#))]")]))
        == notAGraph("missing or non-integer 'start' at relations[0].evidence[0]"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation(evidence: #"[{"source": "s", "sentence": "x", "start": 1, "end": 2}]"#))]")]))
        == notAGraph("missing 'cue' at relations[0].evidence[0]"))
    #expect(error(graphText([documents, entities, ("relations", "[\(relation(evidence: "[[]]"))]")]))
        == notAGraph("relations[0].evidence[0] is not an object"))
}
