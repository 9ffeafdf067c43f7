import NetmapExtraction
import NetmapGraph

/// Marked-up text: `[Emmanuel Macron](person) met [Olaf Scholz](person) in Berlin.`
struct Fixture {
    var text: String
    /// Marked surface forms with their kinds, in order.
    var marked: [(surface: String, kind: Entity.Kind)]

    init(_ markup: String) {
        var text = ""
        var marked: [(String, Entity.Kind)] = []
        var rest = Substring(markup)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            let close = rest[open...].firstIndex(of: "]")!
            let surface = String(rest[rest.index(after: open)..<close])
            let kindStart = rest.index(close, offsetBy: 2)
            let kindEnd = rest[kindStart...].firstIndex(of: ")")!
            marked.append((surface, Entity.Kind(rawValue: String(rest[kindStart..<kindEnd]))!))
            text += surface
            rest = rest[rest.index(after: kindEnd)...]
        }
        text += rest
        self.text = text
        self.marked = marked
    }

    /// The graph the extractor makes of the text.
    func graph(_ extractor: Extractor = Extractor()) -> Graph {
        extractor.extract(name: "fixture", text: text)
    }

    /// The (surface, kind) pairs the extractor tagged as entity mentions.
    func tagged(_ extractor: Extractor = Extractor()) -> [(surface: String, kind: Entity.Kind)] {
        extractor.annotate(name: "fixture", text: text).mentions
            .filter { $0.role != .reference }
            .map { ($0.surface, $0.kind) }
    }
}

extension Graph {
    /// Labels of the relations of `kind`, as "A -> B (status)".
    func describe(_ kind: Relation.Kind) -> [String] {
        relations.filter { $0.kind == kind }.map { r in
            let a = self[entity: r.source]?.label ?? r.source.rawValue
            let b = self[entity: r.target]?.label ?? r.target.rawValue
            return "\(a) -> \(b) (\(r.status.rawValue))"
        }
    }
}
