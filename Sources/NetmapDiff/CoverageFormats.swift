public import Foundation
import NetmapGraph
import NetmapFormats

/// Text, JSON and CSV views of a ``CoverageMatrix``.
public enum CoverageFormats {
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

    static func relationName(_ matrix: CoverageMatrix, _ key: Relation.Pair) -> String {
        "\(matrix.label(key.source)) \(key.isSymmetric ? "—" : "→") \(matrix.label(key.target)): \(key.kind.rawValue)"
    }

    /// An aligned table for the terminal, then entities per source, what each source alone
    /// reports, and the pairwise similarity of sources.
    public static func text(_ matrix: CoverageMatrix) -> String {
        let names = matrix.rows.map { relationName(matrix, $0.key) }
        let width = min(70, max(8, names.map(\.count).max() ?? 8))
        let columns = matrix.sources.map { max(3, $0.count) }
        func pad(_ s: String, _ n: Int) -> String {
            s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count)
        }
        var out = "coverage: \(matrix.rows.count) relations in \(matrix.sources.count) sources"
            + " (o occurred, p planned, ? proposed, x negated)\n"
        out += pad("relation", width) + "  " + zip(matrix.sources, columns).map { pad($0, $1) }.joined(separator: "  ") + "  n\n"
        for (row, name) in zip(matrix.rows, names) {
            out += pad(name, width) + "  "
                + zip(row.cells, columns).map { pad(cell($0), $1) }.joined(separator: "  ") + "  \(row.count)\n"
        }
        out += "\nentities per source (named by no other source):\n"
        for (index, source) in matrix.sources.enumerated() {
            let counts = matrix.entityCounts(index)
            out += "  \(source): \(counts.all) (\(counts.alone))\n"
        }
        out += "\nreported by one source only:\n"
        for (index, source) in matrix.sources.enumerated() {
            let alone = matrix.exclusive(to: index)
            out += "  \(source): \(alone.count)\n"
            for row in alone { out += "    \(relationName(matrix, row.key)) (\(cell(row.cells[index])))\n" }
        }
        out += "\nsimilarity of sources (Jaccard of their relations):\n"
        out += pad("", columns.max() ?? 3) + "  " + zip(matrix.sources, columns).map { pad($0, $1) }.joined(separator: "  ") + "\n"
        for i in matrix.sources.indices {
            out += pad(matrix.sources[i], columns.max() ?? 3) + "  "
                + matrix.sources.indices.map { pad(fixed(matrix.similarity(i, $0)), columns[$0]) }.joined(separator: "  ") + "\n"
        }
        return out
    }

    struct RowRecord: Encodable {
        var kind: String
        var source: String
        var target: String
        var sources: Int
        var cells: [String: [String]]
    }

    struct SourceRecord: Encodable {
        var name: String
        var entities: Int
        var entitiesAlone: Int
        var relations: Int
        var relationsAlone: Int
    }

    struct File: Encodable {
        var sources: [SourceRecord]
        var rows: [RowRecord]
        var similarity: [String: [String: Double]]
    }

    public static func json(_ matrix: CoverageMatrix) -> Data {
        let file = File(
            sources: matrix.sources.indices.map { i in
                let counts = matrix.entityCounts(i)
                return SourceRecord(
                    name: matrix.sources[i], entities: counts.all, entitiesAlone: counts.alone,
                    relations: matrix.rows.filter { !$0.cells[i].isEmpty }.count,
                    relationsAlone: matrix.exclusive(to: i).count)
            },
            rows: matrix.rows.map { row in
                var cells: [String: [String]] = [:]
                for (name, statuses) in zip(matrix.sources, row.cells) where !statuses.isEmpty {
                    cells[name] = statuses.map(\.rawValue)
                }
                return RowRecord(kind: row.key.kind.rawValue, source: row.key.source.rawValue, target: row.key.target.rawValue, sources: row.count, cells: cells)
            },
            similarity: Dictionary(uniqueKeysWithValues: matrix.sources.indices.map { i in
                (matrix.sources[i], Dictionary(uniqueKeysWithValues: matrix.sources.indices.map { (matrix.sources[$0], rounded(matrix.similarity(i, $0))) }))
            }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(file)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// One row per relation: kind, source, target, labels, number of sources, then a column per
    /// source with its statuses (`;`-separated). RFC 4180 quoting.
    public static func csv(_ matrix: CoverageMatrix) -> String {
        var out = (["kind", "source", "target", "source_label", "target_label", "sources"] + matrix.sources)
            .map(csvField).joined(separator: ",") + "\r\n"
        for row in matrix.rows {
            let fields = [
                row.key.kind.rawValue, row.key.source.rawValue, row.key.target.rawValue, matrix.label(row.key.source),
                matrix.label(row.key.target), String(row.count),
            ] + row.cells.map { $0.map(\.rawValue).joined(separator: ";") }
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A CSV field: see ``CSVFormat/field(_:)``.
    public static func csvField(_ text: String) -> String { CSVFormat.field(text) }
}
