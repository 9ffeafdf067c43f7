public import Foundation
public import NetmapFormats
import NetmapGraph

/// The formats of a coverage matrix, each read from the one ``CoverageMatrix``.
extension CoverageMatrix {
    /// Status abbreviations in cells: `o` occurred, `p` planned, `?` proposed, `x` negated.
    static func short(_ status: Relation.Status) -> String {
        switch status {
        case .occurred: "o"
        case .planned: "p"
        case .proposed: "?"
        case .negated: "x"
        }
    }

    static func cell(_ statuses: [Relation.Status]) -> String {
        statuses.map(short).joined(separator: "/")
    }

    func relationName(_ key: Relation.Pair) -> String {
        "\(label(key.source)) \(key.isSymmetric ? "—" : "→") \(label(key.target)): \(key.kind.rawValue)"
    }

    /// An aligned table for the terminal, then entities per source, what each source alone
    /// reports, and the pairwise similarity of sources.
    public var text: String {
        let names = rows.map { relationName($0.key) }
        let width = min(70, max(8, names.map(\.count).max() ?? 8))
        let columns = sources.map { max(3, $0.count) }
        func pad(_ s: String, _ n: Int) -> String {
            s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count)
        }
        var out = "coverage: \(rows.count) relations in \(sources.count) sources"
            + " (o occurred, p planned, ? proposed, x negated)\n"
        out += pad("relation", width) + "  " + zip(sources, columns).map { pad($0, $1) }.joined(separator: "  ") + "  n\n"
        for (row, name) in zip(rows, names) {
            out += pad(name, width) + "  "
                + zip(row.cells, columns).map { pad(Self.cell($0), $1) }.joined(separator: "  ") + "  \(row.count)\n"
        }
        out += "\nentities per source (named by no other source):\n"
        for (index, source) in sources.enumerated() {
            let counts = entityCounts(index)
            out += "  \(source): \(counts.all) (\(counts.alone))\n"
        }
        out += "\nreported by one source only:\n"
        for (index, source) in sources.enumerated() {
            let alone = exclusive(to: index)
            out += "  \(source): \(alone.count)\n"
            for row in alone { out += "    \(relationName(row.key)) (\(Self.cell(row.cells[index])))\n" }
        }
        out += "\nsimilarity of sources (Jaccard of their relations):\n"
        out += pad("", columns.max() ?? 3) + "  " + zip(sources, columns).map { pad($0, $1) }.joined(separator: "  ") + "\n"
        for i in sources.indices {
            out += pad(sources[i], columns.max() ?? 3) + "  "
                + sources.indices.map { pad(fixed(similarity(i, $0)), columns[$0]) }.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// The matrix as JSON: `{sources: [{name, entities, entitiesAlone, relations,
    /// relationsAlone}], rows: [{kind, source, target, sources, cells: {source: [status]}}],
    /// similarity: {source: {source: ratio}}}`, keys sorted, ratios with three decimals.
    public var json: Data {
        let file = File(
            sources: sources.indices.map { i in
                let counts = entityCounts(i)
                return SourceRecord(
                    name: sources[i], entities: counts.all, entitiesAlone: counts.alone,
                    relations: rows.filter { !$0.cells[i].isEmpty }.count,
                    relationsAlone: exclusive(to: i).count)
            },
            rows: rows.map { row in
                var cells: [String: [String]] = [:]
                for (name, statuses) in zip(sources, row.cells) where !statuses.isEmpty {
                    cells[name] = statuses.map(\.rawValue)
                }
                return RowRecord(kind: row.key.kind.rawValue, source: row.key.source.rawValue, target: row.key.target.rawValue, sources: row.count, cells: cells)
            },
            similarity: Dictionary(uniqueKeysWithValues: sources.indices.map { i in
                (sources[i], Dictionary(uniqueKeysWithValues: sources.indices.map { (sources[$0], rounded(similarity(i, $0))) }))
            }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(file)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// One row per relation: kind, source, target, labels, number of sources, then a column per
    /// source with its statuses (`;`-separated). RFC 4180 quoting.
    public var csv: String {
        var out = (["kind", "source", "target", "source_label", "target_label", "sources"] + sources)
            .map(CSVFormat.field).joined(separator: ",") + "\r\n"
        for row in rows {
            let fields = [
                row.key.kind.rawValue, row.key.source.rawValue, row.key.target.rawValue, label(row.key.source),
                label(row.key.target), String(row.count),
            ] + row.cells.map { $0.map(\.rawValue).joined(separator: ";") }
            out += fields.map(CSVFormat.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The merged graph as GraphML, with each edge's `agreement` (the share of sources that
    /// state it, `0.000` to `1.000`) to partition by in Gephi.
    public var graphML: Data { GraphMLFormat.encode(merged, extras: agreementExtras) }

    /// The merged graph as GEXF, with `agreement` as in ``graphML``.
    public var gexf: Data { GEXFFormat.encode(merged, extras: agreementExtras) }

    private var agreementExtras: [GraphMLFormat.Extras] {
        [GraphMLFormat.Extras(name: "agreement", nodes: [:], edges: agreement.mapValues { fixed($0) })]
    }

    /// The merged graph drawn as `render` draws a graph, titled with the sources' names, each
    /// edge as wide as the number of sources that state it and marked `3/5`.
    ///
    /// - Parameter allEntities: also draw the entities without relations, in a box apart.
    public func drawing(allEntities: Bool) -> DOTDrawing {
        var overlay = DOTFormat.Overlay()
        let count = sources.count
        for relation in merged.relations {
            let sources = Int(((agreement[relation.id] ?? 0) * Double(count)).rounded())
            overlay.edges[relation.id] = [
                "penwidth": String(Self.width(sources)),
                "tooltip": "\(relation.kind.rawValue) (\(relation.status.rawValue)): \(sources) of \(count) sources\n"
                    + relation.evidence.map { "\($0.source): \($0.sentence)" }.joined(separator: "\n"),
            ]
            overlay.marks[relation.id] = "\(sources)/\(count)"
        }
        let shown = allEntities ? merged : merged.droppingUnrelated()
        let widths = Array(Set([1, (count + 1) / 2, count])).sorted().map {
            Legend.Row(.line(colour: Legend.neutral, pattern: Style.pattern(.occurred), width: Self.width($0)), "\($0) of \(count) sources")
        }
        overlay.legend = Legend(Legend.standard(for: shown).sections + [Legend.Section("Stated by", widths)])
        return DOTFormat.drawing(
            merged,
            options: .init(
                overlay: overlay, title: sources.joined(separator: ", "),
                caption: DOTFormat.unrelatedCaption(merged, allEntities: allEntities), allEntities: allEntities,
                combinesParallel: false))
    }

    /// The width of an edge stated by `sources` sources.
    static func width(_ sources: Int) -> Double { 1 + 1.2 * Double(sources) }

    /// The colour the page gives a relation stated by `share` of the sources: dark blue for
    /// all, sky blue for at least half, grey for fewer.
    public static func agreementColour(_ share: Double) -> String {
        share >= 0.999 ? "#0072B2" : share >= 0.5 ? "#56B4E9" : "#BBBBBB"
    }
}

// The JSON file's records.

private struct RowRecord: Encodable {
    var kind: String
    var source: String
    var target: String
    var sources: Int
    var cells: [String: [String]]
}

private struct SourceRecord: Encodable {
    var name: String
    var entities: Int
    var entitiesAlone: Int
    var relations: Int
    var relationsAlone: Int
}

private struct File: Encodable {
    var sources: [SourceRecord]
    var rows: [RowRecord]
    var similarity: [String: [String: Double]]
}
