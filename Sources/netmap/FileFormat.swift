import ArgumentParser
import Foundation
import NetmapFormats

/// A command's `--format`: the names of formats in ``FormatRegistry``, which says their
/// extensions and how the format follows from the output's name.
///
///     try Render.Format.chosen(nil, output: "out.png", default: .svg)    // .png
///     try Render.Format.chosen(.svg, output: "out.png", default: .svg)   // throws: they disagree
///
/// Names are case-insensitive, in `--format` and in extensions alike.
protocol FormatOption: CaseIterable, RawRepresentable<String>, ExpressibleByArgument, Equatable {
    /// The formats the command writes, in the order its messages list them.
    static var registry: [FileFormat] { get }
}

extension FormatOption {
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// This format's entry in the registry.
    var file: FileFormat { Self.registry.first { $0.name == rawValue }! }

    var isBinary: Bool { file.isBinary }

    /// The format to write: `explicit` (`--format`) when given, else the one the extension of
    /// `output` names, else `fallback` (``FormatRegistry/chosen(_:output:among:default:terminal:)``).
    ///
    /// - Throws: ``CLIError`` when the format is unclear or binary output would go to a terminal.
    static func chosen(_ explicit: Self?, output: String?, default fallback: Self) throws -> Self {
        do {
            let format = try FormatRegistry.chosen(
                explicit?.file, output: output, among: registry, default: fallback.file, terminal: isatty(STDOUT_FILENO) != 0)
            return Self(rawValue: format.name)!
        } catch let .unclear(path, reason) {
            throw CLIError.output(path, reason)
        } catch {
            throw CLIError.output(output ?? "-", "\(error)")
        }
    }
}
