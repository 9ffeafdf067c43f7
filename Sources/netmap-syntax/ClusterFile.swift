import ArgumentParser
import Foundation
import NetmapSyntax

/// A word-cluster file as Brown clustering tools write it (Liang 2005, `wcluster`): one word a
/// line, its binary path first, then the word, tab-separated; further fields (a count) are
/// ignored, as are empty lines and lines starting with `#`.
enum ClusterFile {
    /// The words (lower-cased) and their paths (``WordClusters/path(_:)``), in file order.
    ///
    /// - Throws: `ValidationError` naming the file and line when a line has no word or its path
    ///   is not 1 to 31 binary digits; Foundation's error when the file cannot be read.
    static func read(_ path: String) throws -> (words: [String], paths: [UInt32]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var words: [String] = [], paths: [UInt32] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[1].isEmpty, let bits = WordClusters.path(fields[0]) else {
                throw ValidationError("\(path):\(number + 1): expected a path of 1 to 31 binary digits, a tab and a word")
            }
            words.append(fields[1].lowercased())
            paths.append(bits)
        }
        return (words, paths)
    }
}
