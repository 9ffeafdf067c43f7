import NetmapGraph

/// A small hand-made graph whose exports are checked by hand in `Snapshots/`.
enum SampleGraph {
    static let leader = Evidence(
        source: "s1", sentence: "President Ana Lima of Chile spoke.", start: 0, end: 34, cue: "President")
    static let meeting = Evidence(
        source: "s1", sentence: "Lima said \"we will meet Park\" & <soon>.", start: 35, end: 74, cue: "meet")

    static var graph: Graph {
        Graph(
            entities: [
                Entity(kind: .state, label: "Chile", mentions: 1, sources: ["s1"]),
                Entity(kind: .person, label: "Bo Park", aliases: ["Park"], mentions: 1, sources: ["s1"]),
                Entity(kind: .person, label: "Ana Lima", aliases: ["Lima"], mentions: 2, sources: ["s1"]),
            ],
            relations: [
                Relation(kind: .leaderOf, source: "person:ana-lima", target: "state:chile", evidence: [leader]),
                Relation(kind: .met, source: "person:bo-park", target: "person:ana-lima", status: .planned, evidence: [meeting]),
            ],
            documents: [Document(name: "s1", date: "2024-05-01")])
    }

    /// Names that try to break out of every format's quoting.
    static let hostileNames = [
        "Quote \" Mark", "Back\\slash", "<b>Tag</b> & Co", "New\nLine", "Tab\tTab", "Emoji 🇺🇦 Name",
        "RTL \u{202E}kcah", "Nul\u{0}Byte", "Bell\u{7}", "&amp; already", "Apostrophe's", "\\N \\G \\L",
        "]]> cdata", "-- comment --", "{braces} [brackets] ; semicolon",
    ]

    static var hostile: Graph {
        var graph = Graph()
        var previous: EntityID? = nil
        for (n, name) in hostileNames.enumerated() {
            let entity = Entity(kind: n % 2 == 0 ? .person : .organisation, label: name, id: "person:hostile-\(n)", sources: ["s\"1"])
            graph.add(entity)
            if let previous {
                graph.add(
                    Relation(
                        kind: .criticised, source: entity.id, target: previous,
                        evidence: [Evidence(source: "s\"1", sentence: "\(name) criticised it.", start: n, end: n + 10, cue: name)]))
            }
            previous = entity.id
        }
        return graph
    }
}
