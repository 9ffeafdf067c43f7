import NetmapGraph
import Testing

private func graph(_ source: String, _ people: [String], met: (String, String)?, status: Relation.Status = .occurred) -> Graph {
    var g = Graph()
    g.add(Document(name: source))
    for p in people { g.add(Entity(kind: .person, label: p, sources: [source])) }
    if let (a, b) = met {
        g.add(
            Relation(
                kind: .met, source: Entity.id(kind: .person, name: a), target: Entity.id(kind: .person, name: b),
                status: status, evidence: [Evidence(source: source, sentence: "\(a) met \(b).", start: 0, end: 10, cue: "met")]))
    }
    return g
}

@Test func mergingUnifiesEntitiesAndAccumulatesEvidence() {
    var g = graph("a", ["Emmanuel Macron", "Olaf Scholz"], met: ("Emmanuel Macron", "Olaf Scholz"))
    g.merge(graph("b", ["Olaf Scholz", "Emmanuel Macron"], met: ("Olaf Scholz", "Emmanuel Macron")))
    #expect(g.entities.count == 2)
    #expect(g.relations.count == 1)
    let r = g.relations[0]
    #expect(r.weight == 2)
    #expect(r.evidence.count == 2)
    #expect(g[entity: "person:olaf-scholz"]?.sources == ["a", "b"])
    #expect(g[entity: "person:olaf-scholz"]?.mentions == 2)
}

@Test func differentStatusesOfOnePairStayApart() {
    var g = graph("a", ["A B", "C D"], met: ("A B", "C D"), status: .occurred)
    g.merge(graph("a", ["A B", "C D"], met: ("A B", "C D"), status: .planned))
    #expect(g.relations.map(\.status) == [.occurred, .planned])
}

@Test func mergeIsAssociativeAndCommutative() {
    let a = graph("a", ["A B", "C D"], met: ("A B", "C D"))
    let b = graph("b", ["C D", "E F"], met: ("E F", "C D"), status: .planned)
    let c = graph("c", ["A B", "E F"], met: nil)
    var left = a
    left.merge(b)
    left.merge(c)
    var bc = b
    bc.merge(c)
    var right = a
    right.merge(bc)
    #expect(left == right)
    #expect(Graph.merging([c, b, a]) == left)
}

@Test func entitiesComeSortedByKindThenId() {
    var g = Graph()
    g.add(Entity(kind: .organisation, label: "NATO"))
    g.add(Entity(kind: .state, label: "Russia"))
    g.add(Entity(kind: .person, label: "Zed"))
    g.add(Entity(kind: .person, label: "Abe"))
    #expect(g.entities.map(\.id) == ["person:abe", "person:zed", "state:russia", "organisation:nato"])
}

@Test func droppingUnrelatedKeepsEveryRelationAndTheEntitiesTheyName() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<100 {
        var g = Graph()
        g.add(Document(name: "s"))
        let people = (0..<8).map { Entity(kind: .person, label: "P\($0)", sources: ["s"]) }
        for p in people { g.add(p) }
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            let a = people.randomElement(using: &generator)!.id, b = people.randomElement(using: &generator)!.id
            g.add(Relation(kind: [.met, .criticised].randomElement(using: &generator)!, source: a, target: b))
        }
        let named = Set(g.relations.flatMap { [$0.source, $0.target] })
        let expected = Graph(
            entities: g.entities.filter { named.contains($0.id) }, relations: g.relations, documents: Array(g.documents.values))
        #expect(g.droppingUnrelated() == expected)
        #expect(g.droppingUnrelated().entityCount == named.count)
    }
}
