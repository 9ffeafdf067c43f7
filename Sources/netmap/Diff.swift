import ArgumentParser
import Foundation
import NetmapDiff
import NetmapExtraction
import NetmapFormats
import NetmapGraph
import NetmapHTML
import NetmapRender

extension Netmap {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare what sources report: two sources as a diff, three or more as a coverage matrix.",
            discussion: """
                Each INPUT is one source: a text, HTML or JSON Lines file, a directory of them, or a graph file \
                netmap wrote. Entities match by id; relations by kind and endpoints. With two \
                sources: text (default), json, svg, graphml, html. With three or more: text, json, \
                csv, svg, html. --each DIR takes every file in DIR as its own source.
                """)

        enum Format: String, FormatOption {
            case text, json, csv, svg, png, pdf, dot, graphml, gexf, html

            static var registry: [FileFormat] { FormatRegistry.comparisons }

            /// The Graphviz output format for a drawing.
            var drawing: Renderer.Format? {
                switch self {
                case .svg: .svg
                case .png: .png
                case .pdf: .pdf
                case .dot: .dot
                default: nil
                }
            }
        }

        @Argument(help: "Sources: text, HTML or JSON Lines files, directories of them, or netmap graph files.")
        var inputs: [String] = []

        @Option(help: "Take every file in this directory as its own source.")
        var each: String?

        @Option(help: "Output format: text, json, svg, png, pdf, dot, graphml, gexf, html; csv for three or more sources (default: the extension of -o, else text).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Option(name: .customLong("name"), help: ArgumentHelp("Name a source: KEY=NAME, KEY its default name or path.", valueName: "key=name"))
        var names: [String] = []

        @Flag(name: .customLong("no-evidence"), help: "Leave evidence sentences out of the text diff.")
        var noEvidence = false

        @Flag(help: "In a drawing, also draw the entities without relations.")
        var allEntities = false

        @Option(help: "Layout engine for drawings.")
        var engine: Renderer.Engine = .auto

        @Option(help: "Give up on a layout after this many seconds (0: never).")
        var timeout: Double = LayoutWatchdog.defaultSeconds

        @OptionGroup var lexicon: LexiconOptions

        @Flag(help: "No summary line on stderr (none is written when stderr is not a terminal).")
        var quiet = false

        func validate() throws {
            if inputs.isEmpty && each == nil { throw ValidationError("give two or more sources, or --each DIR") }
            for name in names where !name.contains("=") { throw ValidationError("--name takes KEY=NAME, not '\(name)'") }
        }

        func run() throws {
            try reporting {
                let summary = Summary(quiet: quiet)
                try Output.checkWritable(output)
                let format = try Format.chosen(self.format, output: output, default: .text)
                let corpus = try lexicon.corpusExtractor()
                let sources = try corpus.sources(inputs, each: each, renames: renames, warn: Console.warning)
                try Output.write(try compare(sources.map { ($0.name, $0.graph) }, format), to: output)
                summary.finish([Summary.count(sources.count, "source")], read: sources.map(\.read).reduce(.init(), +))
            }
        }

        /// `--name KEY=NAME`, by KEY.
        private var renames: [String: String] {
            var renames: [String: String] = [:]
            for pair in names {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                renames[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
            return renames
        }

        /// Two sources as a diff, more as a coverage matrix, in `format`.
        private func compare(_ sources: [(name: String, graph: Graph)], _ format: Format) throws -> Data {
            guard sources.count == 2 else {
                let matrix = CoverageMatrix(sources: sources)
                switch format {
                case .text: return Data(matrix.text.utf8)
                case .json: return matrix.json
                case .csv: return Data(matrix.csv.utf8)
                case .svg, .png, .pdf, .dot: return try draw(matrix.drawing(allEntities: allEntities), format)
                case .html: return try HTMLOutput.page(HTMLView(matrix: matrix), engine: engine, timeout: timeout)
                case .graphml: return matrix.graphML
                case .gexf: return matrix.gexf
                }
            }
            let diff = DiffPresentation(GraphDiff(sources[0].graph, sources[1].graph, names: (sources[0].name, sources[1].name)))
            switch format {
            case .text: return Data(diff.text(evidence: !noEvidence).utf8)
            case .json: return diff.json
            case .graphml: return diff.graphML
            case .gexf: return diff.gexf
            case .svg, .png, .pdf, .dot: return try draw(diff.drawing(allEntities: allEntities), format)
            case .html: return try HTMLOutput.page(HTMLView(diff: diff), engine: engine, timeout: timeout)
            case .csv: throw CLIError.input(sources[0].name, "csv is for three or more sources; use json or text for two")
            }
        }

        private func draw(_ drawing: DOTDrawing, _ format: Format) throws -> Data {
            try LayoutWatchdog.render(drawing, engine: engine, format: format.drawing ?? .svg, seconds: timeout)
        }
    }
}
