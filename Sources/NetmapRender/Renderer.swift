import CGraphviz
public import Foundation
import Synchronization

/// Lays out and renders DOT through Graphviz's C API, in process.
///
///     let svg = try Renderer.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)
///
/// Graphviz keeps global state and is not thread-safe, so every call goes through one context
/// under one lock. Every C resource is freed on every path: the rendered buffer, the layout,
/// and the graph (`agclose`).
public enum Renderer {
    /// Layout engines. For a DOT text, `auto` picks `dot` for small graphs and `sfdp` for
    /// large ones; for a ``DOTDrawing`` it picks part by part (``resolve(_:part:relations:)``).
    public enum Engine: String, CaseIterable, Sendable {
        case auto, dot, neato, fdp, sfdp, circo, twopi
    }

    public enum Format: String, CaseIterable, Sendable {
        case svg, png, pdf, dot
    }

    /// Graphs with more nodes than this are laid out by `sfdp` under `auto`: `dot` takes
    /// tens of seconds at a thousand nodes.
    public static let autoLimit = 150

    /// The engine `auto` picks for a graph of `nodes` nodes.
    public static func resolve(_ engine: Engine, nodes: Int) -> Engine {
        guard engine == .auto else { return engine }
        return nodes <= autoLimit ? .dot : .sfdp
    }

    /// About how many nodes a DOT text declares, without reading it: its lines with attributes
    /// that are not edges. Enough to choose an engine (``resolve(_:nodes:)``) for a DOT file.
    ///
    ///     Renderer.estimatedNodes(dot: "digraph {\n a [label=\"A\"];\n a -> b [color=red];\n}")  // 1
    public static func estimatedNodes(dot: String) -> Int {
        dot.split(separator: "\n").filter { $0.contains("[") && !$0.contains("->") && !$0.contains("--") }.count
    }

    private final class Context: @unchecked Sendable {
        let gvc: OpaquePointer?
        init() {
            _ = agseterr(AGMAX)
            gvc = gvContext()
        }
    }

    private static let context = Mutex<Context?>(nil)

    /// Renders `dot` with `engine` to `format`.
    ///
    /// - Throws: ``RenderError`` with Graphviz's own message.
    public static func render(dot: String, engine: Engine, format: Format, nodes: Int = 0) throws(RenderError) -> Data {
        let chosen = resolve(engine, nodes: nodes)
        let result: Result<Data, RenderError> = locked { gvc in
            renderLocked(gvc: gvc, dot: dot, engine: chosen, format: format)
        }
        return try result.get()
    }

    /// Runs `body` with the one Graphviz context, holding the lock that serialises every call.
    static func locked<T>(_ body: (OpaquePointer) -> Result<T, RenderError>) -> Result<T, RenderError> {
        context.withLock { slot in
            if slot == nil { slot = Context() }
            guard let gvc = slot!.gvc else { return .failure(.noContext) }
            return body(gvc)
        }
    }

    static func lastError() -> String {
        guard let message = aglasterr() else { return "no message from Graphviz" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "no message from Graphviz" : text
    }

    private static func renderLocked(gvc: OpaquePointer, dot: String, engine: Engine, format: Format) -> Result<Data, RenderError> {
        _ = agseterr(AGMAX)
        _ = agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            return .failure(.parse(lastError()))
        }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
            return .failure(.layout(engine: engine.rawValue, message: lastError()))
        }
        defer { gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = gvRenderData(gvc, graph, format.rawValue, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            return .failure(.render(format: format.rawValue, message: lastError()))
        }
        return .success(Data(bytes: buffer, count: Int(length)))
    }
}
