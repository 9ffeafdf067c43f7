import Foundation
import NetmapFormats
import NetmapExtraction
import NetmapGraph

/// A text to extract from: its source name, text and date.
struct TextInput {
    var name: String
    var path: String
    var text: String
    var date: String?
    /// Where the text starts in its document, in Unicode scalars: 0, or more for the parts
    /// of a long file (``TextParts``).
    var offset = 0
    /// Whether this is a later part of the document of the input before it.
    var continues = false
}

/// What the command line was given: texts to extract from, and graphs netmap wrote.
struct Inputs {
    var texts: [TextInput] = []
    var graphs: [(path: String, graph: Graph)] = []

    /// Graph files are read whole; larger ones are refused rather than exhausting memory.
    static let maximumGraphFile = 2 << 30

    /// Reads every input: texts as ``DocumentStream`` finds them (`-`, `.txt`, `.jsonl`,
    /// directories), and, where `graphsAllowed`, `.json`, `.graphml` and `.gexf` graphs.
    static func read(_ paths: [String], graphsAllowed: Bool) throws -> Inputs {
        var inputs = Inputs()
        guard !paths.isEmpty else { throw CLIError.input("netmap", "no input given") }
        var texts: [String] = []
        for path in paths {
            let lower = path.lowercased()
            guard path != "-", lower.hasSuffix(".json") || lower.hasSuffix(".graphml") || lower.hasSuffix(".gexf") else {
                texts.append(path)
                continue
            }
            guard graphsAllowed else {
                throw CLIError.input(path, "is a graph file; this command reads texts (.txt, .jsonl)")
            }
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError.input(path, "no such file or directory")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= maximumGraphFile else {
                throw CLIError.input(path, "is \(size >> 20) MB; netmap reads graph files up to \(maximumGraphFile >> 20) MB")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.input(path, "cannot be read (permission denied?)")
            }
            do {
                let graph =
                    lower.hasSuffix(".json") ? try JSONFormat.decode(data)
                    : lower.hasSuffix(".gexf") ? try GEXFFormat.decode(data) : try GraphMLFormat.decode(data)
                inputs.graphs.append((path, graph))
            } catch {
                throw CLIError.input(path, "\(error)")
            }
        }
        if !texts.isEmpty {
            let stream = try DocumentStream(paths: texts)
            while let text = try stream.next() { inputs.texts.append(text) }
        }
        return inputs
    }

    /// Checks a file's bytes are text. Named files fail; files found in a directory are skipped
    /// with a warning.
    static func text(_ data: Data, path: String, name: String, date: String?, strict: Bool) throws -> TextInput? {
        try document(data, path: path, name: name, date: date, strict: strict) { data, refuse in
            if let nul = data.withUnsafeBytes(firstNUL) { return try refuse("is a binary file (NUL byte at offset \(nul)), not text") }
            guard let text = String(data: data, encoding: .utf8) else {
                return try refuse("is not valid UTF-8 text (first bad byte at offset \(UTF8Validation.firstInvalidByte(data) ?? 0))")
            }
            return text.allSatisfy(\.isWhitespace) ? try refuse("holds only white space") : text
        }
    }

    /// A web page's article text (``HTMLText``). Evidence spans count scalars of that text.
    static func html(_ data: Data, path: String, name: String, date: String?, strict: Bool) throws -> TextInput? {
        try document(data, path: path, name: name, date: date, strict: strict) { data, refuse in
            let text = HTMLText.text(of: data)
            return text.allSatisfy(\.isWhitespace) ? try refuse("holds no article text (no paragraphs or headings)") : text
        }
    }

    /// A document from a file's bytes: empty files and formats netmap does not read are refused,
    /// then `read` gives the text or refuses. Refusing throws for a named file and warns and
    /// skips (nil) for one found in a directory.
    private static func document(
        _ data: Data, path: String, name: String, date: String?, strict: Bool,
        read: (Data, (String) throws -> String?) throws -> String?
    ) throws -> TextInput? {
        func refuse(_ what: String) throws -> String? {
            if strict { throw CLIError.input(path, what) }
            Console.warning("\(path): \(what); skipped")
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

    static func isHTML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
    }

    /// What to do with a file of a format netmap does not read (PDF, word processors), told by
    /// its first bytes (its "magic number") and name; nil for anything else.
    static func foreignFormat(_ data: Data, path: String) -> String? {
        let head = [UInt8](data.prefix(8))
        let lower = path.lowercased()
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
            for ext in [".docx", ".odt", ".pages", ".epub"] where lower.hasSuffix(ext) {
                return "is a \(ext) document; netmap reads plain text: save it as text, or convert it with `libreoffice --headless --convert-to txt FILE`"
            }
            return "is a ZIP archive; netmap reads plain text, HTML and JSON Lines: unpack it first"
        }
        if head.starts(with: [0x1F, 0x8B]), !lower.hasSuffix(".gz") {
            return "is gzip-compressed; name it .jsonl.gz if it is JSON Lines, or unpack it with `gunzip`"
        }
        return nil
    }

    /// The offset of the first NUL byte, found with `memchr`.
    static func firstNUL(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    static func stem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    static func fileName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }
}

/// `manifest.tsv` beside the texts: a header row naming the columns (`file`, `date`, `name`,
/// and any others), then one row per file.
///
///     file<TAB>date<TAB>name
///     001.txt<TAB>2025-08-14<TAB>guardian
struct Manifest {
    struct Record {
        var date: String?
        var name: String?
    }

    var records: [String: Record] = [:]

    subscript(file: String) -> String? { records[file]?.date }

    static func load(directory: String) -> Manifest {
        let path = (directory as NSString).appendingPathComponent("manifest.tsv")
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return Manifest()
        }
        var manifest = Manifest()
        var columns: [String: Int] = ["file": 0, "date": 1]
        for line in text.split(separator: "\n") {
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if let first = cells.first, first.hasPrefix("#") {
                cells[0] = first.drop { $0 == "#" || $0 == " " }.description
                if cells[0] == "file" {
                    columns = Dictionary(cells.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                }
                continue
            }
            if cells.first == "file" {
                columns = Dictionary(cells.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                continue
            }
            func cell(_ name: String) -> String? {
                guard let index = columns[name], index < cells.count, !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            guard let file = cell("file") else { continue }
            manifest.records[file] = Record(date: cell("date"), name: cell("name"))
        }
        return manifest
    }
}
