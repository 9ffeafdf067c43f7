import ArgumentParser
import Foundation
import NetmapFormats
import NetmapGraph

/// The formats a graph is written in (``FormatRegistry/graphs``), and how: every one to a file
/// or stdout, except csv, which writes `nodes.csv` and `edges.csv` into a directory.
enum GraphFormat: String, FormatOption {
    case json, jsonl, graphml, gexf, csv, dot, text

    static var registry: [FileFormat] { FormatRegistry.graphs }

    /// The extension of a file in this format.
    var fileExtension: String { file.extensions[0] }

    func encode(_ graph: Graph) -> Data { file.encode(graph) }

    /// Writes `graph` to `path` (stdout when nil); csv needs a directory, in which its files'
    /// names start with `prefix`.
    func write(_ graph: Graph, to path: String?, prefix: String = "") throws {
        guard file.writesDirectory else {
            try Output.write(encode(graph), to: path)
            return
        }
        guard let directory = path, directory != "-" else {
            throw CLIError.output("-", "csv writes two files, nodes.csv and edges.csv: give a directory with -o")
        }
        try Output.makeDirectory(directory)
        for (name, data) in file.files(graph) {
            try Output.write(data, to: (directory as NSString).appendingPathComponent(prefix + (name ?? "")))
        }
    }
}
