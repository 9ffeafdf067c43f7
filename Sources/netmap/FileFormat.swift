import ArgumentParser
import Foundation

/// An output format a command can write, named by `--format` or by the extension of `-o`.
///
///     try Render.Format.chosen(nil, output: "out.png", default: .svg)    // .png
///     try Render.Format.chosen(.svg, output: "out.png", default: .svg)   // throws: they disagree
///
/// Names are case-insensitive, in `--format` and in extensions alike.
protocol FileFormat: CaseIterable, RawRepresentable<String>, ExpressibleByArgument, Equatable {
    /// The extensions, lower-case and without the dot, of files in this format.
    var extensions: [String] { get }
    /// Whether the format is binary, and so never written to a terminal.
    var isBinary: Bool { get }
}

extension FileFormat {
    var isBinary: Bool { false }

    /// The format named by `argument`, in any case.
    static func named(_ argument: String) -> Self? { Self(rawValue: argument.lowercased()) }

    /// The format to write: `explicit` (`--format`) when given, else the one the extension of
    /// `output` names, else `fallback`.
    ///
    /// - Throws: when `--format` names another format than the extension does, when an
    ///   extension names no format and `--format` is absent, and when a binary format would go
    ///   to a terminal.
    static func chosen(_ explicit: Self?, output: String?, default fallback: Self) throws -> Self {
        let path = output.flatMap { $0 == "-" ? nil : $0 }
        let ext = path.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        let named = ext.isEmpty ? nil : allCases.first { $0.extensions.contains(ext) }
        let format: Self
        switch (explicit, named) {
        case let (explicit?, named?) where explicit != named:
            throw CLIError.output(
                path!, "--format \(explicit.rawValue) disagrees with the file's extension .\(ext), which is \(named.rawValue); "
                    + "drop --format or name the file .\(explicit.extensions.first ?? explicit.rawValue)")
        case let (explicit?, _): format = explicit
        case let (nil, named?): format = named
        case (nil, nil) where !ext.isEmpty:
            throw CLIError.output(
                path!, "cannot tell the format from .\(ext); give --format (\(allCases.map(\.rawValue).joined(separator: ", "))) "
                    + "or name the file ." + allCases.flatMap(\.extensions).joined(separator: ", ."))
        case (nil, nil): format = fallback
        }
        if format.isBinary, path == nil, isatty(STDOUT_FILENO) != 0 {
            throw CLIError.output("-", "\(format.rawValue) is binary and is not written to a terminal: give -o FILE, or pipe it")
        }
        return format
    }
}
