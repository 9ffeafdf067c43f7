public import NetmapGraph

/// A readable listing for the terminal: entities by kind, then relations with their status,
/// sources and evidence sentences.
public enum TextFormat {
    public static func encode(_ graph: Graph, evidence: Bool = true) -> String {
        var out = ""
        let entities = graph.entities
        for kind in Entity.Kind.allCases {
            let group = entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out += "\(kind.rawValue == "person" ? "People" : kind.rawValue == "state" ? "States" : "Organisations") (\(group.count))\n"
            for e in group {
                out += "  \(e.label)  [\(e.id)] mentions \(e.mentions)"
                if !e.aliases.isEmpty { out += "; also \(e.aliases.joined(separator: ", "))" }
                out += "\n"
            }
            out += "\n"
        }
        let relations = graph.relations
        out += "Relations (\(relations.count))\n"
        for r in relations {
            let a = graph[entity: r.source]?.label ?? r.source.rawValue
            let b = graph[entity: r.target]?.label ?? r.target.rawValue
            let arrow = r.isSymmetric ? "—" : "→"
            out += "  \(a) \(arrow) \(b): \(r.kind.rawValue) (\(r.status.rawValue)), \(r.sources.joined(separator: ", "))\n"
            if evidence {
                for e in r.evidence { out += "      \(e.source) [\(e.cue)]: \(oneLine(e.sentence))\n" }
            }
        }
        return out
    }

    /// `text` with every line break made a space, for listings that keep one item a line.
    public static func oneLine(_ text: String) -> String {
        // Line breaks are U+000A-000D, U+0085, U+2028 and U+2029: a text without those bytes or
        // the lead bytes C2 and E2 has none, which saves breaking it into characters.
        guard text.utf8.contains(where: { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }
}
