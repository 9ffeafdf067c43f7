/// Why a syntax model could not be read.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not a netmap syntax model, or not of this version.
    case notAModel(String)
    /// The model is cut short or inconsistent.
    case malformed(String)

    public var description: String {
        switch self {
        case .notAModel(let what): "syntax model: \(what)"
        case .malformed(let what): "syntax model is malformed: \(what)"
        }
    }
}
