import ArgumentParser
import NetmapExtraction

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

        @Flag(help: "No summary line on stderr (none is written when stderr is not a terminal).")
        var quiet = false

        func run() throws {
            try reporting {
                let summary = Summary(quiet: quiet)
                try out.check()
                let (merged, read) = try Corpus.mergingGraphs(graphs, warn: Console.warning)
                let graph = partial ? merged : CorpusExtractor.resolve([merged])
                try out.write(graph)
                summary.finish(read: read, graph: graph)
            }
        }
    }
}
