import ArgumentParser
import Foundation
import NetmapFormats
import NetmapGraph

/// The formats a graph is written in, and how: every one to a file or stdout, except csv,
/// which writes `nodes.csv` and `edges.csv` into a directory.
enum GraphFormat: String, FileFormat {
    case json, jsonl, graphml, gexf, csv, dot, text

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    var fileExtension: String { self == .text ? "txt" : rawValue }

    /// csv writes a directory, named by `--format` alone.
    var extensions: [String] {
        switch self {
        case .csv: []
        case .dot: ["dot", "gv"]
        case .text: ["txt", "text"]
        default: [rawValue]
        }
    }

    func encode(_ graph: Graph) -> Data {
        switch self {
        case .json: JSONFormat.encode(graph)
        case .jsonl: JSONFormat.encode(graph, compact: true)
        case .graphml: GraphMLFormat.encode(graph)
        case .gexf: GEXFFormat.encode(graph)
        case .dot: Data(DOTFormat.encode(graph).utf8)
        case .text: Data(TextFormat.encode(graph).utf8)
        case .csv: Data()
        }
    }

    /// Writes `graph` to `path` (stdout when nil); csv needs a directory.
    func write(_ graph: Graph, to path: String?, prefix: String = "") throws {
        guard self == .csv else {
            try Output.write(encode(graph), to: path)
            return
        }
        guard let directory = path, directory != "-" else {
            throw CLIError.output("-", "csv writes two files, nodes.csv and edges.csv: give a directory with -o")
        }
        try Output.makeDirectory(directory)
        let nodes = (directory as NSString).appendingPathComponent("\(prefix)nodes.csv")
        let edges = (directory as NSString).appendingPathComponent("\(prefix)edges.csv")
        try Output.write(Data(CSVFormat.nodes(graph).utf8), to: nodes)
        try Output.write(Data(CSVFormat.edges(graph).utf8), to: edges)
    }
}
