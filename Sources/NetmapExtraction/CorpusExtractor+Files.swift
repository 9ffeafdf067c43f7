public import Foundation
public import NetmapFormats
public import NetmapGraph

extension CorpusExtractor {
    /// A file of a graph in some format: its name in the output directory (nil for the one
    /// output, a file or standard output) and its bytes.
    public struct OutputFile: Sendable {
        public var name: String?
        public var data: Data

        public init(name: String?, data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// How the graphs of a corpus are written (what `netmap extract` does with and without
    /// `--output-dir`).
    public enum Layout: Sendable {
        /// The merged graph, resolved across documents unless `resolving` is false: the
        /// format's one file, or its files in a directory (csv). In a format of one graph a line
        /// (jsonl), each document's graph is a line of the one file instead, unmerged.
        case merged(resolving: Bool)
        /// Each document's graph in files of its own, named after the document:
        /// `<name>.<extension>`, or `<name>-nodes.csv` and `<name>-edges.csv`.
        case eachDocument
    }

    /// Extracts `stream` and hands the files of its graphs in `format` to `write`, in order, as
    /// `layout` says.
    ///
    ///     let json = FormatRegistry.graph(named: "json")!
    ///     try CorpusExtractor().write(DocumentStream(paths: ["sources"]), as: json, layout: .eachDocument) { file in
    ///         try file.data.write(to: URL(fileURLWithPath: "out/" + file.name!))
    ///     }
    ///
    /// - Returns: the merged graph, when the layout makes one.
    /// - Throws: ``CorpusError`` from `stream`, or when two documents have one name (their files
    ///   would be one); and what `write` throws.
    @discardableResult
    public func write(
        _ stream: DocumentStream, as format: FileFormat, layout: Layout, progress: Progress? = nil,
        to write: (OutputFile) throws -> Void
    ) throws -> Graph? {
        switch layout {
        case .eachDocument:
            var names: Set<String> = []
            try documents(of: stream, progress: progress) { input, graph in
                guard names.insert(input.name).inserted else {
                    throw CorpusError.input(input.path, "another input has the same name '\(input.name)'")
                }
                for file in format.files(graph) {
                    let name = file.name.map { "\(input.name)-\($0)" } ?? "\(input.name).\(format.extensions[0])"
                    try write(OutputFile(name: name, data: file.data))
                }
            }
            return nil
        case .merged where format.holdsLines:
            try documents(of: stream, progress: progress) { _, graph in try write(OutputFile(name: nil, data: format.encode(graph))) }
            return nil
        case let .merged(resolving):
            let graph = try self.graph(of: stream, resolving: resolving, progress: progress)
            for file in format.files(graph) { try write(OutputFile(name: file.name, data: file.data)) }
            return graph
        }
    }
}
