import Foundation
import NetmapFormats
import NetmapExtraction
import NetmapGraph

/// What the command line was given: texts to extract from, and graphs netmap wrote.
struct Inputs {
    /// The texts, read lazily; nil when every input is a graph file.
    var texts: DocumentStream?
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
            // JSON Lines here are documents, not graphs: only formats of one graph a file count.
            guard path != "-", case let .graph(format) = FormatRegistry.input(forPath: path) else {
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
                inputs.graphs.append((path, try format.decode(data)))
            } catch {
                throw CLIError.input(path, "\(error)")
            }
        }
        if !texts.isEmpty { inputs.texts = try DocumentStream(paths: texts, warn: Console.warning) }
        return inputs
    }

}

extension Inputs {
    /// The graphs read and the texts extracted, as one corpus (``CorpusExtractor``): resolved
    /// across documents, also when every input is a graph file.
    func graph(extractor lexicon: LexiconOptions) throws -> Graph {
        guard let texts else { return CorpusExtractor.resolve(graphs.map(\.graph)) }
        return try CorpusExtractor(extractor: lexicon.extractor()).graph(of: texts, merging: graphs.map(\.graph))
    }
}
