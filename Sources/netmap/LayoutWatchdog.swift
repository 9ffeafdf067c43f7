import Dispatch
import Foundation
import NetmapFormats
import NetmapRender

/// Ends a layout that runs too long. Graphviz cannot be interrupted inside a layout, so when the
/// time is up the watchdog removes unfinished output, says what to try instead, and exits 3.
enum LayoutWatchdog {
    /// The default limit: generous for `dot` on small graphs, which is where layouts explode.
    static let defaultSeconds = 120.0

    /// Runs `body` with a limit of `seconds` (none when `seconds` is zero or less).
    static func run<T>(seconds: Double, engine: Renderer.Engine, nodes: Int, _ body: () throws -> T) rethrows -> T {
        guard seconds > 0 else { return try body() }
        let chosen = Renderer.resolve(engine, nodes: nodes)
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + seconds)
        timer.setEventHandler {
            Output.discardPending()
            Console.error(
                "the \(chosen.rawValue) layout\(nodes > 0 ? " of \(nodes) entities" : "") did not finish in \(Int(seconds)) s; "
                    + "try --engine sfdp, a longer --timeout, or --format gexf and Gephi for a graph this size")
            exit(CLIError.Code.render.rawValue)
        }
        timer.resume()
        defer { timer.cancel() }
        return try body()
    }

    /// Draws `drawing` to `format` under the watchdog; Graphviz failing is exit code 3.
    static func render(_ drawing: DOTDrawing, engine: Renderer.Engine, format: Renderer.Format, seconds: Double) throws -> Data {
        do {
            return try run(seconds: seconds, engine: engine, nodes: drawing.entityCount) {
                try Renderer.render(drawing, engine: engine, format: format)
            }
        } catch {
            throw CLIError(code: .render, message: "\(error)")
        }
    }
}
