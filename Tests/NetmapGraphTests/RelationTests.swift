import NetmapGraph
import Testing

@Test func symmetricRelationsOrderTheirEndpoints() {
    let r = Relation(kind: .met, source: "person:b", target: "person:a")
    #expect(r.source == "person:a")
    #expect(r.target == "person:b")
    #expect(r.key == Relation(kind: .met, source: "person:a", target: "person:b").key)
}

@Test func directedRelationsKeepTheirDirection() {
    let r = Relation(kind: .demandedOf, source: "state:russia", target: "state:ukraine")
    #expect(r.source == "state:russia")
    #expect(!r.isSymmetric)
}

@Test func weightCountsDistinctSources() {
    let e1 = Evidence(source: "a", sentence: "X met Y.", start: 0, end: 8, cue: "met")
    let e2 = Evidence(source: "a", sentence: "Y met X.", start: 9, end: 17, cue: "met")
    let e3 = Evidence(source: "b", sentence: "X met Y.", start: 0, end: 8, cue: "met")
    #expect(Relation(kind: .met, source: "x", target: "y", evidence: [e1, e2]).weight == 1)
    #expect(Relation(kind: .met, source: "x", target: "y", evidence: [e1, e2, e3]).weight == 2)
    #expect(Relation(kind: .met, source: "x", target: "y").weight == 1)
}

@Test func relationIdNamesKindEndsAndStatus() {
    let r = Relation(kind: .met, source: "person:b", target: "person:a", status: .planned)
    #expect(r.id == "met:person:a--person:b:planned")
}

@Test func onlyMetAndAlliedWithAreSymmetric() {
    let symmetric = Relation.Kind.allCases.filter(\.isSymmetric)
    #expect(symmetric == [.met, .alliedWith])
}
