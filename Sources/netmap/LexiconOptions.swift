import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapLexicon

/// `--lexicon FILE`: extra language data, in the tables' own format, under `[table]` headings.
///
///     [people]
///     jane-doe | Jane Doe | Doe
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "Extra language data: rows under [table] headings (states, organisations, people, given-names, titles, relation-cues, status-cues, ...).",
        valueName: "file"))
    var files: [String] = []

    /// A corpus extractor with this language data. A `--lexicon` file is read now, so that its
    /// errors come before any work; the built-in data is loaded only when a text is extracted
    /// (comparing or drawing graph files needs none).
    func corpusExtractor(jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> CorpusExtractor {
        let extended = files.isEmpty ? nil : try extractor()
        return CorpusExtractor(extractor: extended ?? Extractor(), jobs: jobs)
    }

    /// The extractor of the built-in language data with the `--lexicon` files added.
    private func extractor() throws -> Extractor {
        var lexicon = Lexicon.builtin
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw CLIError.input(file, "cannot be read as UTF-8 text")
            }
            var table: String? = nil
            var rows = ""
            func flush() throws {
                guard let name = table else {
                    let content = rows.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                    if !content.isEmpty {
                        throw CLIError.input(file, "rows before the first [table] heading")
                    }
                    return
                }
                do { try lexicon.add(table: name, text: rows) } catch {
                    throw CLIError.input(file, "\(error)".replacingOccurrences(of: " table line ", with: " table, line "))
                }
            }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                    try flush()
                    table = String(trimmed.dropFirst().dropLast())
                    // Blank lines keep the table's line numbers those of the file.
                    rows = String(repeating: "\n", count: number + 1)
                } else {
                    rows += line + "\n"
                }
            }
            try flush()
        }
        return Extractor(lexicon: lexicon)
    }
}
