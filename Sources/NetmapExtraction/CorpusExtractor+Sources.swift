import Foundation
public import NetmapGraph
import NetmapFormats

extension CorpusExtractor {
    /// One source of a comparison: its name, its graph, and what was read for it.
    public struct Source: Sendable {
        public var name: String
        public var graph: Graph
        public var read: Corpus.Tally
    }

    /// The sources of a comparison (`netmap diff`): each of `paths` one source (a text, a
    /// directory of texts, a graph file), then every text or graph file directly in `directory`
    /// (`--each`), each its own. A source is named by ``TextInput/sourceName(of:)``, or by
    /// `renames[path]` or `renames[name]` when given. Texts are extracted and resolved as one
    /// corpus; a graph file is taken as it was written.
    ///
    ///     try CorpusExtractor().sources(["pre-summit.json", "post-summit.json"])  // two sources
    ///
    /// - Parameter warn: called with each warning about a document skipped.
    /// - Throws: ``CorpusError`` when a source cannot be read, `directory` holds no text or
    ///   graph file, fewer than two sources are given, or two sources have one name.
    public func sources(
        _ paths: [String], each directory: String? = nil, renames: [String: String] = [:], warn: @escaping (String) -> Void = { _ in }
    ) throws -> [Source] {
        // The sources are read side by side; each one's warnings are kept, then given in order.
        func read(_ paths: [String]) throws -> [Source] {
            let results = Parallel.map(paths, jobs: jobs) { path in
                let warnings = WarningLog()
                let result = Result { () throws -> Source in
                    let corpus = try Corpus(paths: [path], warn: warnings.add)
                    // Graph files were resolved when they were written; texts are resolved here.
                    let graph = try corpus.documents.map { try self.graph(of: $0, merging: corpus.graphs.map(\.graph)) }
                        ?? Graph.merging(corpus.graphs.map(\.graph))
                    let name = TextInput.sourceName(of: path)
                    return Source(name: renames[path] ?? renames[name] ?? name, graph: graph, read: corpus.tally)
                }
                return (result, warnings.all)
            }
            return try results.map { result, warnings in
                warnings.forEach(warn)
                return try result.get()
            }
        }
        var sources = try read(paths)
        if let directory {
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                throw CorpusError.input(directory, "cannot be read as a directory")
            }
            let files = items.filter { name in
                switch FormatRegistry.input(forPath: name) {
                case .text?, .graph?: true
                default: false
                }
            }.sorted()
            guard !files.isEmpty else { throw CorpusError.input(directory, "no .txt, .json, .graphml or .gexf files here") }
            sources += try read(files.map { (directory as NSString).appendingPathComponent($0) })
        }
        guard sources.count >= 2 else {
            throw CorpusError.input(paths.first ?? directory ?? "netmap", "a diff needs at least two sources")
        }
        let duplicates = Dictionary(grouping: sources.map(\.name), by: { $0 }).filter { $1.count > 1 }.keys
        if let name = duplicates.sorted().first {
            throw CorpusError.input(name, "two sources have this name; tell them apart with --name")
        }
        return sources
    }
}

/// Warnings kept in the order they were given, from one thread.
private final class WarningLog: @unchecked Sendable {
    private(set) var all: [String] = []
    func add(_ warning: String) { all.append(warning) }
}
