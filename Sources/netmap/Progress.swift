import Foundation
import NetmapGraph

/// Progress on stderr while a terminal watches (documents, MB, MB/s, ETA), and a one-line
/// summary at the end; nothing with `--quiet`, and nothing when stderr is not a terminal (a
/// script or a pipeline gets its output and its errors alone). Relations are counted as
/// ``NetmapGraph/Graph/pairs``: a kind between two entities, whatever its statuses.
final class Progress {
    private let total: Int?
    private let quiet: Bool
    private let live: Bool
    private let start = Date()
    private var lastShown = Date.distantPast

    init(total: Int?, quiet: Bool) {
        self.total = total
        self.quiet = quiet
        self.live = !quiet && isatty(2) != 0
    }

    func update(documents: Int, bytes: Int) {
        guard live, Date().timeIntervalSince(lastShown) >= 0.25 else { return }
        lastShown = Date()
        let seconds = max(0.001, Date().timeIntervalSince(start))
        let rate = Double(bytes) / 1_000_000 / seconds
        var line = "\r\u{1B}[K\(documents) documents, \(format(Double(bytes) / 1_000_000)) MB, \(format(rate)) MB/s"
        if let total, total > 0, bytes > 0, rate > 0 {
            let left = Double(max(0, total - bytes)) / 1_000_000 / rate
            line += ", \(Int(Double(bytes) / Double(total) * 100))%, ETA \(Int(left.rounded())) s"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The summary line; `rejected` is the count of bad records set aside (`--rejects`).
    func finish(documents: Int, bytes: Int, graph: Graph?, rejected: Int? = nil) {
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard live else { return }
        let seconds = Date().timeIntervalSince(start)
        var line = "netmap: \(documents) document\(documents == 1 ? "" : "s"), \(format(Double(bytes) / 1_000_000)) MB"
        if let graph {
            let entities = graph.entities.count, relations = graph.pairs.count
            line += ", \(entities) entit\(entities == 1 ? "y" : "ies"), \(relations) relation\(relations == 1 ? "" : "s")"
        }
        if let rejected { line += ", \(rejected) record\(rejected == 1 ? "" : "s") rejected" }
        line += " in \(format(seconds)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
