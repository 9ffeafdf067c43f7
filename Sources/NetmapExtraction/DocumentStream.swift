import Foundation
import NetmapFormats

/// The documents of the command line, read one at a time so that memory stays flat whatever
/// the corpus size: `.txt` files, web pages (`.html`, `.htm`: their article text, see
/// ``HTMLText``), directories (every `.txt`, `.html`, `.htm`, `.jsonl` and `.jsonl.gz` below
/// them, sorted), JSON Lines files (`{"id", "source", "date", "url", "title", "text"}` a line,
/// optionally gzipped), or `-` for standard input (text, or JSON Lines with
/// ``InputFormat/jsonl``).
///
/// A bad JSON Lines record (not a JSON object with a `text` string, longer than 64 MB) stops the
/// run with an error naming its file and line, and a record whose text is empty or white space
/// is skipped with a warning; when ``rejects`` is set, both go to it instead and the run goes on.
public final class DocumentStream {
    private enum Item {
        case stdin
        case text(path: String, name: String, date: String?, strict: Bool)
        case html(path: String, name: String, date: String?, strict: Bool)
        case lines(path: String, gzipped: Bool)
    }

    private var items: [Item] = []
    private var position = 0
    private var lines: LineReader?
    private var linesPath = ""
    private var lineNumber = 0
    private var gzip: Process?
    /// The long file or standard input being read in parts, and the bytes read before it.
    private var parts: TextParts?
    private var partsPath = ""
    private var partsStrict = true
    private var bytesBeforeParts = 0
    /// Bytes of input read so far.
    public private(set) var bytesRead = 0
    /// Documents read so far; the parts of a long file count once.
    public private(set) var documentsRead = 0
    /// Bad JSON Lines records handed to ``rejects`` so far.
    public private(set) var recordsRejected = 0
    /// Total bytes, when every input is a file of known size (not gzipped, not stdin).
    public private(set) var totalBytes: Int? = 0
    /// Where bad JSON Lines records go instead of stopping the run (`extract --rejects`).
    public var rejects: ((BadRecord) throws -> Void)?
    /// Where warnings about skipped files and records go, one message without its prefix.
    private let warn: (String) -> Void

    /// The documents of `paths` (files, directories, `-`), read as `format` says.
    ///
    /// - Parameter warn: called with each warning about a file or record skipped
    ///   (`PATH: what; skipped`).
    /// - Throws: ``CorpusError`` when no path is given, a path does not exist or is a web
    ///   address or a graph file, or a directory holds no documents.
    public init(paths: [String], format: InputFormat = .auto, warn: @escaping (String) -> Void = { _ in }) throws {
        self.warn = warn
        guard !paths.isEmpty else { throw CorpusError.input("netmap", "no input given") }
        for path in paths {
            if path == "-" {
                items.append(format == .jsonl ? .lines(path: "-", gzipped: false) : .stdin)
                totalBytes = nil
                continue
            }
            let input = FormatRegistry.input(forPath: path)
            if input == .webAddress {
                throw CorpusError.input(path, "is a web address; netmap does not download: save the page and pass the .html file")
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CorpusError.input(path, "no such file or directory")
            }
            if isDirectory.boolValue {
                let manifest = Manifest.load(directory: path)
                let files = try files(in: path)
                if files.isEmpty { throw CorpusError.input(path, "no .txt, .html or .jsonl files in this directory") }
                for file in files { add(file, manifest: manifest, strict: false) }
            } else {
                if case .graph = input {
                    throw CorpusError.input(path, "is a graph file; this command reads texts (.txt, .jsonl)")
                }
                add(path, manifest: Manifest.load(directory: (path as NSString).deletingLastPathComponent), strict: true, format: format)
            }
        }
    }

    /// Adds the file at `path`, read as `format` says: by its name (``FormatRegistry/input(forPath:)``,
    /// any name it does not know as text), as text, or as JSON Lines (gzipped when named `.gz`).
    private func add(_ path: String, manifest: Manifest, strict: Bool, format: InputFormat = .auto) {
        let size = Self.size(of: path)
        let input: FormatRegistry.Input =
            switch format {
            case .auto: FormatRegistry.input(forPath: path) ?? .text
            case .text: .text
            case .jsonl: .articles(compressed: FormatRegistry.isCompressed(path))
            }
        if input == .articles(compressed: true) {
            items.append(.lines(path: path, gzipped: true))
            totalBytes = nil
        } else if input == .articles(compressed: false) {
            items.append(.lines(path: path, gzipped: false))
            totalBytes = totalBytes.flatMap { total in size.map { total + $0 } }
        } else if input == .webPage {
            let (name, date) = TextInput.identity(ofFile: path, manifest: manifest)
            items.append(.html(path: path, name: name, date: date, strict: strict))
            totalBytes = totalBytes.flatMap { total in size.map { total + $0 } }
        } else {
            let (name, date) = TextInput.identity(ofFile: path, manifest: manifest)
            items.append(.text(path: path, name: name, date: date, strict: strict))
            totalBytes = totalBytes.flatMap { total in size.map { total + $0 } }
        }
    }

    /// The size of the file at `path` in bytes (links followed), nil when it cannot be read:
    /// one `stat` call (Foundation's attributes build a dictionary of everything for each file).
    private static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    private func files(in directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw CorpusError.input(directory, "cannot be read")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard FormatRegistry.input(forPath: relative)?.isDocument == true else { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            // Regular files only (links followed): reading a pipe or a device found in a
            // directory could wait for ever.
            var info = stat()
            guard stat(full, &info) == 0 else {
                warn("\(full): cannot be read (a broken link?); skipped")
                continue
            }
            if info.st_mode & S_IFMT == S_IFREG {
                files.append(full)
            } else if info.st_mode & S_IFMT != S_IFDIR {
                warn("\(full): not a regular file (a pipe or a device); skipped")
            }
        }
        return files.sorted()
    }

    /// The next document, or nil at the end.
    ///
    /// - Throws: ``CorpusError`` for a named file that cannot be read or is not text, and for a
    ///   bad JSON Lines record when ``rejects`` is not set.
    public func next() throws -> TextInput? {
        let input = try nextPart()
        if let input, !input.continues { documentsRead += 1 }
        return input
    }

    /// The next document or part of a long one.
    private func nextPart() throws -> TextInput? {
        while true {
            if let reader = parts {
                let part = try reader.next()
                bytesRead = bytesBeforeParts + reader.bytesRead
                if let part { return part }
                parts = nil
                if !reader.sawText {
                    let what = reader.bytesRead == 0 ? "is empty" : "holds only white space"
                    if partsStrict { throw CorpusError.input(partsPath, what) }
                    warn("\(partsPath): \(what); skipped")
                }
                continue
            }
            if let reader = lines {
                let next: [UInt8]?
                do {
                    next = try reader.next()
                } catch is LineReader.TooLong {
                    lineNumber += 1
                    bytesRead += LineReader.maximumLine
                    try reject(
                        "is longer than \(LineReader.maximumLine >> 20) MB; give so long a text as a .txt file", id: nil, fatal: true)
                    continue
                }
                if let line = next {
                    lineNumber += 1
                    bytesRead += line.count + 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    if let input = try record(line) { return input }
                    continue
                }
                try finishLines()
                continue
            }
            guard position < items.count else { return nil }
            let item = items[position]
            position += 1
            switch item {
            case .stdin:
                read(parts: TextParts(handle: .standardInput, path: TextInput.standardInput, name: TextInput.standardInput, date: nil),
                    path: TextInput.standardInput, strict: true)
            case let .text(path, name, date, strict):
                let size = Self.size(of: path) ?? 0
                if size > TextParts.size {
                    if let head = FileHandle(forReadingAtPath: path).map({ handle in defer { try? handle.close() }; return handle.readData(ofLength: 8) }),
                        let kind = TextFile.foreignFormat(head, path: path)
                    {
                        if strict { throw CorpusError.input(path, kind) }
                        warn("\(path): \(kind); skipped")
                        continue
                    }
                    // A long file is read in parts; one found in a directory is checked whole
                    // first, so that a bad one is skipped whole.
                    if !strict, let problem = TextParts.problem(path: path) {
                        warn("\(path): \(problem); skipped")
                        continue
                    }
                    guard let handle = FileHandle(forReadingAtPath: path) else {
                        if strict { throw CorpusError.input(path, "cannot be read (permission denied?)") }
                        warn("\(path): cannot be read; skipped")
                        continue
                    }
                    read(parts: TextParts(handle: handle, path: path, name: name, date: date), path: path, strict: strict)
                    continue
                }
                if let input = try readWhole(path, strict: strict, as: { try TextFile.text($0, path: path, name: name, date: date, strict: strict, warn: warn) }) {
                    return input
                }
            case let .html(path, name, date, strict):
                if let input = try readWhole(path, strict: strict, as: { try TextFile.html($0, path: path, name: name, date: date, strict: strict, warn: warn) }) {
                    return input
                }
            case let .lines(path, gzipped):
                try open(path, gzipped: gzipped)
            }
        }
    }

    /// A short file read whole and made a document by `document`; nil when it is skipped.
    private func readWhole(_ path: String, strict: Bool, as document: (Data) throws -> TextInput?) throws -> TextInput? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if strict { throw CorpusError.input(path, "cannot be read (permission denied?)") }
            warn("\(path): cannot be read; skipped")
            return nil
        }
        bytesRead += data.count
        return try document(data)
    }

    private func read(parts reader: TextParts, path: String, strict: Bool) {
        parts = reader
        partsPath = path
        partsStrict = strict
        bytesBeforeParts = bytesRead
    }

    private func open(_ path: String, gzipped: Bool) throws {
        linesPath = path == "-" ? TextInput.standardInput : path
        lineNumber = 0
        if path == "-" {
            lines = LineReader(.standardInput)
        } else if gzipped {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/gzip")
            process.arguments = ["-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { throw CorpusError.input(path, "cannot be decompressed (is gzip installed?)") }
            gzip = process
            lines = LineReader(pipe.fileHandleForReading)
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CorpusError.input(path, "cannot be read (permission denied?)")
            }
            lines = LineReader(handle)
        }
    }

    private func finishLines() throws {
        lines = nil
        if let process = gzip {
            process.waitUntilExit()
            gzip = nil
            if process.terminationStatus != 0 {
                throw CorpusError.input(linesPath, "is not a valid gzip file")
            }
        }
    }

    private struct Record: Decodable {
        var id: String?
        var source: String?
        var date: String?
        var url: String?
        var title: String?
        var text: String
    }

    /// The id of a record that cannot be read whole, when it has a string one.
    private struct Named: Decodable {
        var id: String?
    }

    /// The line's document, or nil for a bad record (see ``reject(_:id:fatal:)``).
    private func record(_ line: [UInt8]) throws -> TextInput? {
        let data = Data(line)
        guard let record = try? JSONDecoder().decode(Record.self, from: data) else {
            let id = (try? JSONDecoder().decode(Named.self, from: data))?.id
            try reject("is not a JSON object with a \"text\" string", id: id, fatal: true)
            return nil
        }
        let name = record.id.map { $0.isEmpty ? nil : $0 } ?? nil
        // As for an empty or blank file: there is nothing to read.
        if record.text.allSatisfy(\.isWhitespace) {
            try reject("has no text (its \"text\" is empty or white space)", id: name, fatal: false)
            return nil
        }
        let identity = TextInput.identity(ofRecord: name, input: linesPath, line: lineNumber)
        return TextInput(name: identity.name, path: identity.path, text: record.text, date: record.date)
    }

    /// Hands a bad record at the current line to ``rejects``; without it, a `fatal` one stops the
    /// run and any other is skipped with a warning.
    private func reject(_ error: String, id: String?, fatal: Bool) throws {
        if let rejects {
            recordsRejected += 1
            try rejects(BadRecord(input: linesPath, line: lineNumber, id: id, error: error))
        } else if fatal {
            throw CorpusError.input("\(linesPath) line \(lineNumber)", error)
        } else {
            warn("\(linesPath) line \(lineNumber): \(error); skipped")
        }
    }
}
