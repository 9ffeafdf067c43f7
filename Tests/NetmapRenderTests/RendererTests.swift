import Foundation
import NetmapFormats
import NetmapGraph
import NetmapRender
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

private var sample: Graph {
    Graph(
        entities: [
            Entity(kind: .person, label: "Ana Lima", sources: ["s1"]),
            Entity(kind: .state, label: "Chile", sources: ["s1"]),
            Entity(kind: .organisation, label: "<Evil> & \"Co\"", sources: ["s1"]),
        ],
        relations: [
            Relation(
                kind: .leaderOf, source: "person:ana-lima", target: "state:chile",
                evidence: [Evidence(source: "s1", sentence: "President Ana Lima of Chile spoke.", start: 0, end: 34, cue: "President")])
        ])
}

/// The text of every `<title>` and every `xlink:title` attribute in an SVG.
private final class SVGReader: NSObject, XMLParserDelegate {
    var titles: [String] = []
    var tooltips: [String] = []
    private var inTitle = false
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "title" { inTitle = true; text = "" }
        if let tip = attributes["xlink:title"] { tooltips.append(tip) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { titles.append(text); inTitle = false }
    }
}

@Test func svgIsWellFormedAndHasEveryNode() throws {
    let svg = try Renderer.render(dot: DOTFormat.encode(sample), engine: .auto, format: .svg, nodes: 3)
    let reader = SVGReader()
    let parser = XMLParser(data: svg)
    parser.delegate = reader
    #expect(parser.parse(), "SVG is not well-formed XML")
    for id in sample.entities.map(\.id.rawValue) {
        #expect(reader.titles.contains(id), "no node \(id) in the SVG")
    }
    #expect(String(decoding: svg, as: UTF8.self).contains("&lt;Evil&gt; &amp; &quot;Co&quot;"))
}

@Test func everyEdgeCarriesItsEvidenceAsATooltip() throws {
    let svg = try Renderer.render(dot: DOTFormat.encode(sample), engine: .dot, format: .svg)
    let reader = SVGReader()
    let parser = XMLParser(data: svg)
    parser.delegate = reader
    #expect(parser.parse())
    #expect(reader.tooltips.contains { $0.contains("President Ana Lima of Chile spoke.") && $0.contains("s1") })
}

@Test func everyEngineRenders() throws {
    for engine in Renderer.Engine.allCases {
        let svg = try Renderer.render(dot: DOTFormat.encode(sample), engine: engine, format: .svg, nodes: 3)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"), "\(engine)")
    }
}

@Test func pngAndPdfAreProduced() throws {
    let png = try Renderer.render(dot: DOTFormat.encode(sample), engine: .dot, format: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let pdf = try Renderer.render(dot: DOTFormat.encode(sample), engine: .dot, format: .pdf)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
}

@Test func aGraphvizSyntaxErrorCarriesGraphvizsMessage() {
    do {
        _ = try Renderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
        Issue.record("rendered broken DOT")
    } catch {
        guard case .parse(let message) = error else {
            Issue.record("wrong error \(error)")
            return
        }
        #expect(message.lowercased().contains("syntax error"))
    }
}

@Test func autoPicksDotForSmallGraphsAndSfdpForLarge() {
    #expect(Renderer.resolve(.auto, nodes: 10) == .dot)
    #expect(Renderer.resolve(.auto, nodes: 5_000) == .sfdp)
    #expect(Renderer.resolve(.neato, nodes: 5_000) == .neato)
}

@Test func renderingFromManyThreadsIsSerialised() async throws {
    let dot = DOTFormat.encode(sample)
    try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<8 {
            group.addTask { try Renderer.render(dot: dot, engine: .dot, format: .svg).count }
        }
        var sizes: Set<Int> = []
        for try await size in group { sizes.insert(size) }
        #expect(sizes.count == 1)
    }
}
