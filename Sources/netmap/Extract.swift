import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph

extension Netmap {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the graph of people, states, organisations and relations from texts.",
            discussion: """
                INPUT is a .txt file, a directory (every .txt below it, sorted) or - for stdin. \
                Without --output-dir the merged graph of all inputs goes to -o FILE or stdout; \
                with it, one graph per document is written as DIR/<file-stem>.<ext>.
                """)


        @Argument(help: "Text files, directories of .txt files, or - for stdin.")
        var inputs: [String]

        @Option(help: "Output format: json, graphml, gexf, csv (into the -o directory), dot or text.")
        var format: GraphFormat = .json

        @Option(name: .shortAndLong, help: "Write the merged graph to this file instead of stdout.")
        var output: String?

        @Option(name: .customLong("output-dir"), help: "Write one graph per document into this directory.")
        var outputDirectory: String?

        @OptionGroup var lexicon: LexiconOptions

        func validate() throws {
            if output != nil, outputDirectory != nil {
                throw ValidationError("give either -o or --output-dir, not both")
            }
        }

        func run() throws {
            try reporting {
                if format != .csv { try Output.checkWritable(output) }
                let extractor = try lexicon.extractor()
                let inputs = try Inputs.read(self.inputs, graphsAllowed: false)
                if let directory = outputDirectory {
                    try Output.makeDirectory(directory)
                    var written: Set<String> = []
                    for input in inputs.texts {
                        let graph = extractor.extract(name: input.name, text: input.text, date: input.date)
                        let path = (directory as NSString).appendingPathComponent("\(input.name).\(format.fileExtension)")
                        guard written.insert(path).inserted else {
                            throw CLIError.input(input.path, "another input has the same name '\(input.name)'")
                        }
                        if format == .csv {
                            try format.write(graph, to: directory, prefix: "\(input.name)-")
                        } else {
                            try Output.write(format.encode(graph), to: path)
                        }
                    }
                } else {
                    var merged = Graph()
                    for input in inputs.texts {
                        merged.merge(extractor.extract(name: input.name, text: input.text, date: input.date))
                    }
                    try format.write(CorpusResolver.resolve(merged), to: output)
                }
            }
        }
    }
}
