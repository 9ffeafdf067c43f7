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
    #expect(DiffPresentation(diff).text() == (try snapshot("sample.diff.txt")))
}

@Test func withoutEvidenceOnlyTheLinesRemain() {
    let text = DiffPresentation(GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B"))).text(evidence: false)
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
    let data = DiffPresentation(GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B"))).json
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
    let shown = DiffPresentation(GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B")))
    #expect(shown.entityPresence["state:chile"] == .a)
    #expect(shown.entityPresence["state:peru"] == .b)
    #expect(shown.entityPresence["person:bo-park"] == .both)
    #expect(shown.entityPresence["person:ana-lima"] == .changed)
    let met = shown.union.relations.filter { $0.kind == .met }
    #expect(met.count == 2)
    #expect(met.allSatisfy { shown.relationPresence[$0.id] == .changed })
    #expect(shown.union.relations.allSatisfy { shown.relationPresence[$0.id] != nil })
}

@Test func thePresentationListsEachItemOnceWithItsPresence() throws {
    let shown = DiffPresentation(GraphDiff(DiffSample.a, DiffSample.b, names: ("A", "B")))
    // A's entities in A's order (people before states), then those only B names.
    #expect(shown.entities.map(\.entity.id.rawValue) == ["person:ana-lima", "person:bo-park", "state:chile", "state:peru"])
    #expect(shown.entities.map(\.presence) == [.changed, .both, .a, .b])
    #expect(shown.relations.map(\.pair) == shown.relations.map(\.pair).sorted())
    let met = try #require(shown.relations.first { $0.pair.kind == .met })
    #expect(met.presence == .changed)
    #expect(met.a?.statuses == [.planned] && met.b?.statuses == [.occurred])
    #expect(shown.relations.filter { $0.presence == .b }.allSatisfy { $0.a == nil && $0.b != nil })
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

/// A random graph of `people` people and up to `count` relations of three kinds and two statuses.
private func randomGraph(seed: UInt64, people: Int, count: Int, source: String) -> Graph {
    var state = seed
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    let entities = (0..<people).map { Entity(kind: .person, label: "Person \($0)", mentions: 1 + next(3), sources: [source]) }
    let kinds: [Relation.Kind] = [.met, .criticised, .leaderOf]
    var graph = Graph(entities: entities, relations: [], documents: [Document(name: source)])
    for k in 0..<count {
        let a = entities[next(people)].id, b = entities[next(people)].id
        guard a != b else { continue }
        let sentence = "Sentence \(k)."
        graph.add(Relation(
            kind: kinds[next(kinds.count)], source: a.rawValue, target: b.rawValue, status: next(2) == 0 ? .occurred : .planned,
            evidence: [Evidence(source: source, sentence: sentence, start: k, end: k + sentence.count, cue: "cue")]))
    }
    return graph
}

@Test(arguments: [1, 2, 3] as [UInt64])
func relationListsAgreeWithSetsOfPairs(seed: UInt64) {
    let a = randomGraph(seed: seed, people: 40, count: 300, source: "a")
    let b = randomGraph(seed: seed + 100, people: 40, count: 300, source: "b")
    let diff = GraphDiff(a, b, names: ("a", "b"))
    // The reference: every pair's statuses in each graph, by a dictionary.
    func statuses(_ g: Graph) -> [Relation.Pair: Set<Relation.Status>] {
        g.relations.reduce(into: [:]) { $0[$1.pair, default: []].insert($1.status) }
    }
    let sa = statuses(a), sb = statuses(b)
    #expect(Set(diff.relations.onlyA.map(\.key)) == Set(sa.keys).subtracting(sb.keys))
    #expect(Set(diff.relations.onlyB.map(\.key)) == Set(sb.keys).subtracting(sa.keys))
    #expect(Set(diff.relations.both.map(\.key)) == Set(sa.keys.filter { sb[$0] == sa[$0] }))
    #expect(Set(diff.relations.changed.map(\.a.key)) == Set(sa.keys.filter { sb[$0] != nil && sb[$0] != sa[$0] }))
    for side in diff.relations.onlyA + diff.relations.both {
        #expect(side.statuses == sa[side.key]!.sorted())
        #expect(side.evidence == a.relations.filter { $0.pair == side.key }.flatMap(\.evidence).sorted())
    }
    // Every list, and the presentation's listing of all pairs, is in pair order without repeats.
    for keys in [diff.relations.onlyA.map(\.key), diff.relations.onlyB.map(\.key), diff.relations.both.map(\.key),
                 diff.relations.changed.map(\.a.key), DiffPresentation(diff).relations.map(\.pair)] {
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }
    #expect(DiffPresentation(diff).relations.count == Set(sa.keys).union(sb.keys).count)
}

@Test func jsonEscapesNamesAndReadsBackTheSameStrings() throws {
    let label = "Ana \"Quote\" Lima\\\n\u{1}é"
    var a = DiffSample.a
    a.add(Entity(kind: .person, label: label, id: "person:odd", sources: ["s-a"]))
    let data = DiffPresentation(GraphDiff(a, DiffSample.b, names: ("A \"1\"", "B\tb"))).json
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["names"] as? [String: String] == ["a": "A \"1\"", "b": "B\tb"])
    let onlyA = try #require((json["entities"] as? [String: Any])?["onlyA"] as? [[String: Any]])
    #expect(onlyA.contains { $0["label"] as? String == label && $0["id"] as? String == "person:odd" })
    let both = try #require((json["relations"] as? [String: Any])?["both"] as? [[String: Any]])
    for relation in both {
        #expect(relation["symmetric"] is Bool && relation["statuses"] is [String] && relation["evidence"] is [[String: String]])
    }
}
