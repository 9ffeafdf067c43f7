import ArgumentParser
import NetmapGraph

/// `--format` and `-o` for the commands that write a graph.
struct GraphOutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: "Output format: json, jsonl, graphml, gexf, csv (into the -o directory), dot or text (default: the extension of -o, else json).")
    var explicitFormat: GraphFormat?

    @Option(name: .shortAndLong, help: "Write to this file (a directory for csv) instead of stdout.")
    var output: String?

    /// The format to write: `--format`, else the extension of `-o`, else json.
    var format: GraphFormat { (try? GraphFormat.chosen(explicitFormat, output: output, default: .json)) ?? .json }

    /// Fails before any work when the output cannot be written or its format is unclear.
    func check() throws {
        let format = try GraphFormat.chosen(explicitFormat, output: output, default: .json)
        if format != .csv { try Output.checkWritable(output) }
    }

    /// Writes `graph` in ``format`` to ``output``.
    func write(_ graph: Graph) throws {
        try format.write(graph, to: output)
    }
}
