public import Foundation
public import NetmapFormats
import NetmapGraph

/// The formats of a diff, each read from the one ``DiffPresentation``.
extension DiffPresentation {
    /// A diff for the terminal, like a unified diff: `-` only in A, `+` only in B, `~` in both but
    /// different, sorted by id; each relation line followed by its evidence (unless `evidence` is
    /// false); then a summary with the Jaccard similarity of the entity and relation sets.
    ///
    ///     ~ met  Ana Lima — Bo Park  status planned → occurred
    public func text(evidence: Bool = true) -> String {
        // Each side's entities and relation pairs, counted from the summary (counting them again
        // from the graphs would sort both).
        let s = summary
        let entitiesA = s.entitiesOnlyA + s.entitiesBoth + s.entitiesChanged, entitiesB = s.entitiesOnlyB + s.entitiesBoth + s.entitiesChanged
        let pairsA = s.relationsOnlyA + s.relationsBoth + s.relationsChanged, pairsB = s.relationsOnlyB + s.relationsBoth + s.relationsChanged
        var out = "--- a: \(names.a) (\(entitiesA) entities, \(pairsA) relations)\n"
        out += "+++ b: \(names.b) (\(entitiesB) entities, \(pairsB) relations)\n"

        out += "@@ entities @@\n"
        for item in entities.filter({ $0.presence != .both }).sorted(by: { $0.entity.id < $1.entity.id }) {
            let e = item.entity
            if item.presence == .changed {
                let fields = item.changes.sorted { $0.field < $1.field }
                    .map { "\($0.field.rawValue) \(Self.shown($0.old.text)) → \(Self.shown($0.new.text))" }
                out += "~ \(e.id)  \(e.label): \(fields.joined(separator: "; "))\n"
            } else {
                out += "\(item.presence == .a ? "-" : "+") \(e.id)  \(e.label)\n"
            }
        }

        out += "@@ relations @@\n"
        func evidenceLines(_ side: String, _ items: [Evidence]) {
            guard evidence else { return }
            for e in items { out += "      \(side): \(e.source) [\(e.cue)]: \(TextFormat.oneLine(e.sentence))\n" }
        }
        for item in relations where item.presence != .both {
            let key = item.pair
            let line = "\(key.kind.rawValue)  \(label(key.source)) \(key.isSymmetric ? "—" : "→") \(label(key.target))"
            switch item.presence {
            case .a:
                out += "- \(line)  (\(Self.list(item.a!.statuses)))\n"
                evidenceLines("a", item.a!.evidence)
            case .b:
                out += "+ \(line)  (\(Self.list(item.b!.statuses)))\n"
                evidenceLines("b", item.b!.evidence)
            case .changed:
                let status = item.changes.first { $0.field == .status }!
                out += "~ \(line)  status \(status.old.text) → \(status.new.text)\n"
                evidenceLines("a", item.a!.evidence)
                evidenceLines("b", item.b!.evidence)
            case .both: break
            }
        }

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

    /// A value as the text diff shows it: `∅` for none.
    static func shown(_ text: String) -> String { text.isEmpty ? "∅" : text }

    /// The union of both graphs as GraphML, with each node's and edge's `presence` (`a`, `b`,
    /// `both`, `changed`) to partition by in Gephi.
    public var graphML: Data { GraphMLFormat.encode(union, extras: presenceExtras) }

    /// The union of both graphs as GEXF, with `presence` as in ``graphML``.
    public var gexf: Data { GEXFFormat.encode(union, extras: presenceExtras) }

    private var presenceExtras: [GraphMLFormat.Extras] {
        [GraphMLFormat.Extras(name: "presence", nodes: entityPresence.mapValues(\.rawValue), edges: relationPresence.mapValues(\.rawValue))]
    }

    /// The union of both graphs drawn as `render` draws a graph, titled `A vs B`, with presence
    /// on top: edges keep their kind's colour and get the line and label mark of their presence
    /// (dashed and `−` only in A, thick and `+` only in B, double and `~` for another status), an
    /// entity only in one source its border; every edge's tooltip gives each side's sentences.
    ///
    /// - Parameter allEntities: also draw the entities without relations, in a box apart.
    public func drawing(allEntities: Bool) -> DOTDrawing {
        let union = union, relationPresence = relationPresence
        let shown = allEntities ? union : union.droppingUnrelated()
        let documentsA = Set(graphs.a.documents.keys), documentsB = Set(graphs.b.documents.keys)
        var overlay = DOTFormat.Overlay()
        for entity in shown.entities {
            guard let presence = entityPresence[entity.id], presence == .a || presence == .b else { continue }
            let style = ["filled"] + (entity.kind == .state ? ["rounded"] : []) + (presence == .a ? ["dashed"] : [])
            overlay.nodes[entity.id] = ["color": presence.colour, "penwidth": "3", "style": style.joined(separator: ",")]
        }
        for relation in shown.relations {
            let presence = relationPresence[relation.id] ?? .both
            let side: (Evidence) -> String = { e in
                documentsA.contains(e.source) ? (documentsB.contains(e.source) ? "a+b" : "a") : "b"
            }
            let tooltip = "\(relation.kind.rawValue) (\(relation.status.rawValue)): \(presence.name(names))\n"
                + relation.evidence.map { "\(side($0)) \($0.source): \($0.sentence)" }.joined(separator: "\n")
            overlay.edges[relation.id] = [
                "color": presence.pattern.colour(Style.colour(relation.kind)), "style": presence.pattern.style,
                "penwidth": String(presence.width), "tooltip": tooltip,
            ]
            if !presence.mark.isEmpty { overlay.marks[relation.id] = presence.mark }
        }
        let relations = Set(shown.relations.map { relationPresence[$0.id] ?? .both })
        let entities = Set(shown.entities.compactMap { entityPresence[$0.id] })
        overlay.legend = Legend(
            [Legend.entities(of: shown), Legend.kinds(of: shown)] + Presence.legend(names, relations: relations, entities: entities))
        return DOTFormat.drawing(
            union,
            options: .init(
                overlay: overlay, title: "\(names.a) vs \(names.b)",
                caption: DOTFormat.unrelatedCaption(union, allEntities: allEntities), allEntities: allEntities,
                combinesParallel: false))
    }
}

/// `0.357`: three decimals, the same on every platform.
func fixed(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let whole = scaled / 1000, fraction = scaled % 1000
    return "\(whole)." + String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
}
