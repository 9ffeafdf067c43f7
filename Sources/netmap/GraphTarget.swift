import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph

/// Where a command writes the files of graphs in a format: `-o FILE` or standard output; the
/// `-o` directory of a format written as several files (csv); `--output-dir`, one document's
/// files each; or, for a format of one graph a line (jsonl) with `lines`, `-o FILE` or standard
/// output a line at a time. Every file is written whole or not at all (``Output``).
final class GraphTarget {
    private let format: FileFormat
    private let output: String?
    private let directory: String?
    private let lines: JSONLWriter?

    /// Makes `directory` when given; without it, opens `output` to be written a line at a time
    /// when `lines` (a corpus in a format of one graph a line).
    init(format: FileFormat, output: String?, directory: String? = nil, lines: Bool = false) throws {
        self.format = format
        self.output = output
        self.directory = directory
        if let directory { try Output.makeDirectory(directory) }
        self.lines = directory == nil && lines ? try JSONLWriter(path: output) : nil
    }

    /// Writes `file`: into the output directory when it has a name, else to `-o` or standard output.
    func write(_ file: CorpusExtractor.OutputFile) throws {
        if let lines { return try lines.append(file.data) }
        guard let name = file.name else { return try Output.write(file.data, to: output) }
        guard let directory = directory ?? output.flatMap({ $0 == "-" ? nil : $0 }) else {
            let names = format.files(Graph()).compactMap(\.name)
            throw CLIError.output(
                "-", "\(format.name) writes \(names.count == 2 ? "two" : String(names.count)) files, "
                    + "\(names.joined(separator: " and ")): give a directory with -o")
        }
        if self.directory == nil { try Output.makeDirectory(directory) }
        try Output.write(file.data, to: (directory as NSString).appendingPathComponent(name))
    }

    /// Puts the lines written in place.
    func finish() throws {
        try lines?.finish()
    }
}
