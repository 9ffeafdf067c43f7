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
                with it, one graph per document is written as DIR/<file-stem>.<ext>. \
                `--input-format jsonl -` reads JSON Lines records from stdin.
                """)


        @Argument(help: "Text files, directories of .txt files, or - for stdin.")
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
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "No progress and no summary on stderr.")
        var quiet = false

        @Flag(help: "Leave people named only by surname unjoined in the merged graph: for a graph merged again (netmap merge).")
        var partial = false

        func run() throws {
            try reporting {
                let format = try GraphFormat.chosen(self.format, output: output, default: .json)
                if format != .csv { try Output.checkWritable(output) }
                try Output.checkWritable(rejects)
                guard jobs >= 1 else { throw CLIError.input("--jobs", "must be at least 1") }
                let extractor = try lexicon.extractor()
                let stream = try DocumentStream(paths: inputs, format: inputFormat)
                let rejected = try rejects.map { try JSONLWriter(path: $0) }
                var rejectedCount = 0
                if let rejected {
                    stream.rejects = { record in
                        rejectedCount += 1
                        try rejected.append(record.jsonLine)
                    }
                }
                let progress = Progress(total: stream.totalBytes, quiet: quiet)
                var merged = Graph()
                var lines: JSONLWriter? = nil
                if outputDirectory == nil, format == .jsonl { lines = try JSONLWriter(path: output) }
                var written: Set<String> = []
                if let directory = outputDirectory { try Output.makeDirectory(directory) }
                var documents = 0
                // One graph file or line per document: the parts of a long file are gathered
                // into one graph before it is written.
                var pending: (input: TextInput, graph: Graph)? = nil
                func emit(_ input: TextInput, _ graph: Graph) throws {
                    if let directory = outputDirectory {
                        let path = (directory as NSString).appendingPathComponent("\(input.name).\(format.fileExtension)")
                        guard written.insert(path).inserted else {
                            throw CLIError.input(input.path, "another input has the same name '\(input.name)'")
                        }
                        if format == .csv {
                            try format.write(graph, to: directory, prefix: "\(input.name)-")
                        } else {
                            try Output.write(format.encode(graph), to: path)
                        }
                    } else if let writer = lines {
                        try writer.append(JSONFormat.encode(graph, compact: true))
                    }
                }
                while true {
                    // Batches of at most 64 documents or 16 MB of text per job keep memory flat.
                    var batch: [TextInput] = []
                    var batchBytes = 0
                    while batch.count < 64 * jobs, batchBytes < (16 << 20) * jobs, let input = try stream.next() {
                        batch.append(input)
                        batchBytes += input.text.utf8.count
                    }
                    if batch.isEmpty { break }
                    if outputDirectory == nil, lines == nil {
                        // Merging is associative and order-free, so each job folds its share
                        // and only the partial graphs meet here.
                        let shares = Array(0..<min(jobs, batch.count))
                        let documentsOfBatch = batch
                        let partials = Parallel.map(shares, jobs: jobs) { share in
                            var partial = Graph()
                            for k in stride(from: share, to: documentsOfBatch.count, by: shares.count) {
                                let input = documentsOfBatch[k]
                                partial.merge(extractor.extract(name: input.name, text: input.text, date: input.date, offset: input.offset))
                            }
                            return partial
                        }
                        for partial in partials { merged.merge(partial) }
                        documents += batch.filter { !$0.continues }.count
                        progress.update(documents: documents, bytes: stream.bytesRead)
                        continue
                    }
                    let graphs = Parallel.map(batch, jobs: jobs) {
                        extractor.extract(name: $0.name, text: $0.text, date: $0.date, offset: $0.offset)
                    }
                    for (input, graph) in zip(batch, graphs) {
                        if input.continues, pending != nil {
                            pending!.graph.merge(graph)
                            continue
                        }
                        if let done = pending { try emit(done.input, done.graph) }
                        pending = (input, graph)
                    }
                    documents += batch.filter { !$0.continues }.count
                    progress.update(documents: documents, bytes: stream.bytesRead)
                }
                if let done = pending { try emit(done.input, done.graph) }
                try rejected?.finish()
                if let writer = lines {
                    try writer.finish()
                } else if outputDirectory == nil {
                    if !partial { merged = CorpusResolver.resolve(merged) }
                    try format.write(merged, to: output)
                }
                progress.finish(
                    documents: documents, bytes: stream.bytesRead, graph: outputDirectory == nil && lines == nil ? merged : nil,
                    rejected: rejects == nil ? nil : rejectedCount)
            }
        }
    }
}
