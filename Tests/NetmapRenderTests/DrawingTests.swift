import Foundation
import NetmapFormats
import NetmapGraph
@testable import NetmapRender
import NetmapTestSupport
import PropertyBased
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A hub with `spokes` people around it, and `pairs` pairs apart: the shape of a news corpus.
private func corpus(spokes: Int, pairs: Int) -> Graph {
    var graph = Graph()
    let hub = Entity(kind: .organisation, label: "Party", mentions: 30)
    graph.add(hub)
    for k in 0..<spokes {
        let person = Entity(kind: .person, label: "Member Number \(k)")
        graph.add(person)
        graph.add(Relation(kind: .memberOf, source: person.id, target: hub.id))
    }
    for k in 0..<pairs {
        let leader = Entity(kind: .person, label: "Leader \(k)"), state = Entity(kind: .state, label: "State \(k)")
        graph.add(leader)
        graph.add(state)
        graph.add(Relation(kind: .leaderOf, source: leader.id, target: state.id))
    }
    return graph
}

/// The numbers of an attribute in laid-out DOT: `bb="0,0,10,20"` gives [0, 0, 10, 20].
private func numbers(_ dot: String, _ attribute: String) -> [Double]? {
    guard let range = dot.range(of: "\(attribute)=\"") else { return nil }
    let value = dot[range.upperBound...].prefix { $0 != "\"" }
    return value.split(separator: ",").compactMap { Double($0) }
}

@Test func manySmallPartsArePackedToAScreensShape() throws {
    let dot = String(decoding: try Renderer.render(DOTFormat.drawing(corpus(spokes: 0, pairs: 40)), engine: .auto, format: .dot), as: UTF8.self)
    let bb = try #require(numbers(dot, "bb"))
    let aspect = bb[2] / bb[3]
    #expect(aspect >= 4.0 / 3 - 0.05 && aspect <= 16.0 / 9 + 0.05, "\(bb)")
}

@Test func aHubWithManyLeavesIsNotDrawnAsAStrip() throws {
    let dot = String(decoding: try Renderer.render(DOTFormat.drawing(corpus(spokes: 60, pairs: 10)), engine: .auto, format: .dot), as: UTF8.self)
    let bb = try #require(numbers(dot, "bb"))
    #expect(bb[2] / bb[3] < 2, "\(bb)")
}

@Test func theLegendStandsApartFromTheDrawing() throws {
    let drawing = DOTFormat.drawing(corpus(spokes: 12, pairs: 3))
    let dot = String(decoding: try Renderer.render(drawing, engine: .auto, format: .dot), as: UTF8.self)
    // The legend's frame is a cluster; no entity lies inside it.
    let frame = try #require(dot.range(of: "subgraph \"cluster_netmap:legend\"").flatMap { numbers(String(dot[$0.lowerBound...]), "bb") })
    let entity = try NSRegularExpression(pattern: #"\t"(person|state|organisation):[^"]*"\t\[[^\]]*?pos="([-0-9.]+),([-0-9.]+)""#)
    let matches = entity.matches(in: dot, range: NSRange(dot.startIndex..., in: dot))
    #expect(matches.count == 12 + 1 + 6)
    for match in matches {
        let x = Double(dot[Range(match.range(at: 2), in: dot)!])!, y = Double(dot[Range(match.range(at: 3), in: dot)!])!
        #expect(!(x > frame[0] && x < frame[2] && y > frame[1] && y < frame[3]), "\(x),\(y) in \(frame)")
    }
}

@Test func everyEdgeKeepsItsLabel() throws {
    var graph = corpus(spokes: 3, pairs: 3)
    graph.add(Relation(kind: .met, source: "person:leader-0", target: "person:leader-1", status: .planned))
    let svg = String(decoding: try Renderer.render(DOTFormat.drawing(graph), engine: .auto, format: .svg), as: UTF8.self)
    // Three edges each, and the legend's row.
    #expect(svg.components(separatedBy: ">member of</text>").count - 1 == 3 + 1)
    #expect(svg.components(separatedBy: ">leader of</text>").count - 1 == 3 + 1)
    #expect(svg.contains(">met (planned)</text>"))
}

@Test func aDrawingIsTheSameEveryTime() throws {
    let drawing = DOTFormat.drawing(corpus(spokes: 30, pairs: 12), options: .init(title: "t", caption: "c"))
    let first = try Renderer.render(drawing, engine: .auto, format: .svg)
    #expect(try Renderer.render(drawing, engine: .auto, format: .svg) == first)
}

@Test func clustersComeOutInTheOrderOfTheParts() throws {
    // Named against their order, so that no sorting by name could pass for it.
    let names = (0..<12).map { "cluster_\(11 - $0)" }
    let parts = names.map { name in
        DOTDrawing.Part(dot: "digraph p { subgraph \(name) { label=\"\(name)\"; n_\(name); } }\n", entities: 1, labelled: false)
    }
    let drawing = DOTDrawing(header: "digraph netmap {}\n", parts: parts, legend: nil)
    let dot = String(decoding: try Renderer.render(drawing, engine: .dot, format: .dot), as: UTF8.self)
    let places = names.compactMap { dot.range(of: "subgraph \($0) {")?.lowerBound }
    #expect(places.count == names.count)
    #expect(places == places.sorted())
    // Every node keeps its name.
    for name in names { #expect(dot.contains("n_\(name)")) }
}

@Test func eachEngineDrawsTheParts() throws {
    for engine in Renderer.Engine.allCases {
        let svg = try Renderer.render(DOTFormat.drawing(corpus(spokes: 8, pairs: 2)), engine: engine, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("Member Number 7"), "\(engine)")
    }
}

@Test func anEmptyDrawingIsItsTitle() throws {
    let svg = String(decoding: try Renderer.render(DOTFormat.drawing(Graph(), options: .init(title: "Nothing")), engine: .auto, format: .svg), as: UTF8.self)
    #expect(svg.contains(">Nothing</text>"))
}

@Test func randomGraphsWithHostileNamesDrawWellFormedSVG() async {
    await propertyCheck(count: 30, input: RandomGraph.graph) { graph in
        let svg = try Renderer.render(DOTFormat.drawing(graph, options: .init(title: "t", allEntities: true)), engine: .auto, format: .svg)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }
}

@Test func packedBoxesNeverOverlap() {
    var parts = [Packing.Size(w: 900, h: 700)]
    for k in 0..<25 {
        parts.append(Packing.Size(w: Double(80 + k * 7 % 90), h: Double(60 + k * 13 % 70)))
    }
    let legend = Packing.Size(w: 220, h: 480)
    let packing = Packing(parts: parts, legend: legend)
    typealias Frame = (x0: Double, y0: Double, x1: Double, y1: Double)
    var boxes: [Frame] = []
    for (origin, part) in zip(packing.origins, parts) {
        boxes.append((origin.x, origin.y, origin.x + part.w, origin.y + part.h))
    }
    let corner = packing.legend!
    boxes.append((corner.x, corner.y, corner.x + legend.w, corner.y + legend.h))
    for (i, a) in boxes.enumerated() {
        let inside = a.x0 >= 0 && a.y0 >= 0 && a.x1 <= packing.size.w + 0.01 && a.y1 <= packing.size.h + 0.01
        #expect(inside, "\(a) outside \(packing.size)")
        for b in boxes[(i + 1)...] {
            let apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
            #expect(apart, "\(a) overlaps \(b)")
        }
    }
    #expect(packing.origins[0] == Packing.Point(x: 0, y: 0))
    #expect(corner.y == 0)
    let aspect = packing.size.w / packing.size.h
    #expect(Packing.aspects.contains(aspect), "\(packing.size)")
}
