import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapFormats

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

        @Flag(help: "No progress and no summary line on stderr (neither is written when stderr is not a terminal).")
        var quiet = false

        @Flag(help: "Leave people named only by surname unjoined in the merged graph: for a graph merged again (netmap merge).")
        var partial = false

        func run() throws {
            try reporting {
                let summary = Summary(quiet: quiet)
                let format = try GraphFormat.chosen(self.format, output: output, default: .json)
                if format != .csv { try Output.checkWritable(output) }
                try Output.checkWritable(rejects)
                let corpus = try lexicon.corpusExtractor(jobs: try jobCount())
                let stream = try DocumentStream(paths: inputs, format: inputFormat, warn: Console.warning)
                let rejected = try rejects.map { try JSONLWriter(path: $0) }
                stream.rejects = rejected.map { file in { try file.append($0.jsonLine) } }
                let target = try GraphTarget(format: format.file, output: output, directory: outputDirectory, lines: format.file.holdsLines)
                let progress = Progress(total: stream.totalBytes, quiet: quiet)
                let layout: CorpusExtractor.Layout = outputDirectory == nil ? .merged(resolving: !partial) : .eachDocument
                let graph = try corpus.write(stream, as: format.file, layout: layout, progress: progress.update, to: target.write)
                try rejected?.finish()
                try target.finish()
                progress.finish()
                let records = rejected.map { _ in [Summary.count(stream.recordsRejected, "record") + " rejected"] } ?? []
                summary.finish(read: Corpus.Tally(documents: stream.documentsRead, bytes: stream.bytesRead), graph: graph, records)
            }
        }

        /// `--jobs`, else the number of cores.
        private func jobCount() throws -> Int {
            let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
            guard jobs >= 1 else { throw CLIError.input("--jobs", "must be at least 1") }
            return jobs
        }
    }
}
