import Foundation
import NetmapHTML
import NetmapRender

/// `--format html`: the interactive page of a graph or a comparison, its drawing laid out by
/// Graphviz in process under the layout watchdog.
enum HTMLOutput {
    static func page(_ view: HTMLView, engine: Renderer.Engine, timeout: Double) throws -> Data {
        let drawing = HTMLDrawing(view)
        let svg = drawing.entityCount > 0 ? try LayoutWatchdog.render(drawing.dot, engine: engine, format: .svg, seconds: timeout) : nil
        return HTMLPage.encode(view, drawing: drawing, svg: svg)
    }

    /// The page's title when none is given: the output file's stem, else the inputs' names.
    ///
    ///     title(output: "out/alaska-2025.html", inputs: ["Graphs/alaska-2025/sources"])  // "alaska-2025"
    static func title(output: String?, inputs: [String]) -> String {
        if let output, output != "-" {
            return URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
        }
        return inputs.map { $0 == "-" ? "stdin" : URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            .joined(separator: ", ")
    }
}
