import ArgumentParser
import Foundation
import NetmapExtraction

extension Netmap {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the sentences, tokens, tags, lemmas and dependency trees netmap reads.",
            discussion: """
                INPUT is read as by extract (.txt, .jsonl, directories, - for stdin). conllu (default) \
                is CoNLL-U, readable by UD tools; TokenRange in MISC gives each token's place in its \
                document, in Unicode scalars. text is a listing for the terminal.

                --as-read shows the trees relations are read from instead: only the sentences \
                extraction parses (two entities and a cue), each name with its title parsed as \
                one word, and the entity each mention stands for (Entity= in MISC; after the \
                listing in text).
                """)

        @Argument(help: "Text, HTML or JSON Lines files, directories of them, or - for stdin.")
        var inputs: [String]

        @Option(help: "Output format: conllu or text.")
        var format: ParseListing.Format = .conllu

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Flag(help: "Show the trees extraction reads relations from, with the entity of each mention.")
        var asRead = false

        @Flag(help: "No summary line on stderr (none is written when stderr is not a terminal).")
        var quiet = false

        func run() throws {
            try reporting {
                let summary = Summary(quiet: quiet)
                try Output.checkWritable(output)
                let stream = try DocumentStream(paths: inputs, warn: Console.warning)
                // Written document by document (a long file part by part), so memory stays flat.
                let writer = try JSONLWriter(path: output)
                let extractor = asRead ? Extractor() : nil
                let sentences = try ParseListing.write(stream, as: format, reading: extractor) { try writer.append(Data($0.utf8)) }
                try writer.finish()
                summary.finish(read: Corpus.Tally(documents: stream.documentsRead, bytes: stream.bytesRead), [Summary.count(sentences, "sentence")])
            }
        }
    }
}
