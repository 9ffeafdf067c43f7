import Foundation
public import NetmapGraph
import NetmapFormats

/// A corpus as a command is given it: documents to extract from, read lazily
/// (``DocumentStream``), and graphs netmap wrote before, read whole. The names tell which is
/// which (`FormatRegistry.input(forPath:)`): `.json`, `.graphml` and `.gexf` files are graphs;
/// `-`, texts, web pages, JSON Lines of articles and directories are documents.
///
///     let corpus = try Corpus(paths: ["sources", "monday.json"])
///     let graph = try CorpusExtractor().graph(of: corpus)   // both, resolved as one corpus
public struct Corpus {
    /// What a command has read: for its summary line.
    public struct Tally: Sendable, Equatable {
        /// Documents read (the parts of a long file count once).
        public var documents = 0
        /// Graph files read, and graphs read from JSON Lines of graphs.
        public var graphs = 0
        /// Bytes of input read.
        public var bytes = 0

        public init(documents: Int = 0, graphs: Int = 0, bytes: Int = 0) {
            self.documents = documents
            self.graphs = graphs
            self.bytes = bytes
        }

        public static func + (a: Tally, b: Tally) -> Tally {
            Tally(documents: a.documents + b.documents, graphs: a.graphs + b.graphs, bytes: a.bytes + b.bytes)
        }
    }

    /// The documents, read as they are asked for; nil when every input is a graph file.
    public let documents: DocumentStream?
    /// The graph files, in the order given.
    public let graphs: [(path: String, graph: Graph)]
    /// Bytes of the graph files.
    private let graphBytes: Int

    /// Graph files are read whole; larger ones are refused rather than exhausting memory.
    public static let maximumGraphFile = 2 << 30

    /// The corpus of `paths`: graph files are read at once, documents when asked for.
    ///
    /// - Parameter warn: called with each warning about a document skipped (see ``DocumentStream``).
    /// - Throws: ``CorpusError`` when no path is given, or a graph file is missing, over
    ///   ``maximumGraphFile`` bytes, unreadable or not a graph netmap wrote; and what
    ///   ``DocumentStream/init(paths:format:warn:)`` throws for the documents.
    public init(paths: [String], warn: @escaping (String) -> Void = { _ in }) throws {
        guard !paths.isEmpty else { throw CorpusError.input("netmap", "no input given") }
        var texts: [String] = [], graphs: [(path: String, graph: Graph)] = [], bytes = 0
        for path in paths {
            guard path != "-", case let .graph(format) = FormatRegistry.input(forPath: path) else {
                texts.append(path)
                continue
            }
            guard FileManager.default.fileExists(atPath: path) else {
                throw CorpusError.input(path, "no such file or directory")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= Self.maximumGraphFile else {
                throw CorpusError.input(path, "is \(size >> 20) MB; netmap reads graph files up to \(Self.maximumGraphFile >> 20) MB")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CorpusError.input(path, "cannot be read (permission denied?)")
            }
            do {
                graphs.append((path, try format.decode(data)))
            } catch {
                throw CorpusError.input(path, "\(error)")
            }
            bytes += data.count
        }
        self.graphs = graphs
        graphBytes = bytes
        documents = texts.isEmpty ? nil : try DocumentStream(paths: texts, warn: warn)
    }

    /// What has been read so far.
    public var tally: Tally {
        Tally(documents: documents?.documentsRead ?? 0, graphs: graphs.count, bytes: graphBytes + (documents?.bytesRead ?? 0))
    }
}

extension CorpusExtractor {
    /// The graph of `corpus`: its documents extracted and its graph files merged, resolved
    /// across documents as one corpus (also when every input is a graph file).
    ///
    /// - Throws: ``CorpusError`` from the documents.
    public func graph(of corpus: Corpus, progress: Progress? = nil) throws -> Graph {
        guard let documents = corpus.documents else { return Self.resolve(corpus.graphs.map(\.graph)) }
        return try graph(of: documents, merging: corpus.graphs.map(\.graph), progress: progress)
    }
}
