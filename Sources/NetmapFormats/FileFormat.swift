public import Foundation
public import NetmapGraph

/// One file format netmap writes or reads: its name (as `--format` takes it), the extensions
/// of its files, and its encoder and decoder. ``FormatRegistry`` lists them all.
///
///     let json = FormatRegistry.graph(named: "json")!
///     let data = json.encode(graph)                 // the bytes of one file
///     let back = try json.decode(data)              // == graph
///
/// A format without an encoder is made by another module (drawings by `NetmapRender`, the
/// interactive page by `NetmapHTML`, a diff's tables by `NetmapDiff`); a format without a
/// decoder says why it is write-only in ``writeOnlyReason``.
public struct FileFormat: Sendable, CustomStringConvertible {
    /// How a graph is written.
    public enum Encoder: Sendable {
        /// One file.
        case file(@Sendable (Graph) -> Data)
        /// Several files in a directory: each file's name, without any prefix, and its bytes.
        case directory(@Sendable (Graph) -> [(name: String, data: Data)])
    }

    /// How a graph is read back.
    public enum Decoder: Sendable {
        /// One file holding one graph.
        case file(@Sendable (Data) throws(FormatError) -> Graph)
        /// One graph a line (JSON Lines): each line is decoded alone, so files of any length
        /// are read in constant memory.
        case lines(@Sendable (Data) throws(FormatError) -> Graph)
    }

    /// The name `--format` takes, lower-case.
    public let name: String
    /// The extensions of its files, lower-case and without the dot, the usual one first.
    public let extensions: [String]
    /// Whether its files are binary, and so never written to a terminal.
    public let isBinary: Bool
    public let encoder: Encoder?
    public let decoder: Decoder?
    /// Why netmap does not read the format back; nil when it does.
    public let writeOnlyReason: String?

    public init(
        name: String, extensions: [String], isBinary: Bool = false, encoder: Encoder? = nil, decoder: Decoder? = nil,
        writeOnlyReason: String? = nil
    ) {
        self.name = name
        self.extensions = extensions
        self.isBinary = isBinary
        self.encoder = encoder
        self.decoder = decoder
        self.writeOnlyReason = writeOnlyReason
    }

    public var description: String { name }

    /// Whether netmap writes a graph in this format as several files in a directory.
    public var writesDirectory: Bool {
        if case .directory = encoder { return true }
        return false
    }

    /// Whether the format holds one graph a line (JSON Lines): a corpus is written in it one
    /// document's graph a line, unmerged, and read back a line at a time.
    public var holdsLines: Bool {
        if case .lines = decoder { return true }
        return false
    }

    /// The one file of `graph` in this format; empty for a format that writes a directory or
    /// that another module makes.
    public func encode(_ graph: Graph) -> Data {
        switch encoder {
        case let .file(encode): encode(graph)
        case .directory, nil: Data()
        }
    }

    /// The files of `graph` in this format: one unnamed file, or the directory's files.
    public func files(_ graph: Graph) -> [(name: String?, data: Data)] {
        switch encoder {
        case let .file(encode): [(nil, encode(graph))]
        case let .directory(encode): encode(graph).map { ($0.name, $0.data) }
        case nil: []
        }
    }

    /// The graph of a whole file in this format.
    ///
    /// - Throws: ``FormatError`` when the bytes are not a graph netmap wrote, or the format
    ///   is write-only (``FormatError/notAGraph(format:reason:)`` giving the reason).
    public func decode(_ data: Data) throws(FormatError) -> Graph {
        switch decoder {
        case let .file(decode): return try decode(data)
        case let .lines(decode):
            var graph = Graph()
            for line in data.split(separator: 0x0A) where !line.isEmpty { graph.merge(try decode(Data(line))) }
            return graph
        case nil: throw .notAGraph(format: name, reason: writeOnlyReason ?? "netmap does not read \(name)")
        }
    }
}
