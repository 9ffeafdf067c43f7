import ArgumentParser
import Foundation
import NetmapExtraction
import NetmapLexicon
import NetmapSyntax

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

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case conllu, text
        }

        @Argument(help: "Text, HTML or JSON Lines files, directories of them, or - for stdin.")
        var inputs: [String]

        @Option(help: "Output format: conllu or text.")
        var format: Format = .conllu

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Flag(help: "Show the trees extraction reads relations from, with the entity of each mention.")
        var asRead = false

        func run() throws {
            try reporting {
                try Output.checkWritable(output)
                let stream = try DocumentStream(paths: inputs, warn: Console.warning)
                // Written document by document (a long file part by part), so memory stays flat.
                let writer = try JSONLWriter(path: output)
                var count = 0
                let extractor = asRead ? Extractor() : nil
                while let input = try stream.next() {
                    if let extractor {
                        let document = extractor.annotate(name: input.name, text: input.text, date: input.date, isFirstPart: !input.continues)
                        let out = SyntaxReading.listing(of: document, offset: input.offset, conllu: format == .conllu)
                        try writer.append(Data(out.utf8))
                        continue
                    }
                    var out = ""
                    if !input.continues { count = 0 }
                    var document = TextDocument(name: input.name, text: input.text)
                    SentenceSplitter().run(&document)
                    if format == .conllu, !input.continues { out += "# newdoc id = \(CoNLLU.clean(input.name))\n" }
                    for sentence in document.sentences {
                        count += 1
                        let tokens = sentence.tokens.map { t in
                            Token(start: t.start + input.offset, end: t.end + input.offset, text: t.text, kind: t.kind)
                        }
                        let words = SyntaxParser.shared.parse(tokens)
                        let text = document.text(sentence.range)
                        let id = "\(input.name)-\(count)"
                        out += format == .conllu ? CoNLLU.sentence(words, id: id, text: text) : SyntaxListing.sentence(words, text: text)
                    }
                    try writer.append(Data(out.utf8))
                }
                try writer.finish()
            }
        }
    }
}
