import NetmapFormats
import NetmapGraph
import NetmapHTML
import Testing

@Test func entitiesWithoutRelationsAreLeftToTheTables() {
    let drawing = HTMLDrawing(HTMLView(graph: PageSample.graph, title: "sample"))
    #expect(drawing.entities == [PageSample.trump.id, PageSample.putin.id, PageSample.russia.id])
    #expect(drawing.relations.count == 3)
    #expect(drawing.note == nil)
    #expect(!drawing.dot.text.contains("cluster_unrelated"))
}

@Test func nodesAndEdgesCarryThePagesIds() {
    let drawing = HTMLDrawing(HTMLView(graph: PageSample.graph, title: "sample"))
    for id in ["n0", "n1", "n2", "r0", "r1", "r2"] {
        #expect(drawing.dot.text.contains("id=\"\(id)\""), "\(id)")
    }
    #expect(!drawing.dot.text.contains("id=\"n3\""))
    #expect(drawing.dot.text.contains("tooltip=\"\""))
}

@Test func aGraphAboveTheLimitIsDrawnByItsLargestComponentWithANote() {
    // A star of limit + 10 people around one, and a separate pair.
    var graph = Graph()
    let hub = Entity(kind: .person, label: "Hub")
    graph.add(hub)
    for k in 0..<(HTMLDrawing.entityLimit + 10) {
        let spoke = Entity(kind: .person, label: "Spoke \(k)")
        graph.add(spoke)
        graph.add(Relation(kind: .met, source: hub.id, target: spoke.id))
    }
    let a = Entity(kind: .state, label: "Aland"), b = Entity(kind: .state, label: "Bland")
    graph.add(a)
    graph.add(b)
    graph.add(Relation(kind: .alliedWith, source: a.id, target: b.id))
    let drawing = HTMLDrawing(HTMLView(graph: graph, title: "big"))
    #expect(drawing.entities.count == HTMLDrawing.entityLimit)
    #expect(drawing.entities.contains(hub.id))
    #expect(!drawing.entities.contains(a.id))
    #expect(drawing.note?.contains("largest connected part") == true)
}
