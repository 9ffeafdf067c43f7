import NetmapGraph
import Testing

@Test func symmetricRelationsOrderTheirEndpoints() {
    let r = Relation(kind: .met, source: "person:b", target: "person:a")
    #expect(r.source == "person:a")
    #expect(r.target == "person:b")
    #expect(r.pair == Relation(kind: .met, source: "person:a", target: "person:b").pair)
    #expect(r.pair == Relation.Pair(kind: .met, source: "person:b", target: "person:a"))
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

@Test func absorbingEvidenceInAnyOrderKeepsItSortedAndWithoutRepeats() {
    func evidence(_ start: Int, _ source: String = "s") -> Evidence {
        Evidence(source: source, sentence: "Sentence \(start).", start: start, end: start + 10, cue: "met")
    }
    var relation = Relation(kind: .met, source: "person:a", target: "person:b", evidence: [evidence(5), evidence(1)])
    for batch in [[evidence(9)], [evidence(0), evidence(5)], [evidence(3, "r"), evidence(7)], []] {
        relation.absorb(Relation(kind: .met, source: "person:a", target: "person:b", evidence: batch))
    }
    #expect(relation.evidence.map(\.start) == [3, 0, 1, 5, 7, 9])
    #expect(relation.evidence.map(\.source) == ["r", "s", "s", "s", "s", "s"])
}

@Test func absorbingAnEntityKeepsTheSmallerLabelAndEveryOtherNameOnce() {
    var a = Entity(kind: .person, label: "Zelenskyy", aliases: ["Mr Zelenskyy"], sources: ["b", "d"])
    a.absorb(Entity(kind: .person, label: "Zelensky", aliases: ["Mr Zelenskyy", "Zelenskiy"], sources: ["a", "d"]))
    #expect(a.label == "Zelensky")
    #expect(a.aliases == ["Mr Zelenskyy", "Zelenskiy", "Zelenskyy"])
    #expect(a.sources == ["a", "b", "d"])
    #expect(a.mentions == 2)
}

@Test func aRelationsEvidenceIsSortedAndWithoutRepeatsInWhateverOrderItIsGiven() {
    var generator = SystemRandomNumberGenerator()
    let sentences = (0..<6).map { k in
        Evidence(source: ["a", "b"][k % 2], sentence: "S\(k).", start: k * 3 % 5, end: 10, cue: "met")
    }
    for _ in 0..<200 {
        // Some sentences, some twice, in any order; a sorted list without repeats is kept as it is.
        let given = (0..<Int.random(in: 0...8, using: &generator)).map { _ in sentences.randomElement(using: &generator)! }
        let relation = Relation(kind: .met, source: "person:a", target: "person:b", evidence: given)
        #expect(relation.evidence == Set(given).sorted())
        #expect(relation.sources == Set(given.map(\.source)).sorted())
        #expect(relation.weight == max(1, Set(given.map(\.source)).count))
        // Evidence set out of order by hand still gives each source once, in order.
        var shuffled = relation
        shuffled.evidence.shuffle(using: &generator)
        #expect(shuffled.sources == relation.sources)
    }
}
