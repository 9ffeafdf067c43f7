/// Why a corpus cannot be read: an input that does not exist, is not text, or holds a bad
/// JSON Lines record. Extraction itself never throws; only reading the inputs does.
///
///     CorpusError.input("notes.pdf", "is a PDF; ...").description  // "notes.pdf: is a PDF; ..."
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    /// `path` (a file, `stdin`, or `FILE line N`) and what is wrong with it, lower-case.
    case input(String, String)

    public var description: String {
        switch self {
        case let .input(path, what): "\(path): \(what)"
        }
    }
}
