import Foundation
import NetmapFormats
import NetmapGraph

/// What a file's bytes hold: text, a web page's article text, or a format netmap does not
/// read; and the names netmap gives files.
enum TextFile {
    /// Checks a file's bytes are text. Named files fail; files found in a directory are skipped
    /// with a warning.
    static func text(_ data: Data, path: String, name: String, date: String?, strict: Bool, warn: @escaping (String) -> Void) throws -> TextInput? {
        try document(data, path: path, name: name, date: date, strict: strict, warn: warn) { data, refuse in
            if let nul = data.withUnsafeBytes(firstNUL) { return try refuse("is a binary file (NUL byte at offset \(nul)), not text") }
            guard let text = String(data: data, encoding: .utf8) else {
                return try refuse("is not valid UTF-8 text (first bad byte at offset \(UTF8Validation.firstInvalidByte(data) ?? 0))")
            }
            return text.allSatisfy(\.isWhitespace) ? try refuse("holds only white space") : text
        }
    }

    /// A web page's article text (``HTMLText``). Evidence spans count scalars of that text.
    static func html(_ data: Data, path: String, name: String, date: String?, strict: Bool, warn: @escaping (String) -> Void) throws -> TextInput? {
        try document(data, path: path, name: name, date: date, strict: strict, warn: warn) { data, refuse in
            let text = HTMLText.text(of: data)
            return text.allSatisfy(\.isWhitespace) ? try refuse("holds no article text (no paragraphs or headings)") : text
        }
    }

    /// A document from a file's bytes: empty files and formats netmap does not read are refused,
    /// then `read` gives the text or refuses. Refusing throws for a named file and warns and
    /// skips (nil) for one found in a directory.
    private static func document(
        _ data: Data, path: String, name: String, date: String?, strict: Bool, warn: @escaping (String) -> Void,
        read: (Data, (String) throws -> String?) throws -> String?
    ) throws -> TextInput? {
        func refuse(_ what: String) throws -> String? {
            if strict { throw CorpusError.input(path, what) }
            warn("\(path): \(what); skipped")
            return nil
        }
        if data.isEmpty {
            _ = try refuse("is empty")
            return nil
        }
        if let kind = foreignFormat(data, path: path) {
            _ = try refuse(kind)
            return nil
        }
        guard let text = try read(data, refuse) else { return nil }
        return TextInput(name: name, path: path, text: text, date: date)
    }

    /// What to do with a file of a format netmap does not read (PDF, word processors), told by
    /// its first bytes (its "magic number") and name; nil for anything else.
    static func foreignFormat(_ data: Data, path: String) -> String? {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) {
            return "is a PDF; netmap reads plain text: convert it with `pdftotext -layout FILE` (poppler-utils)"
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "is a Word (.doc) file; netmap reads plain text: save it as text, or convert it with `libreoffice --headless --convert-to txt FILE`"
        }
        if head.starts(with: Array("{\\rtf".utf8)) {
            return "is an RTF file; netmap reads plain text: convert it with `libreoffice --headless --convert-to txt FILE`"
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if let ext = FormatRegistry.extension(of: path, among: FormatRegistry.zippedDocuments) {
                return "is a .\(ext) document; netmap reads plain text: save it as text, or convert it with `libreoffice --headless --convert-to txt FILE`"
            }
            return "is a ZIP archive; netmap reads plain text, HTML and JSON Lines: unpack it first"
        }
        if head.starts(with: [0x1F, 0x8B]), !FormatRegistry.isCompressed(path) {
            return "is gzip-compressed; name it .jsonl.gz if it is JSON Lines, or unpack it with `gunzip`"
        }
        return nil
    }

    /// The offset of the first NUL byte, found with `memchr`.
    static func firstNUL(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    /// The file name without its extension, as `NSString`'s `lastPathComponent` and
    /// `deletingPathExtension` give it: "sources/001.txt" → "001".
    static func stem(_ path: String) -> String {
        plainStem(path) ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// The stem of a ``plainFileName(_:)``, read after its last dot unless a combining mark
    /// follows that dot (no extension's dot for `NSString`): nil where `NSString` must say.
    private static func plainStem(_ path: String) -> String? {
        guard let name = plainFileName(path) else { return nil }
        guard let dot = name.utf8.lastIndex(of: 0x2E), dot != name.startIndex else { return String(name) }
        let after = name.utf8.index(after: dot)
        guard after == name.utf8.endIndex || name.utf8[after] < 0x80 else { return nil }
        return String(name[..<dot])
    }

    /// The last component of a path, as `NSString`'s `lastPathComponent` gives it.
    static func fileName(_ path: String) -> String {
        plainFileName(path).map(String.init) ?? (path as NSString).lastPathComponent
    }

    /// The part after the last slash of a path that does not end in a slash, whose last
    /// component starts with an ASCII character other than a dot: where `NSString`'s path
    /// methods (slow on Linux: they rebuild the whole path) come to the plain reading. Nil for
    /// other paths.
    private static func plainFileName(_ path: String) -> Substring? {
        let utf8 = path.utf8
        guard let last = utf8.last, last != 0x2F else { return nil }
        let start = utf8.lastIndex(of: 0x2F).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard utf8[start] != 0x2E, utf8[start] < 0x80 else { return nil }
        return path[start...]
    }
}
