import NetmapLexicon
import NetmapSyntax

/// What `netmap parse` shows: the sentences of a corpus's documents as netmap splits them, each
/// token with its tag, lemma and place in the dependency tree, in CoNLL-U (for Universal
/// Dependencies tools) or as a listing for the terminal.
///
///     try ParseListing.write(DocumentStream(paths: ["story.txt"]), as: .conllu) { print($0, terminator: "") }
///
/// In CoNLL-U, `# newdoc id` names each document and `# sent_id` is `<document>-<n>`; tokens'
/// `TokenRange` counts Unicode scalars from the start of the document, as evidence spans do.
public enum ParseListing {
    public enum Format: String, CaseIterable, Sendable {
        case conllu, text
    }

    /// Parses every sentence of `stream` and hands the text of each document, or of each part of
    /// a long one, to `body` as soon as it is done, so that memory stays flat.
    ///
    /// - Parameter reading: when given, each document goes through its passes and only the
    ///   sentences it parses are shown, as ``SyntaxReading`` lists them: the trees relations are
    ///   read from, names merged, with the entity of each mention.
    /// - Returns: the number of sentences shown.
    /// - Throws: ``CorpusError`` from `stream`, and what `body` throws.
    @discardableResult
    public static func write(
        _ stream: DocumentStream, as format: Format, reading extractor: Extractor? = nil, _ body: (String) throws -> Void
    ) throws -> Int {
        var sentences = 0, count = 0
        while let input = try stream.next() {
            if let extractor {
                let document = extractor.annotate(name: input.name, text: input.text, date: input.date, isFirstPart: !input.continues)
                sentences += document.sentences.filter { !$0.syntax.isEmpty }.count
                try body(SyntaxReading.listing(of: document, offset: input.offset, conllu: format == .conllu))
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
                out += format == .conllu
                    ? CoNLLU.sentence(words, id: "\(input.name)-\(count)", text: text) : SyntaxListing.sentence(words, text: text)
            }
            sentences += document.sentences.count
            try body(out)
        }
        return sentences
    }
}
