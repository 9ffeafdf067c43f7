import Foundation
public import NetmapGraph
import NetmapFormats

extension Corpus {
    /// Graphs netmap wrote, folded into one in the order given (what `netmap merge` reads):
    /// graph files (`.json`, `.graphml`, `.gexf`), JSON Lines of graphs (`.jsonl`, one graph a
    /// line, as `extract --format jsonl` writes them; read a line at a time) and `-` for such
    /// lines on standard input. The fold is not resolved across documents
    /// (``CorpusExtractor/resolve(_:)`` does that). Any other name is read as a corpus is, and
    /// only its graph files are kept.
    ///
    ///     let (graph, read) = try Corpus.mergingGraphs(["part-1.jsonl", "part-2.jsonl"])
    ///
    /// - Parameter warn: called with each warning about a file skipped in a directory.
    /// - Returns: the merged graph, and the graphs and bytes read.
    /// - Throws: ``CorpusError`` naming the file, and the line of JSON Lines, that is missing,
    ///   unreadable, longer than `LineReader.maximumLine` or not a graph netmap wrote.
    public static func mergingGraphs(_ paths: [String], warn: @escaping (String) -> Void = { _ in }) throws -> (graph: Graph, read: Tally) {
        var merged = Graph()
        var read = Tally()
        for path in paths {
            let lines = path == "-" ? FormatRegistry.graph(named: "jsonl") : FormatRegistry.graph(forPath: path).flatMap { $0.holdsLines ? $0 : nil }
            guard let lines else {
                let corpus = try Corpus(paths: [path], warn: warn)
                merged.merge(Graph.merging(corpus.graphs.map(\.graph)))
                read = read + Tally(graphs: corpus.graphs.count, bytes: corpus.tally.bytes)
                continue
            }
            let name = path == "-" ? TextInput.standardInput : path
            guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                throw CorpusError.input(path, FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file or directory")
            }
            let reader = LineReader(handle)
            var number = 0
            while true {
                let line: [UInt8]
                do {
                    guard let next = try reader.next() else { break }
                    line = next
                } catch {
                    throw CorpusError.input("\(name) line \(number + 1)", "is longer than \(LineReader.maximumLine >> 20) MB")
                }
                number += 1
                read.bytes += line.count + 1
                if line.isEmpty { continue }
                do {
                    merged.merge(try lines.decode(Data(line)))
                } catch {
                    throw CorpusError.input("\(name) line \(number)", "\(error)")
                }
                read.graphs += 1
            }
        }
        return (merged, read)
    }
}
