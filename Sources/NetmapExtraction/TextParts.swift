import Foundation
import NetmapGraph

/// A long text file (or standard input) read in parts of about ``size`` bytes, so that memory
/// stays bounded whatever its length: a 200 MB file on one line is read as two hundred parts.
///
/// Parts end at a paragraph's end (before a blank or an indented line), else at a line break
/// after a sentence, else at any line break, else after a sentence's full stop, else at a
/// space, else at a character boundary, and each part carries its offset in the document, in Unicode scalars, so
/// that evidence spans count from the start of the file. Parts that are only white space are
/// passed over.
final class TextParts {
    static let size = 1 << 20

    private let handle: FileHandle
    private let path: String
    private let name: String
    private let date: String?
    private var buffer: [UInt8] = []
    private var atEnd = false
    /// Bytes and scalars before the buffer's first byte.
    private var bytesBefore = 0
    private var scalarsBefore = 0
    /// Whether a part with more than white space has been given out.
    private(set) var sawText = false
    /// Bytes read so far.
    private(set) var bytesRead = 0

    init(handle: FileHandle, path: String, name: String, date: String?) {
        self.handle = handle
        self.path = path
        self.name = name
        self.date = date
    }

    /// The next part, nil at the end; throws on a NUL byte or bytes that are not UTF-8.
    func next() throws -> TextInput? {
        while true {
            while !atEnd, buffer.count <= Self.size {
                let data = handle.readData(ofLength: Self.size)
                if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data); bytesRead += data.count }
            }
            guard !buffer.isEmpty else { return nil }
            let cut = atEnd && buffer.count <= Self.size ? buffer.count : Self.cut(buffer, limit: Self.size)
            let text = try Self.check(buffer[0..<cut], path: path, offset: bytesBefore)
            let (scalars, blank) = Self.measure(buffer[0..<cut])
            let offset = scalarsBefore
            buffer.removeFirst(cut)
            bytesBefore += cut
            scalarsBefore += scalars
            if Self.isBlank(text, blank) { continue }
            defer { sawText = true }
            return TextInput(name: name, path: path, text: text, date: date, offset: offset, continues: sawText)
        }
    }

    /// Where to end a part of at most `limit` bytes (the buffer holds more).
    static func cut(_ bytes: [UInt8], limit: Int) -> Int {
        let window = bytes[(limit / 2)..<limit]
        // A paragraph's end first (a blank or an indented line): a part then never cuts a
        // wrapped sentence that the normaliser would join; then a line that ends a sentence;
        // then any line break.
        for k in window.indices.reversed() where bytes[k] == 0x0A && k + 1 < bytes.count
            && (bytes[k + 1] == 0x0A || bytes[k + 1] == 0x20 || bytes[k + 1] == 0x09)
        {
            return k + 1
        }
        for k in window.indices.reversed() where bytes[k] == 0x0A && k > 0
            && [0x2E, 0x3F, 0x21, 0x22].contains(bytes[k - 1])
        {
            return k + 1
        }
        if let newline = window.lastIndex(of: 0x0A) { return newline + 1 }
        for k in window.indices.reversed() where bytes[k] == 0x20 && k > 0 && bytes[k - 1] == 0x2E { return k + 1 }
        if let space = window.lastIndex(where: { $0 == 0x20 || $0 == 0x09 }) { return space + 1 }
        // No white space in half a megabyte: cut before the first byte of a character.
        var k = limit
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// The text of `bytes`, or the error naming `path` and the offset of the first bad byte.
    static func check(_ bytes: ArraySlice<UInt8>, path: String, offset: Int) throws -> String {
        if let nul = bytes.withUnsafeBytes(TextFile.firstNUL) {
            throw CorpusError.input(path, "is a binary file (NUL byte at offset \(offset + nul)), not text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = UTF8Validation.firstInvalidByte(bytes) ?? 0
            throw CorpusError.input(path, "is not valid UTF-8 text (first bad byte at offset \(offset + bad))")
        }
        return text
    }

    /// The number of Unicode scalars in valid UTF-8 `bytes`, and whether it is only white space:
    /// yes, no, or nil when only its non-ASCII characters can tell.
    static func measure(_ bytes: ArraySlice<UInt8>) -> (scalars: Int, blank: Bool?) {
        bytes.withUnsafeBufferPointer { buffer in
            var scalars = 0
            var blank = true
            var ascii = true
            for b in buffer {
                if b & 0xC0 != 0x80 { scalars += 1 }
                if b >= 0x80 { ascii = false }
                if blank, b < 0x80, b != 0x20, b != 0x0A, b != 0x09, b != 0x0D, b != 0x0B, b != 0x0C { blank = false }
            }
            return (scalars, blank ? (ascii ? true : nil) : false)
        }
    }

    /// Whether `text`, measured as `blank`, is only white space.
    static func isBlank(_ text: String, _ blank: Bool?) -> Bool {
        blank ?? text.allSatisfy(\.isWhitespace)
    }

    /// Reads the whole file once to say whether it is text: nil if it is, else what is wrong.
    /// Used before a long file found in a directory is read in parts, so that a bad file is
    /// skipped whole, not after some of its parts were used.
    static func problem(path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "cannot be read (permission denied?)" }
        defer { try? handle.close() }
        var carry: [UInt8] = []
        var offset = 0
        var onlySpace = true
        while true {
            let data = handle.readData(ofLength: size)
            var bytes = carry + data
            carry = []
            if !data.isEmpty {
                // Keep the last character, which may be unfinished, for the next read.
                var end = bytes.count
                while end > 0, bytes.count - end < 3, bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
                if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
                if end < bytes.count, bytes[end] & 0xC0 == 0x80 { end = bytes.count }
                carry = Array(bytes[end...])
                bytes.removeLast(bytes.count - end)
            }
            do {
                let text = try check(bytes[...], path: path, offset: offset)
                if onlySpace, !isBlank(text, measure(bytes[...]).blank) { onlySpace = false }
            } catch let CorpusError.input(_, what) {
                return what
            } catch {
                return "\(error)"
            }
            offset += bytes.count
            if data.isEmpty { return onlySpace ? "holds only white space" : nil }
        }
    }
}
