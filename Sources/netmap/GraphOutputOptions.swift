import ArgumentParser

/// `--format` and `-o` for the commands that write a graph.
struct GraphOutputOptions: ParsableArguments {
    @Option(help: "Output format: json, jsonl, graphml, gexf, csv (into the -o directory), dot or text.")
    var format: GraphFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file (a directory for csv) instead of stdout.")
    var output: String?

    /// Fails before any work when the output cannot be written.
    func check() throws {
        if format != .csv { try Output.checkWritable(output) }
    }
}
