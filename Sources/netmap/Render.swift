public import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph
import NetmapHTML
public import NetmapRender

extension Renderer.Engine: ExpressibleByArgument {}

extension Netmap {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the graph with Graphviz: SVG, PNG, PDF, laid-out DOT, or an interactive HTML page.",
            discussion: """
                INPUT is read as by extract (text, HTML, JSON Lines, directories, -), or is a graph \
                file netmap wrote (.json, .graphml, .gexf); \
                all inputs are merged into one drawing. Every edge in SVG carries its evidence \
                sentences and sources as a tooltip. html writes one self-contained page: the \
                drawing with pan and zoom, every edge's evidence on a click, search, filters \
                and tables.
                """)

        enum Format: String, FormatOption {
            case svg, png, pdf, dot, html

            static var registry: [FileFormat] { FormatRegistry.drawings }

            /// What Graphviz renders for this format (nil for the page, which makes its own SVG).
            var drawing: Renderer.Format? { Renderer.Format(rawValue: rawValue) }
        }

        @Argument(help: "Text, HTML or JSON Lines files, directories of them, - for stdin, netmap graph files, or one DOT file.")
        var inputs: [String]

        @Option(help: "Output format: svg, png, pdf, dot or html (default: the extension of -o, else svg).")
        var format: Format?

        @Option(help: "Layout engine: auto (chosen for each connected part: dot, neato or sfdp), dot, neato, fdp, sfdp, circo or twopi.")
        var engine: Renderer.Engine = .auto

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Option(help: "A title drawn above the graph.")
        var title: String?

        @Flag(help: "Also draw the entities without relations, in a box apart.")
        var allEntities = false

        @Option(help: "Give up on a layout after this many seconds (0: never).")
        var timeout: Double = LayoutWatchdog.defaultSeconds

        @OptionGroup var lexicon: LexiconOptions

        @Flag(help: "No summary line on stderr (none is written when stderr is not a terminal).")
        var quiet = false

        func run() throws {
            try reporting {
                let summary = Summary(quiet: quiet)
                try Output.checkWritable(output)
                let format = try Format.chosen(self.format, output: output, default: .svg)
                // DOT files are drawn as they are: for comparing with Graphviz's own tools.
                if let dot = inputs.first(where: FormatRegistry.isDOT) {
                    let (data, read) = try drawDOT(dot, format)
                    try Output.write(data, to: output)
                    return summary.finish([Summary.count(1, "DOT file"), Summary.megabytes(read)])
                }
                let corpus = try Corpus(paths: inputs, warn: Console.warning)
                let graph = try lexicon.corpusExtractor().graph(of: corpus)
                try Output.write(try draw(graph, format), to: output)
                summary.finish(read: corpus.tally, graph: graph)
            }
        }

        /// The drawing, or the page, of `graph`. The drawing shows who is connected: entities
        /// without relations (credits, passing mentions) are counted in the caption, not drawn.
        private func draw(_ graph: Graph, _ format: Format) throws -> Data {
            guard let image = format.drawing else {
                let view = HTMLView(graph: graph, title: title ?? HTMLOutput.title(output: output, inputs: inputs))
                return try HTMLOutput.page(view, engine: engine, timeout: timeout)
            }
            let drawing = DOTFormat.drawing(graph, title: title, allEntities: allEntities)
            return try LayoutWatchdog.render(drawing, engine: engine, format: image, seconds: timeout)
        }

        /// The DOT file at `path` drawn as it is, the only input, and the bytes read.
        private func drawDOT(_ path: String, _ format: Format) throws -> (Data, Int) {
            guard inputs.count == 1 else {
                throw CLIError.input(path, "a DOT file is drawn alone, not merged with other inputs")
            }
            guard let drawing = format.drawing else {
                throw CLIError.input(path, "an HTML page is made from a graph, not from DOT; use svg")
            }
            guard let data = FileManager.default.contents(atPath: path), let dot = String(data: data, encoding: .utf8) else {
                throw CLIError.input(path, "cannot be read as UTF-8 text")
            }
            let nodes = Renderer.estimatedNodes(dot: dot)
            do {
                let drawn = try LayoutWatchdog.run(seconds: timeout, engine: engine, nodes: nodes) {
                    try Renderer.render(dot: dot, engine: engine, format: drawing, nodes: nodes)
                }
                return (drawn, data.count)
            } catch let error as RenderError {
                throw CLIError(code: .render, message: "\(path): \(error)")
            }
        }
    }
}
