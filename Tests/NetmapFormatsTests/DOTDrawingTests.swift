import NetmapFormats
import NetmapGraph
import Testing

/// A story: three people around a state, and a pair apart; one person with no relation.
private var story: Graph {
    let ana = Entity(kind: .person, label: "Ana Lima", mentions: 9)
    let bo = Entity(kind: .person, label: "Bo Park", mentions: 3)
    let cy = Entity(kind: .person, label: "Cy Ode")
    let chile = Entity(kind: .state, label: "Chile", mentions: 4)
    let dee = Entity(kind: .person, label: "Dee Vo")
    let un = Entity(kind: .organisation, label: "UN")
    let credit = Entity(kind: .organisation, label: "Getty Images")
    return Graph(
        entities: [ana, bo, cy, chile, dee, un, credit],
        relations: [
            Relation(kind: .met, source: ana.id, target: bo.id),
            Relation(kind: .met, source: ana.id, target: bo.id, status: .planned),
            Relation(kind: .threatened, source: bo.id, target: ana.id, status: .proposed),
            Relation(kind: .leaderOf, source: ana.id, target: chile.id),
            Relation(kind: .memberOf, source: cy.id, target: chile.id),
            Relation(kind: .leaderOf, source: dee.id, target: un.id),
        ])
}

@Test func eachConnectedPartIsAGraphOfItsOwnLargestFirst() {
    let drawing = DOTFormat.drawing(story)
    #expect(drawing.parts.map(\.entities) == [4, 2])
    #expect(drawing.parts[0].dot.contains("\"person:cy-ode\" ["))
    #expect(drawing.parts[1].dot.contains("\"organisation:un\" ["))
    #expect(drawing.entityCount == 6)
}

@Test func entitiesWithoutRelationsAreLeftOutUnlessAsked() {
    #expect(!DOTFormat.drawing(story).text.contains("getty-images"))
    let all = DOTFormat.drawing(story, options: .init(allEntities: true))
    #expect(all.parts.count == 3)
    #expect(all.parts[2].dot.contains("cluster_unrelated"))
    #expect(all.parts[2].dot.contains("\"organisation:getty-images\" ["))
}

@Test func theTitleAndCaptionStandAboveTheDrawing() {
    let drawing = DOTFormat.drawing(story, options: .init(title: "A & B", caption: "1 more entity without relations"))
    #expect(drawing.header.contains("<FONT POINT-SIZE=\"30\">A &amp; B</FONT>"))
    #expect(drawing.header.contains("1 more entity without relations"))
    #expect(drawing.header.contains("labelloc=\"t\""))
}

@Test func parallelRelationsAreToldApartByTheirLabels() {
    let dot = DOTFormat.drawing(story).parts[0].dot
    #expect(dot.contains("label=\"met\""))
    #expect(dot.contains("label=\"met (planned)\""))
    #expect(dot.contains("label=\"threatened (proposed)\""))
    #expect(dot.contains("color=\"#EE3377:transparent:#EE3377\", style=\"dashed\""))
}

@Test func aGraphTooLargeForLabelsDrawsAPairsRelationsAsOneLabelledEdge() {
    let dot = DOTFormat.drawing(story, options: .init(labelLimit: 2)).parts[0].dot
    let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
    #expect(edges.count == 3)
    // Drawn from Bo, so that the one directed relation's arrow points at Ana.
    let pair = edges.first { $0.contains("\"person:bo-park\" -> \"person:ana-lima\"") }
    #expect(pair?.contains("label=\"met\\nmet (planned)\\nthreatened (proposed)\"") == true)
    #expect(pair?.contains("color=\"#0077BB:#0077BB:#EE3377\"") == true)
    #expect(pair?.contains("dir=") == false)
    // A relation alone keeps no label.
    #expect(edges.first { $0.contains("state:chile") && $0.contains("cy-ode") }?.contains("label=") == false)
    // The page keeps one edge per relation.
    let page = DOTFormat.drawing(story, options: .init(labelLimit: 2, combinesParallel: false)).parts[0].dot
    #expect(page.split(separator: "\n").filter { $0.contains(" -> ") }.count == 5)
}

@Test func theLegendNamesOnlyWhatIsDrawn() {
    let legend = DOTFormat.drawing(story).legend ?? ""
    for name in ["person", "state", "organisation", "met", "threatened", "leader of", "member of", "occurred", "planned", "proposed"] {
        #expect(legend.contains("label=\"\(name)\\l\""), "\(name)")
    }
    for name in ["negated", "allied with", "sanctioned"] {
        #expect(!legend.contains("\"\(name)\\l\""), "\(name)")
    }
    #expect(DOTFormat.drawing(Graph()).legend == nil)
}

@Test func aHubsManyLeavesAreSpreadOverRanks() {
    let hub = Entity(kind: .organisation, label: "Party")
    let members = (0..<20).map { Entity(kind: .person, label: "Member \($0)") }
    let graph = Graph(entities: [hub] + members, relations: members.map { Relation(kind: .memberOf, source: $0.id, target: hub.id) })
    let dot = DOTFormat.drawing(graph).parts[0].dot
    #expect(dot.contains("minlen=\"2\""))
    #expect(dot.contains("minlen=\"3\""))
    #expect(!dot.contains("minlen=\"4\""))
}

@Test func nodesGrowWithTheirMentions() {
    let dot = DOTFormat.drawing(story).parts[0].dot
    let ana = dot.split(separator: "\n").first { $0.contains("\"person:ana-lima\" [") }
    #expect(ana?.contains("fontsize=\"24\"") == true)
    let cy = dot.split(separator: "\n").first { $0.contains("\"person:cy-ode\" [") }
    #expect(cy?.contains("fontsize=") == false)
}

@Test func legendNodesNeverTakeAnEntitysName() {
    let graph = Graph(entities: [Entity(kind: .person, label: "x", id: "netmap:legend:a:0")], relations: [])
    let drawing = DOTFormat.drawing(graph, options: .init(allEntities: true))
    #expect(drawing.legend?.contains("\"netmap:legend2:a:0\"") == true)
}
