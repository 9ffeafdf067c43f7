public import Foundation

/// Lines of a file handle, read in large chunks.
///
///     let reader = LineReader(FileHandle.standardInput)
///     while let line = try reader.next() { ... }   // bytes of one line, without its newline
///
/// A line longer than ``maximumLine`` throws ``TooLong``; the next call goes on after it.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// Whether the rest of a line found too long is still to be passed over.
    private var skipping = false
    static let chunk = 1 << 20
    /// Longer lines are refused, so that one line cannot take all memory.
    public static let maximumLine = 64 << 20

    public struct TooLong: Error {}

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its newline, or nil at the end of the file.
    ///
    /// - Throws: ``TooLong`` for a line over ``maximumLine`` bytes, which is then skipped.
    public func next() throws -> [UInt8]? {
        if skipping, !skipRestOfLine() { return nil }
        // Bytes from `start` to `scanned` hold no newline: a long line is searched once.
        var scanned = start
        while true {
            if let newline = firstNewline(from: scanned) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            scanned -= start
            start = 0
            if buffer.count > Self.maximumLine {
                buffer.removeAll()
                skipping = true
                throw TooLong()
            }
            read()
        }
    }

    /// Passes over the bytes up to the next newline; false when the input ends first.
    private func skipRestOfLine() -> Bool {
        skipping = false
        while true {
            if let newline = firstNewline(from: start) {
                start = newline + 1
                return true
            }
            buffer.removeAll()
            start = 0
            if atEnd { return false }
            read()
        }
    }

    private func read() {
        let data = handle.readData(ofLength: Self.chunk)
        if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
    }

    /// The index of the first newline at or after `offset`, found with `memchr`.
    private func firstNewline(from offset: Int) -> Int? {
        buffer.withUnsafeBytes { raw -> Int? in
            guard offset < raw.count, let base = raw.baseAddress,
                let hit = memchr(base + offset, 0x0A, raw.count - offset)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }
}
