/// The input side of the registry: what netmap makes of a file it is given to read, by its name.
///
///     FormatRegistry.input(forPath: "news.JSONL.gz")   // .articles(compressed: true)
///     FormatRegistry.input(forPath: "story.graphml")  // .graph(GraphML)
///     FormatRegistry.input(forPath: "notes.md")       // nil: read as text when named, skipped in a directory
///
/// Names are case-insensitive. What a file's bytes hold (a PDF named `.txt`, a gzip file
/// without `.gz`) is checked when it is read, not here.
extension FormatRegistry {
    /// What a file is read as.
    public enum Input: Sendable, Equatable {
        /// Plain text (`.txt`).
        case text
        /// A web page (`.html`, `.htm`, `.xhtml`): its article text is read.
        case webPage
        /// JSON Lines of articles, one `{"id", "source", "date", "url", "title", "text"}` a line
        /// (`.jsonl`; `.jsonl.gz` when gzip-compressed).
        case articles(compressed: Bool)
        /// A graph netmap wrote, one a file (`.json`, `.graphml`, `.gexf`), read by its format's
        /// decoder.
        case graph(FileFormat)
        /// A web address (`http://`, `https://`, `ftp://`): netmap does not download.
        case webAddress

        /// Whether it is a document to extract from (one of ``FormatRegistry/documents``).
        public var isDocument: Bool {
            switch self {
            case .text, .webPage, .articles: true
            case .graph, .webAddress: false
            }
        }

        public static func == (lhs: Input, rhs: Input) -> Bool {
            switch (lhs, rhs) {
            case (.text, .text), (.webPage, .webPage), (.webAddress, .webAddress): true
            case let (.articles(a), .articles(b)): a == b
            case let (.graph(a), .graph(b)): a.name == b.name
            default: false
            }
        }
    }

    /// The documents netmap extracts from, with the extensions of their files, the longest
    /// first: what a directory is searched for.
    public static let documents: [(input: Input, extensions: [String])] = [
        (.articles(compressed: true), ["jsonl.gz"]),
        (.articles(compressed: false), ["jsonl"]),
        (.webPage, ["html", "htm", "xhtml"]),
        (.text, ["txt"]),
    ]

    /// Word-processor and e-book files, ZIP archives inside, that netmap names when it refuses
    /// one (`is a .docx document; ...`).
    public static let zippedDocuments = ["docx", "odt", "pages", "epub"]

    /// What the file named `path` is read as: a document (``documents``), a graph file netmap
    /// reads whole (JSON Lines of graphs are `merge`'s alone: as a document, `.jsonl` holds
    /// articles), or a web address; nil for any other name.
    public static func input(forPath path: String) -> Input? {
        let lower = path.lowercased()
        if ["http://", "https://", "ftp://"].contains(where: lower.hasPrefix) { return .webAddress }
        if let document = documents.first(where: { matches(lower, $0.extensions) != nil }) { return document.input }
        if let format = graph(forPath: path), case .file = format.decoder { return .graph(format) }
        return nil
    }

    /// Whether `path` names a gzip-compressed file (`.gz`).
    public static func isCompressed(_ path: String) -> Bool {
        matches(path.lowercased(), ["gz"]) != nil
    }

    /// The one of `extensions` (lower-case, without the dot) that `path` ends with, in any case.
    ///
    ///     FormatRegistry.extension(of: "Report.DOCX", among: FormatRegistry.zippedDocuments)  // "docx"
    public static func `extension`(of path: String, among extensions: [String]) -> String? {
        matches(path.lowercased(), extensions)
    }

    static func matches(_ lower: String, _ extensions: [String]) -> String? {
        extensions.first { lower.hasSuffix("." + $0) }
    }
}
