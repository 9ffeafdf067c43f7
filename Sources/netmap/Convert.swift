import ArgumentParser
import Foundation
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
                let inputs = try Inputs.read(self.inputs, graphsAllowed: true)
                if let text = try inputs.texts?.next() {
                    throw CLIError.input(text.path, "is text; convert reads graph files (use extract for texts)")
                }
                try out.format.write(Graph.merging(inputs.graphs.map(\.graph)), to: out.output)
            }
        }
    }
}
