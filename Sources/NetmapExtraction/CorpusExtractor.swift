public import Foundation
public import NetmapGraph

/// Extracts the graph of a corpus: reads its documents (``DocumentStream``: files,
/// directories, JSON Lines records, long texts in parts with their offsets), extracts them on
/// several threads, folds their graphs in a fixed order and joins across documents what one
/// document could not (``CorpusResolver``). This is what `netmap extract` does.
///
///     let corpus = CorpusExtractor()
///     let graph = try corpus.graph(of: DocumentStream(paths: ["sources"]))
///     print(graph.entities.count, graph.relations.count)
///
/// The result is the same whatever the number of jobs: merging is associative and
/// order-free, and the per-document graphs come out in the order of the inputs. Dates follow
/// one precedence, described at ``TextInput``.
public struct CorpusExtractor: Sendable {
    /// Called after each batch with the documents done (parts of a long file count once) and
    /// the bytes of input read so far.
    public typealias Progress = (_ documents: Int, _ bytes: Int) -> Void

    /// The extractor of texts, made the first time it is asked for: loading the language data
    /// takes a tenth of a second, which a comparison of graph files never needs.
    public var extractor: Extractor { madeExtractor.value }
    private let madeExtractor: Once<Extractor>
    /// Documents extracted at once.
    public let jobs: Int

    /// - Parameters:
    ///   - extractor: evaluated once, when the first text is extracted.
    ///   - jobs: threads to extract on, at least 1 (default: the number of cores).
    public init(
        extractor: @autoclosure @escaping @Sendable () -> Extractor = Extractor(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        madeExtractor = Once(extractor)
        self.jobs = max(1, jobs)
    }

    /// The merged graph of every document of `stream`, with `graphs` (read from graph files)
    /// folded in before the corpus is resolved.
    ///
    /// - Parameter resolving: false to leave people named only by surname unjoined, for a
    ///   graph that is merged again later (``resolve(_:)`` joins them then).
    /// - Throws: ``CorpusError`` from `stream`.
    public func graph(
        of stream: DocumentStream, merging graphs: [Graph] = [], resolving: Bool = true, progress: Progress? = nil
    ) throws -> Graph {
        var merged = Graph.merging(graphs)
        try batches(stream, progress) { batch in
            // Each job folds its share, so that only the partial graphs meet here.
            let shares = Array(0..<min(jobs, batch.count))
            let partials = Parallel.map(shares, jobs: jobs) { share in
                var partial = Graph()
                for k in stride(from: share, to: batch.count, by: shares.count) {
                    partial.merge(extract(batch[k]))
                }
                return partial
            }
            for partial in partials { merged.merge(partial) }
        }
        return resolving ? CorpusResolver.resolve(merged) : merged
    }

    /// The graph of each document of `stream`, in order, handed to `body` with the document's
    /// first part: the parts of a long file are gathered into one graph first. These graphs are
    /// not resolved across documents.
    ///
    /// - Throws: ``CorpusError`` from `stream`, and what `body` throws.
    public func documents(
        of stream: DocumentStream, progress: Progress? = nil, _ body: (TextInput, Graph) throws -> Void
    ) throws {
        var pending: (input: TextInput, graph: Graph)? = nil
        try batches(stream, progress) { batch in
            let graphs = Parallel.map(batch, jobs: jobs) { extract($0) }
            for (input, graph) in zip(batch, graphs) {
                if input.continues, pending != nil {
                    pending!.graph.merge(graph)
                    continue
                }
                if let done = pending { try body(done.input, done.graph) }
                pending = (input, graph)
            }
        }
        if let done = pending { try body(done.input, done.graph) }
    }

    /// Graphs extracted before (graph files, the lines of `extract --format jsonl`) merged and
    /// resolved as one corpus, as ``graph(of:merging:resolving:progress:)`` resolves what it extracts.
    ///
    ///     CorpusExtractor.resolve([monday, tuesday])  // "Brown" joined to "Gordon Brown"
    public static func resolve(_ graphs: [Graph]) -> Graph {
        CorpusResolver.resolve(Graph.merging(graphs))
    }

    /// The graph of one text, or of one part of a long one.
    public func extract(_ input: TextInput) -> Graph {
        extractor.extract(name: input.name, text: input.text, date: input.date, offset: input.offset)
    }

    /// Reads `stream` in batches of at most 64 documents or 16 MB of text per job, which keep
    /// memory flat, and hands each to `body`.
    private func batches(_ stream: DocumentStream, _ progress: Progress?, _ body: ([TextInput]) throws -> Void) throws {
        var documents = 0
        while true {
            var batch: [TextInput] = []
            var batchBytes = 0
            while batch.count < 64 * jobs, batchBytes < (16 << 20) * jobs, let input = try stream.next() {
                batch.append(input)
                batchBytes += input.text.utf8.count
            }
            if batch.isEmpty { break }
            try body(batch)
            documents += batch.filter { !$0.continues }.count
            progress?(documents, stream.bytesRead)
        }
    }
}
