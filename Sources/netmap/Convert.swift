import ArgumentParser
import NetmapExtraction
import NetmapGraph

extension Netmap {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge graph files netmap wrote and write them in another format.",
            discussion: "INPUT is a .json, .graphml or .gexf file that netmap wrote; all inputs are merged.")

        @Argument(help: "Graph files netmap wrote.")
        var inputs: [String]

        @OptionGroup var out: GraphOutputOptions

        @Flag(help: "No summary line on stderr (none is written when stderr is not a terminal).")
        var quiet = false

        func run() throws {
            try reporting {
                let summary = Summary(quiet: quiet)
                try out.check()
                let corpus = try Corpus(paths: inputs, warn: Console.warning)
                if let text = try corpus.documents?.next() {
                    throw CLIError.input(text.path, "is text; convert reads graph files (use extract for texts)")
                }
                let graph = Graph.merging(corpus.graphs.map(\.graph))
                try out.write(graph)
                summary.finish(read: corpus.tally, graph: graph)
            }
        }
    }
}
