import NetmapGraph
import Testing

@Test func anIdIsTheKindAndTheSlugOfTheName() {
    let id = EntityID(kind: .state, name: "North Korea")
    #expect(id.rawValue == "state:north-korea")
    #expect(id.kind == .state)
    #expect(id.slug == "north-korea")
    #expect(Entity(kind: .person, label: "António Costa").id == "person:antonio-costa")
}

@Test func anIdReadFromAFileKeepsItsText() {
    let id = EntityID("n1")
    #expect(id.rawValue == "n1")
    #expect(id.kind == nil)
    #expect(id.slug == "n1")
    #expect(EntityID("party:labour").kind == nil)
    #expect(EntityID("person:a:b").slug == "a:b")
}

@Test func idsOrderAsTheirText() {
    let texts = ["state:russia", "person:b", "person:a", "organisation:nato", "person:a-b"]
    let sorted: [String] = texts.map { EntityID($0) }.sorted().map(\.rawValue)
    #expect(sorted == texts.sorted())
}

@Test func aGraphHoldsOneRelationForEachPairAndStatus() {
    var graph = Graph()
    graph.add(Relation(kind: .met, source: "person:b", target: "person:a", status: .planned))
    graph.add(Relation(kind: .met, source: "person:a", target: "person:b", status: .planned))
    graph.add(Relation(kind: .met, source: "person:a", target: "person:b", status: .occurred))
    let pair = Relation.Pair(kind: .met, source: "person:a", target: "person:b")
    #expect(graph.relations.count == 2)
    #expect(graph.pairs == [pair])
    #expect(graph[relation: pair, status: .planned] != nil)
    #expect(graph[relation: pair, status: .negated] == nil)
    #expect(graph.relations.map(\.id) == ["met:person:a--person:b:occurred", "met:person:a--person:b:planned"])
}
