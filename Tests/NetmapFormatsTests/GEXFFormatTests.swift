import Foundation
import NetmapFormats
import NetmapGraph
import Testing

@Test func gexfMatchesTheHandCheckedSnapshot() throws {
    try expectSnapshot(String(decoding: GEXFFormat.encode(SampleGraph.graph), as: UTF8.self), named: "sample.gexf")
}

@Test func gexfRoundTripsWithoutLoss() throws {
    var graph = SampleGraph.graph
    // A second status of the same pair travels on the same edge.
    graph.add(Relation(kind: .met, source: "person:ana-lima", target: "person:bo-park", status: .occurred,
                       evidence: [Evidence(source: "s1", sentence: "They met.", start: 80, end: 89, cue: "met")]))
    let decoded = try GEXFFormat.decode(GEXFFormat.encode(graph))
    #expect(decoded.entities == graph.entities)
    #expect(decoded.relations == graph.relations)
}

@Test func gexfKeepsRelationKindsApartOnOnePair() {
    var graph = SampleGraph.graph
    graph.add(Relation(kind: .criticised, source: "person:ana-lima", target: "person:bo-park"))
    let xml = String(decoding: GEXFFormat.encode(graph), as: UTF8.self)
    #expect(xml.contains("kind=\"met\""))
    #expect(xml.contains("kind=\"criticised\""))
}

@Test func gexfIsValidAgainstTheRelaxNGGrammar() throws {
    for graph in [SampleGraph.graph, SampleGraph.hostile] {
        guard let (ok, output) = try xmllint(GEXFFormat.encode(graph), schema: "gexf-1.3/gexf.rng", relaxNG: true) else {
            return
        }
        #expect(ok, "\(output)")
    }
}

@Test func hostileNamesSurviveGEXF() throws {
    let decoded = try GEXFFormat.decode(GEXFFormat.encode(SampleGraph.hostile))
    let labels = Set(decoded.entities.map(\.label))
    for name in SampleGraph.hostileNames where !name.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
        #expect(labels.contains(name), "lost \(name.debugDescription)")
    }
}

@Test func undatedGraphsAreStatic() {
    var graph = Graph()
    graph.add(Entity(kind: .person, label: "Ana Lima", sources: ["s1"]))
    graph.add(Document(name: "s1"))
    let xml = String(decoding: GEXFFormat.encode(graph), as: UTF8.self)
    #expect(xml.contains("mode=\"static\""))
    #expect(!xml.contains("<spell"))
}
