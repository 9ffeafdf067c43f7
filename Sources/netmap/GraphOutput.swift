import ArgumentParser
import NetmapExtraction
import NetmapFormats
import NetmapGraph

/// The formats a graph is written in (``FormatRegistry/graphs``), and how (``GraphTarget``):
/// every one to a file or stdout, except csv, which writes `nodes.csv` and `edges.csv` into a
/// directory.
enum GraphFormat: String, FormatOption {
    case json, jsonl, graphml, gexf, csv, dot, text

    static var registry: [FileFormat] { FormatRegistry.graphs }

    /// Writes `graph` to `path` (stdout when nil); csv needs a directory.
    func write(_ graph: Graph, to path: String?) throws {
        let target = try GraphTarget(format: file, output: path)
        for file in file.files(graph) { try target.write(CorpusExtractor.OutputFile(name: file.name, data: file.data)) }
    }
}
