import Foundation
import NetmapGraph

/// Every file format netmap knows, and the one place that tells a format from a name or a
/// file's extension.
///
///     FormatRegistry.graph(forPath: "story.graphml")?.name       // "graphml"
///     try FormatRegistry.chosen(nil, output: "x.png", among: FormatRegistry.drawings, default: svg).name  // "png"
///
/// Names and extensions are case-insensitive.
public enum FormatRegistry {
    /// The formats a graph is written in by `extract`, `merge` and `convert`, in the order
    /// help texts list them.
    public static let graphs: [FileFormat] = [
        FileFormat(
            name: "json", extensions: ["json"], encoder: .file { JSONFormat.encode($0) },
            decoder: .file { data throws(FormatError) in try JSONFormat.decode(data) }),
        FileFormat(
            name: "jsonl", extensions: ["jsonl"], encoder: .file { JSONFormat.encode($0, compact: true) },
            decoder: .lines { data throws(FormatError) in try JSONFormat.decode(data) }),
        FileFormat(
            name: "graphml", extensions: ["graphml"], encoder: .file { GraphMLFormat.encode($0) },
            decoder: .file { data throws(FormatError) in try GraphMLFormat.decode(data) }),
        FileFormat(
            name: "gexf", extensions: ["gexf"], encoder: .file { GEXFFormat.encode($0) },
            decoder: .file { data throws(FormatError) in try GEXFFormat.decode(data) }),
        FileFormat(
            name: "csv", extensions: ["csv"],
            encoder: .directory { [("nodes.csv", Data(CSVFormat.nodes($0).utf8)), ("edges.csv", Data(CSVFormat.edges($0).utf8))] },
            writeOnlyReason: "csv is written for spreadsheets and Gephi: it leaves out the evidence's spans and cues and the documents' dates, and joins names with '; ' unescaped; read json, graphml or gexf instead"),
        FileFormat(
            name: "dot", extensions: ["dot", "gv"], encoder: .file { Data(DOTFormat.encode($0).utf8) },
            writeOnlyReason: "dot is written for Graphviz: it keeps names, kinds and styles but not the mentions, sources and evidence spans; read json, graphml or gexf instead"),
        FileFormat(
            name: "text", extensions: ["txt", "text"], encoder: .file { Data(TextFormat.encode($0).utf8) },
            writeOnlyReason: "text is a listing for people to read; read json, graphml or gexf instead"),
    ]

    /// What Graphviz draws (by `NetmapRender`), and the interactive page (by `NetmapHTML`).
    public static let drawings: [FileFormat] = [
        FileFormat(name: "svg", extensions: ["svg"], writeOnlyReason: "a drawing"),
        FileFormat(name: "png", extensions: ["png"], isBinary: true, writeOnlyReason: "a drawing"),
        FileFormat(name: "pdf", extensions: ["pdf"], isBinary: true, writeOnlyReason: "a drawing"),
        FileFormat(name: "dot", extensions: ["dot", "gv"], writeOnlyReason: "a laid-out drawing"),
        FileFormat(name: "html", extensions: ["html", "htm"], writeOnlyReason: "an interactive page"),
    ]

    /// A comparison of sources as one table (`diff` of three or more sources, by `NetmapDiff`).
    public static let table = FileFormat(name: "csv", extensions: ["csv"], writeOnlyReason: "a table")

    /// What `diff` writes (by `NetmapDiff`, `NetmapRender` and `NetmapHTML`), in the order help
    /// texts list them: a listing, JSON, the table of three or more sources, the drawings, the
    /// union graph for Gephi and friends, the page.
    public static let comparisons: [FileFormat] = ["text", "json", "csv", "svg", "png", "pdf", "dot", "graphml", "gexf", "html"].map { name in
        name == "csv" ? table : drawings.first { $0.name == name } ?? graph(named: name)!
    }

    /// The graph format called `name`, in any case.
    public static func graph(named name: String) -> FileFormat? {
        graphs.first { $0.name == name.lowercased() }
    }

    /// The graph format netmap reads from a file named `path`, by its extension; nil for any
    /// other file (a text, a drawing, a format netmap only writes).
    public static func graph(forPath path: String) -> FileFormat? {
        let lower = path.lowercased()
        return graphs.first { format in format.decoder != nil && matches(lower, format.extensions) != nil }
    }

    /// Whether `path` names a DOT file (`.dot`, `.gv`).
    public static func isDOT(_ path: String) -> Bool {
        matches(path.lowercased(), graph(named: "dot")!.extensions) != nil
    }

    /// The format to write among `formats`: `explicit` (`--format`) when given, else the one
    /// the extension of `output` names, else `fallback`. A format written as a directory
    /// (csv) is named by `--format` alone.
    ///
    /// - Parameters:
    ///   - output: the file to write; nil or `-` for standard output.
    ///   - terminal: whether standard output is a terminal, where binary formats are refused.
    /// - Throws: ``FormatError/unclear(path:reason:)`` when `--format` names another format
    ///   than the extension does, when an extension names no format and `--format` is absent,
    ///   when a format written as a directory is given a name with an extension, and when a
    ///   binary format would go to a terminal.
    public static func chosen(
        _ explicit: FileFormat?, output: String?, among formats: [FileFormat], default fallback: FileFormat, terminal: Bool
    ) throws(FormatError) -> FileFormat {
        let path = output.flatMap { $0 == "-" ? nil : $0 }
        let ext = path.map(pathExtension) ?? ""
        let byName = formats.filter { !$0.writesDirectory }
        let named = ext.isEmpty ? nil : byName.first { $0.extensions.contains(ext) }
        let format: FileFormat
        switch (explicit, named) {
        case let (explicit?, named?) where explicit.name != named.name:
            throw .unclear(
                path: path!, reason: "--format \(explicit.name) disagrees with the file's extension .\(ext), which is \(named.name); "
                    + "drop --format or name the file .\(explicit.extensions.first ?? explicit.name)")
        case let (explicit?, _): format = explicit
        case let (nil, named?): format = named
        case (nil, nil) where !ext.isEmpty:
            throw .unclear(
                path: path!, reason: "cannot tell the format from .\(ext); give --format (\(formats.map(\.name).joined(separator: ", "))) "
                    + "or name the file ." + byName.flatMap(\.extensions).joined(separator: ", ."))
        case (nil, nil): format = fallback
        }
        if format.writesDirectory, let path, !ext.isEmpty {
            throw .unclear(
                path: path, reason: "\(format.name) writes a directory (\(format.files(Graph()).compactMap(\.name).joined(separator: ", "))): "
                    + "name it without an extension")
        }
        if format.isBinary, path == nil, terminal {
            throw .unclear(path: "-", reason: "\(format.name) is binary and is not written to a terminal: give -o FILE, or pipe it")
        }
        return format
    }

    /// The lower-case extension of `path` without its dot; empty when it has none.
    public static func pathExtension(_ path: String) -> String {
        URL(fileURLWithPath: path).pathExtension.lowercased()
    }
}
