import Foundation
import NetmapGraph

/// The evidence of an edge as GraphML and GEXF carry it: parallel columns, one item per line
/// (spans separated by spaces): `evidence`, `evidence_sources`, `evidence_spans`, `cues`.
enum EvidenceColumns {
    /// The four columns of `evidence`, by name, in the order they are written. Newlines
    /// separate evidence items, so none may stand inside one.
    static func encode(_ evidence: [Evidence]) -> [(name: String, value: String)] {
        // One item, the usual case, without the lists and joins.
        if evidence.count == 1, let e = evidence.first {
            return [
                ("evidence", TextFormat.oneLine(e.sentence)), ("evidence_sources", TextFormat.oneLine(e.source)),
                ("evidence_spans", "\(e.start)-\(e.end)"), ("cues", TextFormat.oneLine(e.cue)),
            ]
        }
        return [
            ("evidence", evidence.map { TextFormat.oneLine($0.sentence) }.joined(separator: "\n")),
            ("evidence_sources", evidence.map { TextFormat.oneLine($0.source) }.joined(separator: "\n")),
            ("evidence_spans", evidence.map { "\($0.start)-\($0.end)" }.joined(separator: " ")),
            ("cues", evidence.map { TextFormat.oneLine($0.cue) }.joined(separator: "\n")),
        ]
    }

    /// The evidence items of the edge `edge` from its column values, by column name.
    static func decode(_ values: NameValues, edge: String, format: String) throws(FormatError) -> [Evidence] {
        // The spans column, never empty for an item, says how many items there are: one item
        // with an empty sentence, source or cue has an empty column.
        let spans = list(values["evidence_spans"], " ")
        func column(_ name: String) -> [String] {
            let value = values[name] ?? ""
            return spans.count == 1 && value.isEmpty ? [""] : list(value, "\n")
        }
        let sentences = column("evidence"), sources = column("evidence_sources"), cues = column("cues")
        guard [sources.count, spans.count, cues.count].allSatisfy({ $0 == sentences.count }) else {
            throw .invalid(format: format, reason: "edge '\(edge)' has evidence columns of different lengths")
        }
        var evidence: [Evidence] = []
        for k in sentences.indices {
            let span = spans[k].split(separator: "-").compactMap { Int($0) }
            guard span.count == 2 else {
                throw .invalid(format: format, reason: "edge '\(edge)' has a bad span '\(spans[k])'")
            }
            evidence.append(Evidence(source: sources[k], sentence: sentences[k], start: span[0], end: span[1], cue: cues[k]))
        }
        return evidence
    }

    /// The items of a column, split at every `separator`, empty items kept. A separator of one
    /// character (every column but GEXF's statuses) is found by the standard library's split,
    /// many times faster than Foundation's search and like it matching whole characters only
    /// (`\r\n` is one character, not a `\n`).
    static func list(_ value: String?, _ separator: String) -> [String] {
        guard let value, !value.isEmpty else { return [] }
        guard separator.count == 1, let character = separator.first else { return value.components(separatedBy: separator) }
        return value.split(separator: character, omittingEmptySubsequences: false).map(String.init)
    }
}
