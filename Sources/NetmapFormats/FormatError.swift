/// What can be wrong with a graph file netmap reads, or with the format asked for.
public enum FormatError: Error, Equatable, CustomStringConvertible {
    /// The file is not in the expected format at all.
    case notAGraph(format: String, reason: String)
    /// The file is in the format but says something netmap cannot take.
    case invalid(format: String, reason: String)
    /// The format to write cannot be told from `--format` and the output's name.
    case unclear(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notAGraph(format, reason): "not a netmap \(format) graph: \(reason)"
        case let .invalid(format, reason): "invalid \(format) graph: \(reason)"
        case let .unclear(path, reason): "\(path): \(reason)"
        }
    }
}
