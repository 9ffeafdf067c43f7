/// What can go wrong while Graphviz draws a graph; each case carries Graphviz's message.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case noContext
    case parse(String)
    case layout(engine: String, message: String)
    case render(format: String, message: String)

    public var description: String {
        switch self {
        case .noContext:
            "Graphviz could not start (is its plugin configuration present? run 'dot -c' as root)"
        case let .parse(message): "Graphviz could not read the graph: \(message)"
        case let .layout(engine, message):
            message.contains("not recognized")
                ? "Graphviz has no \(engine) layout: its plugin configuration is missing or empty "
                    + "(run 'dot -c' as root; if GVBINDIR is set, it must name Graphviz's plugin folder)"
                : "Graphviz layout with \(engine) failed: \(message)"
        case let .render(format, message):
            "Graphviz could not render \(format): \(message) (if the format is not recognised, "
                + "its plugin configuration may be missing: run 'dot -c' as root)"
        }
    }
}
