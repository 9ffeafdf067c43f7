import NetmapGraph

/// Two small hand-made sources whose diff is worked out by hand in `Snapshots/`.
enum DiffSample {
    static func evidence(_ source: String, _ sentence: String, _ cue: String) -> Evidence {
        Evidence(source: source, sentence: sentence, start: 0, end: sentence.unicodeScalars.count, cue: cue)
    }

    static var a: Graph {
        Graph(
            entities: [
                Entity(kind: .person, label: "Ana Lima", mentions: 2, sources: ["s-a"]),
                Entity(kind: .person, label: "Bo Park", mentions: 1, sources: ["s-a"]),
                Entity(kind: .state, label: "Chile", mentions: 1, sources: ["s-a"]),
            ],
            relations: [
                Relation(kind: .met, source: "person:ana-lima", target: "person:bo-park", status: .planned,
                         evidence: [evidence("s-a", "Ana Lima will meet Bo Park.", "meet")]),
                Relation(kind: .leaderOf, source: "person:ana-lima", target: "state:chile",
                         evidence: [evidence("s-a", "President Ana Lima of Chile spoke.", "President")]),
            ],
            documents: [Document(name: "s-a")])
    }

    static var b: Graph {
        Graph(
            entities: [
                Entity(kind: .person, label: "Ana Lima", aliases: ["Lima"], mentions: 2, sources: ["s-b"]),
                Entity(kind: .person, label: "Bo Park", mentions: 1, sources: ["s-b"]),
                Entity(kind: .state, label: "Peru", mentions: 1, sources: ["s-b"]),
            ],
            relations: [
                Relation(kind: .met, source: "person:bo-park", target: "person:ana-lima", status: .occurred,
                         evidence: [evidence("s-b", "Bo Park met Ana Lima.", "met")]),
                Relation(kind: .demandedOf, source: "state:peru", target: "person:ana-lima",
                         evidence: [evidence("s-b", "Peru urged Ana Lima to act.", "urged")]),
            ],
            documents: [Document(name: "s-b")])
    }
}
