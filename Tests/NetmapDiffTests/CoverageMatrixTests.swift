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
    #expect(CoverageFormats.csvField("plain") == "plain")
    #expect(CoverageFormats.csvField("a, b") == "\"a, b\"")
    #expect(CoverageFormats.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CoverageFormats.csvField("=HYPERLINK(1)") == "'=HYPERLINK(1)")
    let csv = CoverageFormats.csv(CoverageMatrix(sources: [("a", DiffSample.a), ("b", DiffSample.b), ("c", third)]))
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines[0] == "kind,source,target,source_label,target_label,sources,a,b,c")
    #expect(lines[1] == "met,person:ana-lima,person:bo-park,Ana Lima,Bo Park,2,planned,occurred,")
}
