import NetmapGraph
import Testing

@Test func aPairWithSeveralStatusesCountsAsOneRelation() {
    let graph = Graph(
        entities: [
            Entity(kind: .person, label: "A", id: "person:a"), Entity(kind: .person, label: "B", id: "person:b"),
        ],
        relations: [
            Relation(kind: .met, source: "person:a", target: "person:b", status: .planned),
            Relation(kind: .met, source: "person:b", target: "person:a", status: .occurred),
            Relation(kind: .criticised, source: "person:a", target: "person:b"),
        ])
    #expect(graph.relations.count == 3)
    #expect(graph.pairs.count == 2)
    #expect(graph.pairs.map(\.id).sorted() == ["criticised:person:a--person:b", "met:person:a--person:b"])
}
