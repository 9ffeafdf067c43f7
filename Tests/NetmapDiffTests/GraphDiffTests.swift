import Foundation
import NetmapDiff
import NetmapGraph
import Testing

private func snapshot(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

@Test func theTextDiffMatchesTheHandWrittenOne() throws {
    let diff = GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B"))
    #expect(DiffTextFormat.encode(diff) == (try snapshot("sample.diff.txt")))
}

@Test func withoutEvidenceOnlyTheLinesRemain() {
    let text = DiffTextFormat.encode(GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B")), evidence: false)
    #expect(!text.contains("s-a [meet]"))
    #expect(text.contains("~ met  Ana Lima — Bo Park  status planned → occurred"))
}

@Test func symmetricRelationsMatchWhateverTheirOrder() {
    let diff = GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B"))
    #expect(diff.relations.changed.count == 1)
    #expect(diff.relations.changed.first?.a.key.kind == .met)
}

@Test func aGraphDiffedWithItselfIsAllShared() {
    let diff = GraphDiff(DiffSample.a, DiffSample.a, names: ("A", "A"))
    let s = diff.summary
    #expect(s.entitiesOnlyA + s.entitiesOnlyB + s.entitiesChanged == 0)
    #expect(s.relationsOnlyA + s.relationsOnlyB + s.relationsChanged == 0)
    #expect(s.entityJaccard == 1)
    #expect(s.relationJaccard == 1)
}

@Test func jsonGivesChangedFieldsOnBothSides() throws {
    let data = DiffJSONFormat.encode(GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B")))
    let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let relations = json["relations"] as! [String: Any]
    let changed = relations["changed"] as! [[String: Any]]
    let status = (changed[0]["fields"] as! [String: Any])["status"] as! [String: String]
    #expect(status == ["a": "planned", "b": "occurred"])
    let entities = json["entities"] as! [String: Any]
    #expect((entities["onlyA"] as! [[String: Any]]).map { $0["id"] as! String } == ["state:chile"])
    #expect((entities["onlyB"] as! [[String: Any]]).map { $0["id"] as! String } == ["state:peru"])
    let summary = json["summary"] as! [String: Any]
    #expect(summary["relationJaccard"] as? Double == 0.333)
}

@Test func theUnionMarksPresence() {
    let union = GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B")).union
    #expect(union.entities["state:chile"] == .a)
    #expect(union.entities["state:peru"] == .b)
    #expect(union.entities["person:bo-park"] == .both)
    #expect(union.entities["person:ana-lima"] == .changed)
    let met = union.graph.relations.filter { $0.kind == .met }
    #expect(met.count == 2)
    #expect(met.allSatisfy { union.relations[$0.id] == .changed })
}

@Test func changesAreTypedWithTheirOldAndNewValues() {
    let a = Graph(
        entities: [
            Entity(kind: .person, label: "Ana Lima", id: "person:ana-lima", aliases: ["Lima"], mentions: 3),
            Entity(kind: .person, label: "Bo Park", id: "person:bo-park"),
        ],
        relations: [Relation(kind: .met, source: "person:ana-lima", target: "person:bo-park", status: .planned)])
    let b = Graph(
        entities: [
            Entity(kind: .person, label: "Ana Lima", id: "person:ana-lima", mentions: 1),
            Entity(kind: .person, label: "Bo Park", id: "person:bo-park"),
        ],
        relations: [
            Relation(kind: .met, source: "person:bo-park", target: "person:ana-lima", status: .occurred),
            Relation(kind: .met, source: "person:ana-lima", target: "person:bo-park", status: .planned),
        ])
    let diff = GraphDiff(a, b, names: ("a", "b"))
    #expect(diff.entities.changed.map(\.changes) == [[
        GraphDiff.Change(.aliases, old: .names(["Lima"]), new: .names([])),
        GraphDiff.Change(.mentions, old: .count(3), new: .count(1)),
    ]])
    #expect(diff.relations.changed.map(\.changes) == [[
        GraphDiff.Change(.status, old: .statuses([.planned]), new: .statuses([.occurred, .planned]))
    ]])
    #expect(GraphDiff.Value.statuses([.occurred, .planned]).text == "occurred, planned")
}
