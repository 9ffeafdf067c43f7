import NetmapFormats
import NetmapGraph

/// A diff for the terminal, like a unified diff: `-` only in A, `+` only in B, `~` in both but
/// different, sorted by id; each relation line is followed by its evidence (unless hidden);
/// then a summary with the Jaccard similarity of the entity and relation sets.
public enum DiffTextFormat {
    public static func encode(_ diff: GraphDiff, evidence: Bool = true) -> String {
        let a = diff.graphs.a, b = diff.graphs.b
        func label(_ id: EntityID) -> String { a[entity: id]?.label ?? b[entity: id]?.label ?? id.rawValue }
        var out = "--- a: \(diff.names.a) (\(a.entities.count) entities, \(a.pairs.count) relations)\n"
        out += "+++ b: \(diff.names.b) (\(b.entities.count) entities, \(b.pairs.count) relations)\n"

        out += "@@ entities @@\n"
        var lines: [(EntityID, String)] = []
        for e in diff.entities.onlyA { lines.append((e.id, "- \(e.id)  \(e.label)\n")) }
        for e in diff.entities.onlyB { lines.append((e.id, "+ \(e.id)  \(e.label)\n")) }
        for c in diff.entities.changed {
            let fields = c.changes.sorted { $0.field < $1.field }.map { "\($0.field.rawValue) \(quoted($0.old.text)) → \(quoted($0.new.text))" }
            lines.append((c.a.id, "~ \(c.a.id)  \(c.a.label): \(fields.joined(separator: "; "))\n"))
        }
        for (_, line) in lines.sorted(by: { $0.0 < $1.0 }) { out += line }

        out += "@@ relations @@\n"
        var relationLines: [(Relation.Pair, String)] = []
        func describe(_ key: Relation.Pair) -> String {
            "\(key.kind.rawValue)  \(label(key.source)) \(key.isSymmetric ? "—" : "→") \(label(key.target))"
        }
        func evidenceLines(_ side: String, _ items: [Evidence]) -> String {
            guard evidence else { return "" }
            return items.map { "      \(side): \($0.source) [\($0.cue)]: \(TextFormat.oneLine($0.sentence))\n" }.joined()
        }
        for r in diff.relations.onlyA {
            relationLines.append((r.key, "- \(describe(r.key))  (\(list(r.statuses)))\n" + evidenceLines("a", r.evidence)))
        }
        for r in diff.relations.onlyB {
            relationLines.append((r.key, "+ \(describe(r.key))  (\(list(r.statuses)))\n" + evidenceLines("b", r.evidence)))
        }
        for c in diff.relations.changed {
            let status = c.changes.first { $0.field == .status }!
            relationLines.append(
                (c.a.key, "~ \(describe(c.a.key))  status \(status.old.text) → \(status.new.text)\n"
                    + evidenceLines("a", c.a.evidence) + evidenceLines("b", c.b.evidence)))
        }
        for (_, line) in relationLines.sorted(by: { $0.0 < $1.0 }) { out += line }

        let s = diff.summary
        out += "summary: entities \(s.entitiesOnlyA) only in a, \(s.entitiesOnlyB) only in b, "
            + "\(s.entitiesBoth + s.entitiesChanged) in both (\(s.entitiesChanged) changed); "
            + "relations \(s.relationsOnlyA) only in a, \(s.relationsOnlyB) only in b, "
            + "\(s.relationsBoth + s.relationsChanged) in both (\(s.relationsChanged) changed); "
            + "Jaccard entities \(fixed(s.entityJaccard)), relations \(fixed(s.relationJaccard))\n"
        return out
    }

    static func list(_ statuses: [Relation.Status]) -> String {
        statuses.map(\.rawValue).joined(separator: ", ")
    }

    static func quoted(_ text: String) -> String { text.isEmpty ? "∅" : text }

}

/// `0.357`: three decimals, the same on every platform.
public func fixed(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let whole = scaled / 1000, fraction = scaled % 1000
    return "\(whole)." + String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
}
