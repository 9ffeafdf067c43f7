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

        func run() throws {
            try reporting {
                try Output.checkWritable(output)
                let format = try Format.chosen(self.format, output: output, default: .svg)
                // DOT files are drawn as they are: for comparing with Graphviz's own tools.
                let dotFiles = self.inputs.filter(FormatRegistry.isDOT)
                if !dotFiles.isEmpty {
                    guard dotFiles.count == 1, self.inputs.count == 1 else {
                        throw CLIError.input(dotFiles[0], "a DOT file is drawn alone, not merged with other inputs")
                    }
                    guard let drawing = format.drawing else {
                        throw CLIError.input(dotFiles[0], "an HTML page is made from a graph, not from DOT; use svg")
                    }
                    guard let data = FileManager.default.contents(atPath: dotFiles[0]), let dot = String(data: data, encoding: .utf8) else {
                        throw CLIError.input(dotFiles[0], "cannot be read as UTF-8 text")
                    }
                    let nodes = dot.split(separator: "\n").filter { $0.contains("[") && !$0.contains("->") && !$0.contains("--") }.count
                    do {
                        let data = try LayoutWatchdog.run(seconds: timeout, engine: engine, nodes: nodes) {
                            try Renderer.render(dot: dot, engine: engine, format: drawing, nodes: nodes)
                        }
                        try Output.write(data, to: output)
                    } catch let error as RenderError {
                        throw CLIError(code: .render, message: "\(dotFiles[0]): \(error)")
                    }
                    return
                }
                let inputs = try Inputs.read(self.inputs, graphsAllowed: true)
                let graph = try inputs.graph(extractor: lexicon)
                guard let image = format.drawing else {
                    let view = HTMLView(graph: graph, title: title ?? HTMLOutput.title(output: output, inputs: self.inputs))
                    try Output.write(try HTMLOutput.page(view, engine: engine, timeout: timeout), to: output)
                    return
                }
                // The drawing shows who is connected: entities without relations (credits,
                // passing mentions) are counted in the caption, not drawn.
                let drawing = DOTFormat.drawing(
                    graph,
                    options: .init(
                        title: title, caption: DOTFormat.unrelatedCaption(graph, allEntities: allEntities),
                        allEntities: allEntities))
                let data: Data
                do {
                    data = try LayoutWatchdog.run(seconds: timeout, engine: engine, nodes: drawing.entityCount) {
                        try Renderer.render(drawing, engine: engine, format: image)
                    }
                } catch {
                    throw CLIError(code: .render, message: "\(error)")
                }
                try Output.write(data, to: output)
            }
        }
    }
}
