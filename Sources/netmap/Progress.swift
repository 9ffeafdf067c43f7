import Foundation

/// Progress on stderr while a terminal watches `extract` (documents, MB, MB/s, ETA), on one
/// line that ``finish()`` clears for the ``Summary``; nothing with `--quiet`, and nothing when
/// stderr is not a terminal.
final class Progress {
    private let total: Int?
    private let live: Bool
    private let start = Date()
    private var lastShown = Date.distantPast

    /// Whether a progress line stands on the terminal now, for an error or a warning to clear first.
    nonisolated(unsafe) static var showing = false

    init(total: Int?, quiet: Bool) {
        self.total = total
        self.live = !quiet && isatty(2) != 0
    }

    func update(documents: Int, bytes: Int) {
        guard live, Date().timeIntervalSince(lastShown) >= 0.25 else { return }
        lastShown = Date()
        let seconds = max(0.001, Date().timeIntervalSince(start))
        let rate = Double(bytes) / 1_000_000 / seconds
        var line = "\r\u{1B}[K\(documents) documents, \(Summary.megabytes(bytes)), \(Summary.decimal(rate)) MB/s"
        if let total, total > 0, bytes > 0, rate > 0 {
            let left = Double(max(0, total - bytes)) / 1_000_000 / rate
            line += ", \(Int(Double(bytes) / Double(total) * 100))%, ETA \(Int(left.rounded())) s"
        }
        FileHandle.standardError.write(Data(line.utf8))
        Self.showing = true
    }

    /// Clears the progress line.
    func finish() {
        if live { Self.clear() }
    }

    /// Clears the line the progress stands on.
    static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        showing = false
    }
}
