import Foundation
import NetmapDiff
import NetmapGraph
import Testing

private var third: Graph {
    Graph(
        entities: [
            Entity(kind: .person, label: "Ana Lima", sources: ["s-c"]),
            Entity(kind: .state, label: "Chile", sources: ["s-c"]),
        ],
        relations: [Relation(kind: .leaderOf, source: "person:ana-lima", target: "state:chile",
                             evidence: [DiffSample.evidence("s-c", "Chile's president, Ana Lima, said so.", "president")])],
        documents: [Document(name: "s-c")])
}

@Test func rowsRunFromMostToLeastAgreed() {
    let matrix = CoverageMatrix(sources: [("a", DiffSample.a), ("b", DiffSample.b), ("c", third)])
    #expect(matrix.rows.map(\.count) == [2, 2, 1])
    #expect(matrix.rows.map { $0.key.id } == [
        "met:person:ana-lima--person:bo-park", "leader_of:person:ana-lima--state:chile",
        "demanded_of:state:peru--person:ana-lima",
    ])
    #expect(matrix.rows[0].cells == [[.planned], [.occurred], []])
}

@Test func whatOneSourceAloneReports() {
    let matrix = CoverageMatrix(sources: [("a", DiffSample.a), ("b", DiffSample.b), ("c", third)])
    #expect(matrix.exclusive(to: 1).map { $0.key.kind } == [.demandedOf])
    #expect(matrix.exclusive(to: 0).isEmpty)
    #expect(matrix.entityCounts(1) == (all: 3, alone: 1))
}

@Test func pairwiseSimilarityIsJaccardOfRelations() {
    let matrix = CoverageMatrix(sources: [("a", DiffSample.a), ("b", DiffSample.b), ("c", third)])
    #expect(matrix.similarity(0, 2) == 0.5)  // {met, leader} vs {leader}
    #expect(abs(matrix.similarity(0, 1) - 1.0 / 3.0) < 1e-9)  // {met, leader} vs {met, demand}
    #expect(matrix.similarity(1, 1) == 1)
}

@Test func csvQuotesAndDefusesFormulas() {
    let csv = CoverageMatrix(sources: [("a", DiffSample.a), ("b", DiffSample.b), ("c", third)]).csv
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines[0] == "kind,source,target,source_label,target_label,sources,a,b,c")
    #expect(lines[1] == "met,person:ana-lima,person:bo-park,Ana Lima,Bo Park,2,planned,occurred,")
    let named = CoverageMatrix(sources: [("a, b", DiffSample.a), ("say \"hi\"", DiffSample.b), ("=HYPERLINK(1)", third)]).csv
    #expect(named.hasPrefix("kind,source,target,source_label,target_label,sources,\"a, b\",\"say \"\"hi\"\"\",'=HYPERLINK(1)\r\n"))
}

@Test func theMergedGraphCarriesEachRelationsAgreement() throws {
    let matrix = CoverageMatrix(sources: [("a", DiffSample.a), ("b", DiffSample.b), ("c", third)])
    let leader = try #require(matrix.merged.relations.first { $0.kind == .leaderOf })
    #expect(abs(matrix.agreement[leader.id]! - 2.0 / 3.0) < 1e-9)
    #expect(matrix.merged.relations.allSatisfy { matrix.agreement[$0.id] != nil })
}
