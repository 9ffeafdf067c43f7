import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph

/// Turns diff inputs into named sources: a text file or a graph file is one source named by its
/// stem (or its manifest `name`), a directory of texts is one source named by the directory.
struct SourceLoader {
    var extractor: Extractor
    /// `--name KEY=NAME`: KEY is the default name or the input path.
    var renames: [String: String]

    func load(_ path: String) throws -> (name: String, graph: Graph) {
        let inputs = try Inputs.read([path], graphsAllowed: true)
        // Graph files were resolved when they were written; texts are resolved here.
        let graph = try inputs.texts.map { try CorpusExtractor(extractor: extractor).graph(of: $0, merging: inputs.graphs.map(\.graph)) }
            ?? Graph.merging(inputs.graphs.map(\.graph))
        var name = TextInput.sourceName(of: path)
        name = renames[path] ?? renames[name] ?? name
        return (name, graph)
    }

    /// Every text or graph file directly in `directory`, each its own source.
    func each(_ directory: String) throws -> [(name: String, graph: Graph)] {
        guard let items = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw CLIError.input(directory, "cannot be read as a directory")
        }
        let files = items.filter { name in
            switch FormatRegistry.input(forPath: name) {
            case .text?, .graph?: true
            default: false
            }
        }.sorted()
        guard !files.isEmpty else { throw CLIError.input(directory, "no .txt, .json, .graphml or .gexf files here") }
        return try files.map { try load((directory as NSString).appendingPathComponent($0)) }
    }
}
