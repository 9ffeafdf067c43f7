import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph

extension Netmap {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fold graphs into one: the reduce step after extract --format jsonl.",
            discussion: """
                GRAPH is a .json, .graphml or .gexf file netmap wrote, or a .jsonl file of one \
                graph a line. The fold is associative and order-independent, so graphs may be \
                merged in any grouping; people named only by surname are then joined to the one \
                full name they share, as extract does for a merged graph.
                """)

        @Argument(help: "Graph files netmap wrote, or JSON Lines of graphs.")
        var graphs: [String]

        @OptionGroup var out: GraphOutputOptions

        func run() throws {
            try reporting {
                try out.check()
                var merged = Graph()
                for path in graphs {
                    if path.lowercased().hasSuffix(".jsonl") {
                        guard let handle = FileHandle(forReadingAtPath: path) else {
                            throw CLIError.input(path, FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file or directory")
                        }
                        let reader = LineReader(handle)
                        var number = 0
                        while let line = try reader.next() {
                            number += 1
                            if line.isEmpty { continue }
                            do {
                                merged.merge(try JSONFormat.decode(Data(line)))
                            } catch {
                                throw CLIError.input("\(path) line \(number)", "\(error)")
                            }
                        }
                    } else {
                        merged.merge(Graph.merging(try Inputs.read([path], graphsAllowed: true).graphs.map(\.graph)))
                    }
                }
                try out.format.write(CorpusResolver.resolve(merged), to: out.output)
            }
        }
    }
}
