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
                GRAPH is a .json, .graphml or .gexf file netmap wrote, a .jsonl file of one \
                graph a line, or - for JSON Lines of graphs on stdin. The fold is associative and \
                order-independent, so graphs may be merged in any grouping; people named only by \
                surname are then joined to the one full name they share, as extract does for a \
                merged graph. In a tree of merges, give --partial to every merge but the last: a \
                surname joined early could not be undone when a second full name with it comes.
                """)

        @Argument(help: "Graph files netmap wrote, JSON Lines of graphs, or - for JSON Lines on stdin.")
        var graphs: [String]

        @OptionGroup var out: GraphOutputOptions

        @Flag(help: "Leave people named only by surname unjoined: for a merge whose output is merged again.")
        var partial = false

        func run() throws {
            try reporting {
                try out.check()
                var merged = Graph()
                for path in graphs {
                    if path == "-" || FormatRegistry.graph(forPath: path)?.name == "jsonl" {
                        let name = path == "-" ? "stdin" : path
                        let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
                        guard let handle else {
                            throw CLIError.input(path, FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file or directory")
                        }
                        let reader = LineReader(handle)
                        var number = 0
                        while true {
                            let line: [UInt8]
                            do {
                                guard let next = try reader.next() else { break }
                                line = next
                            } catch {
                                throw CLIError.input("\(name) line \(number + 1)", "is longer than \(LineReader.maximumLine >> 20) MB")
                            }
                            number += 1
                            if line.isEmpty { continue }
                            do {
                                merged.merge(try FormatRegistry.graph(named: "jsonl")!.decode(Data(line)))
                            } catch {
                                throw CLIError.input("\(name) line \(number)", "\(error)")
                            }
                        }
                    } else {
                        merged.merge(Graph.merging(try Inputs.read([path], graphsAllowed: true).graphs.map(\.graph)))
                    }
                }
                try out.format.write(partial ? merged : CorpusExtractor.resolve([merged]), to: out.output)
            }
        }
    }
}
