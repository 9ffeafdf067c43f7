import Foundation
import NetmapFormats
import NetmapGraph
import NetmapRender
import NetmapTestSupport
import PropertyBased
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

// For random graphs with hostile names, Graphviz reads netmap's DOT as meant: no name breaks
// out of its quotes, no two entities become one node, and the SVG it draws is well-formed.

@Test func graphvizReadsOneNodePerEntityAndTheLegend() async {
    await propertyCheck(input: RandomGraph.graph) { graph in
        let parsed = try Renderer.parse(dot: DOTFormat.encode(graph))
        #expect(parsed.nodes.count == graph.entities.count + 1)
        #expect(Set(parsed.nodes).count == parsed.nodes.count)
        // Relations, plus the invisible edges that stack unrelated entities in rows.
        #expect(parsed.edges >= graph.relations.count)
    }
}

@Test func graphvizDrawsWellFormedSVG() async {
    await propertyCheck(count: 40, input: RandomGraph.graph) { graph in
        let svg = try Renderer.render(dot: DOTFormat.encode(graph), engine: .dot, format: .svg)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        // Nothing in a name is expanded by Graphviz: the SVG grows with the names, no faster.
        let names = graph.entities.reduce(0) { $0 + $1.label.utf8.count + $1.id.rawValue.utf8.count + $1.sources.joined().utf8.count }
            + graph.relations.reduce(0) { $0 + $1.evidence.reduce(0) { $0 + $1.sentence.utf8.count + $1.source.utf8.count } }
            // Every edge names both its ends again (its title and tooltip).
            + graph.relations.reduce(0) { $0 + $1.source.rawValue.utf8.count + $1.target.rawValue.utf8.count }
        #expect(svg.count < 100_000 + 40 * names, "\(svg.count) bytes of SVG for \(names) bytes of names")
    }
}

@Test func idsThatDifferOnlyInCharactersDOTCannotShowStayApart() throws {
    let ids = ["a\tb", "a b", "a\rb", "ab", "a\u{1}b", "a\\x{1}b", "a\u{FFFE}b", "a\u{FFFD}b", "netmap:legend"]
    let graph = Graph(entities: ids.map { Entity(kind: .person, label: $0, id: $0) }, relations: [])
    let parsed = try Renderer.parse(dot: DOTFormat.encode(graph))
    #expect(parsed.nodes.count == ids.count + 1)
    #expect(Set(parsed.nodes).count == ids.count + 1)
}
