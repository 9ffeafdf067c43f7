import Foundation
import NetmapExtraction
import NetmapGraph

/// The one line every command ends with on standard error when it is a terminal: what the
/// command read, what it made and how long it took.
///
///     netmap: 5 documents, 0.0 MB, 62 entities, 62 relations in 0.4 s
///
/// Nothing with `--quiet`, and nothing when standard error is not a terminal: a script or a
/// pipeline gets its output and its errors alone. Relations are counted as
/// ``NetmapGraph/Graph/pairs``: a kind between two entities, whatever its statuses.
struct Summary {
    private let start = Date()
    private let shown: Bool

    init(quiet: Bool) {
        shown = !quiet && isatty(2) != 0
    }

    /// Writes the line: `first` (what the command compared or drew), the documents, graphs and
    /// MB of `read`, the entities and relations of `graph`, then `last`.
    func finish(_ first: [String] = [], read: Corpus.Tally? = nil, graph: Graph? = nil, _ last: [String] = []) {
        guard shown else { return }
        var parts = first
        if let read {
            if read.documents > 0 || read.graphs == 0 { parts.append(Self.count(read.documents, "document")) }
            if read.graphs > 0 { parts.append(Self.count(read.graphs, "graph")) }
            parts.append(Self.megabytes(read.bytes))
        }
        if let graph {
            parts += [Self.count(graph.entityCount, "entity", "entities"), Self.count(graph.pairs.count, "relation")]
        }
        parts += last
        let line = "netmap: \(parts.joined(separator: ", ")) in \(Self.decimal(Date().timeIntervalSince(start))) s\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// `1 document`, `2 documents`.
    static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }

    /// `0.4 MB`.
    static func megabytes(_ bytes: Int) -> String {
        "\(decimal(Double(bytes) / 1_000_000)) MB"
    }

    /// One decimal: `0.4`.
    static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
