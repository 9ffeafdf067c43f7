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
                INPUT is a .txt or .html file, a .jsonl or .jsonl.gz file of JSON Lines records, a \
                directory (every such file below it, sorted) or - for stdin. \
                Without --output-dir the merged graph of all inputs goes to -o FILE or stdout; \
                with it, one graph per document is written as DIR/<file-stem>.<ext>. \
                `--input-format jsonl -` reads JSON Lines records from stdin.
                """)


        @Argument(help: "Text, HTML or JSON Lines files, directories of them, or - for stdin.")
        var inputs: [String]

        @Option(help: "How to read - and the files named: auto (by their names; - is text), text or jsonl.")
        var inputFormat: InputFormat = .auto

        @Option(help: ArgumentHelp(
            "Write JSON Lines records that cannot be read (not JSON with a text string, no text, over 64 MB) to this file, one {\"input\", \"line\", \"id\", \"error\"} a line, and go on without them.",
            valueName: "file"))
        var rejects: String?

        @Option(help: "Output format: json, jsonl (one document graph a line), graphml, gexf, csv (into the -o directory), dot or text (default: the extension of -o, else json).")
        var format: GraphFormat?

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

        @Option(help: "Documents extracted at once (default: the number of cores).")
        var jobs: Int?

        @Flag(help: "No progress and no summary on stderr (neither is written when stderr is not a terminal).")
        var quiet = false

        @Flag(help: "Leave people named only by surname unjoined in the merged graph: for a graph merged again (netmap merge).")
        var partial = false

        func run() throws {
            try reporting {
                let format = try GraphFormat.chosen(self.format, output: output, default: .json)
                if format != .csv { try Output.checkWritable(output) }
                try Output.checkWritable(rejects)
                let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
                guard jobs >= 1 else { throw CLIError.input("--jobs", "must be at least 1") }
                let corpus = CorpusExtractor(extractor: try lexicon.extractor(), jobs: jobs)
                let stream = try DocumentStream(paths: inputs, format: inputFormat, warn: Console.warning)
                let rejected = try rejects.map { try JSONLWriter(path: $0) }
                var rejectedCount = 0
                if let rejected {
                    stream.rejects = { record in
                        rejectedCount += 1
                        try rejected.append(record.jsonLine)
                    }
                }
                let progress = Progress(total: stream.totalBytes, quiet: quiet)
                var documents = 0
                func update(_ done: Int, _ bytes: Int) {
                    documents = done
                    progress.update(documents: done, bytes: bytes)
                }
                var merged: Graph? = nil
                var lines: JSONLWriter? = nil
                if let directory = outputDirectory {
                    try Output.makeDirectory(directory)
                    var written: Set<String> = []
                    try corpus.documents(of: stream, progress: update) { input, graph in
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
                } else if format == .jsonl {
                    lines = try JSONLWriter(path: output)
                    try corpus.documents(of: stream, progress: update) { _, graph in
                        try lines?.append(JSONFormat.encode(graph, compact: true))
                    }
                } else {
                    merged = try corpus.graph(of: stream, resolving: !partial, progress: update)
                }
                try rejected?.finish()
                try lines?.finish()
                if let merged { try format.write(merged, to: output) }
                progress.finish(
                    documents: documents, bytes: stream.bytesRead, graph: merged, rejected: rejects == nil ? nil : rejectedCount)
            }
        }
    }
}
