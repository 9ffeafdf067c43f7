import NetmapGraph

/// A small graph for the page tests: two people who met (twice over: occurred and planned), a
/// state one of them leads, and an organisation with no relation.
enum PageSample {
    static let trump = Entity(kind: .person, label: "Donald Trump", aliases: ["Trump"], mentions: 5, sources: ["a", "b"])
    static let putin = Entity(kind: .person, label: "Vladimir Putin", aliases: ["Putin"], mentions: 3, sources: ["a"])
    static let russia = Entity(kind: .state, label: "Russia", mentions: 2, sources: ["a"])
    static let nato = Entity(kind: .organisation, label: "NATO", mentions: 1, sources: ["b"])

    static var graph: Graph {
        Graph(
            entities: [trump, putin, russia, nato],
            relations: [
                Relation(kind: .met, source: trump.id, target: putin.id, status: .occurred, evidence: [
                    Evidence(source: "a", sentence: "Trump met Putin in Anchorage.", start: 0, end: 29, cue: "met")
                ]),
                Relation(kind: .met, source: trump.id, target: putin.id, status: .planned, evidence: [
                    Evidence(source: "b", sentence: "Trump will meet Putin again.", start: 10, end: 38, cue: "meet")
                ]),
                Relation(kind: .leaderOf, source: putin.id, target: russia.id, evidence: [
                    Evidence(source: "a", sentence: "Russian President Vladimir Putin arrived.", start: 30, end: 71, cue: "President")
                ]),
            ],
            documents: [Document(name: "a", date: "2025-08-15"), Document(name: "b", date: "2025-08-16", title: "Second")])
    }
}
