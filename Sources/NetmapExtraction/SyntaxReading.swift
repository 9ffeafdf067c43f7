import NetmapLexicon
import NetmapSyntax

/// The trees ``RelationFinder`` reads, for a user who wants to see why a relation was or was not
/// read (`netmap parse --as-read`).
public enum SyntaxReading {
    /// The parsed sentences of an annotated document (those ``DependencyParse`` parsed: two
    /// entities and a cue form), as CoNLL-U with `Entity=ID` in the MISC column of the last word
    /// of each mention that stands for an entity, or as a terminal listing followed by a line
    /// `entities: WORD → ID, ...`.
    ///
    /// - Parameters:
    ///   - document: a document after every pass of ``Extractor``.
    ///   - offset: where the document's text starts in its file (Unicode scalars), added to
    ///     CoNLL-U token ranges, which count from the text as given, before normalisation.
    ///   - conllu: CoNLL-U when true, the listing otherwise.
    public static func listing(of document: TextDocument, offset: Int = 0, conllu: Bool) -> String {
        var entities: [Int: [Int: String]] = [:]
        for mention in document.mentions where mention.entity != nil && mention.role != .modifier {
            entities[mention.sentence, default: [:]][mention.tokens.upperBound - 1] = mention.entity!
        }
        var out = ""
        var count = 0
        for (index, sentence) in document.sentences.enumerated() where !sentence.syntax.isEmpty {
            count += 1
            let text = document.text(sentence.range)
            let marks = entities[index] ?? [:]
            if conllu {
                let words = sentence.syntax.map { word in
                    var word = word
                    let range = document.sourceRange(word.token.start..<word.token.end)
                    word.token.start = range.lowerBound + offset
                    word.token.end = range.upperBound + offset
                    return word
                }
                if count == 1, document.isFirstPart { out += "# newdoc id = \(CoNLLU.clean(document.name))\n" }
                out += CoNLLU.sentence(
                    words, id: "\(document.name)-\(index + 1)", text: text, misc: marks.mapValues { "Entity=" + CoNLLU.field($0) })
            } else {
                var listing = SyntaxListing.sentence(sentence.syntax, text: text)
                listing.removeLast()
                let named = marks.sorted { $0.key < $1.key }.map { "\($0.key + 1) \(sentence.words[$0.key]) → \($0.value)" }
                out += listing + "  entities: " + named.joined(separator: ", ") + "\n\n"
            }
        }
        return out
    }
}
