public import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph
public import NetmapRender

extension Renderer.Engine: ExpressibleByArgument {}
extension Renderer.Format: ExpressibleByArgument {}

extension Netmap {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the graph with Graphviz: SVG, PNG, PDF or laid-out DOT.",
            discussion: """
                INPUT is text as for extract, or a graph file netmap wrote (.json, .graphml); \
                all inputs are merged into one drawing. Every edge in SVG carries its evidence \
                sentences and sources as a tooltip.
                """)

        @Argument(help: "Text files, directories, - for stdin, or netmap graph files.")
        var inputs: [String]

        @Option(help: "Output format: svg, png, pdf or dot.")
        var format: Renderer.Format = .svg

        @Option(help: "Layout engine: auto (dot for small graphs, sfdp for large), dot, neato, fdp, sfdp, circo or twopi.")
        var engine: Renderer.Engine = .auto

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Option(help: "A title drawn above the graph.")
        var title: String?

        @OptionGroup var lexicon: LexiconOptions

        func run() throws {
            try reporting {
                try Output.checkWritable(output)
                let inputs = try Inputs.read(self.inputs, graphsAllowed: true)
                var graph = Graph.merging(inputs.graphs.map(\.graph))
                if !inputs.texts.isEmpty {
                    let extractor = try lexicon.extractor()
                    for input in inputs.texts {
                        graph.merge(extractor.extract(name: input.name, text: input.text, date: input.date))
                    }
                }
                graph = CorpusResolver.resolve(graph)
                let dot = DOTFormat.encode(graph, title: title)
                let data: Data
                do {
                    data = try Renderer.render(dot: dot, engine: engine, format: format, nodes: graph.entities.count)
                } catch {
                    throw CLIError(code: .render, message: "\(error)")
                }
                try Output.write(data, to: output)
            }
        }
    }
}
