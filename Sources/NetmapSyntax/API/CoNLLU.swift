import NetmapLexicon

/// Writes parsed sentences in CoNLL-U (universaldependencies.org/format.html), the format every
/// UD tool reads.
///
///     CoNLLU.sentence(words, id: "doc-1", text: "Putin met Trump.")
///     // # sent_id = doc-1
///     // # text = Putin met Trump.
///     // 1\tPutin\tPutin\tPROPN\t_\tNumber=Sing\t2\tnsubj\t_\tTokenRange=0:5
///     // ...
///
/// Columns: ID, FORM, LEMMA, UPOS, XPOS (`_`), FEATS (verb form, tense, number), HEAD, DEPREL,
/// DEPS (`_`), MISC (`TokenRange=start:end` in Unicode scalars from the document's start, and
/// `SpaceAfter=No`). Not written: multiword token lines, empty nodes, enhanced dependencies.
/// Characters a CoNLL-U line cannot hold (controls, line and paragraph separators) become
/// U+FFFD in FORM, LEMMA and the text comment; a sentence's line breaks become spaces.
public enum CoNLLU {
    /// One sentence, ending with its blank line. `misc` adds `Key=Value` items to a word's MISC
    /// column (by word index from 0).
    public static func sentence(_ words: [SyntaxToken], id: String, text: String, misc extra: [Int: String] = [:]) -> String {
        var out = "# sent_id = \(clean(id, spaces: false))\n# text = \(clean(text, spaces: true))\n"
        for (i, word) in words.enumerated() {
            let head = word.head.map { String($0 + 1) } ?? "0"
            var misc = "TokenRange=\(word.token.start):\(word.token.end)"
            if i + 1 < words.count, words[i + 1].token.start == word.token.end { misc += "|SpaceAfter=No" }
            if let more = extra[i] { misc += "|" + more }
            let columns = [
                String(i + 1), field(word.token.text), field(word.lemma), word.upos.rawValue, "_",
                word.features.conllu, head, word.relation, "_", misc,
            ]
            out += columns.joined(separator: "\t") + "\n"
        }
        return out + "\n"
    }

    /// A FORM or LEMMA: never empty, no white space, no control characters.
    public static func field(_ text: String) -> String {
        let cleaned = clean(text, spaces: false)
        return cleaned.isEmpty ? "_" : cleaned
    }

    /// `text` with the characters a CoNLL-U line cannot hold replaced by U+FFFD (line breaks and
    /// tabs by spaces where `spaces`, else white space too).
    public static func clean(_ text: String, spaces: Bool = false) -> String {
        var view = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator, .surrogate:
                view.append(spaces && (c == "\n" || c == "\r" || c == "\t") ? " " : "\u{FFFD}")
            case .spaceSeparator where !spaces:
                view.append("\u{FFFD}")
            default:
                view.append(c)
            }
        }
        return String(view)
    }
}
