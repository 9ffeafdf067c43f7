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

        func run() throws {
            try reporting {
                try out.check()
                let corpus = try Corpus(paths: inputs, warn: Console.warning)
                if let text = try corpus.documents?.next() {
                    throw CLIError.input(text.path, "is text; convert reads graph files (use extract for texts)")
                }
                try out.write(Graph.merging(corpus.graphs.map(\.graph)))
            }
        }
    }
}
