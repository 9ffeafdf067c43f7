public import Foundation

/// A JSON Lines record netmap cannot extract from: where it is, its id when it has one, and why.
///
///     {"error": "has no text", "id": "reuters-17", "input": "stdin", "line": 17}
///
/// `extract --rejects FILE` writes these, one a line, and goes on without the records.
public struct BadRecord: Encodable, Sendable {
    /// The file as named on the command line, or `stdin`.
    public var input: String
    /// The line number in that input, from 1.
    public var line: Int
    /// The record's `id`, when it has a string one.
    public var id: String?
    /// What is wrong, as the error message without its place (`is not a JSON object ...`).
    public var error: String

    /// The record as one line of JSON, newline included.
    public var jsonLine: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }
}
