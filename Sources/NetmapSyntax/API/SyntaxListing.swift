import NetmapLexicon

/// A parsed sentence as a listing for the terminal: one token a line with its lemma, tag,
/// relation and head.
///
///     Putin met Trump.
///       1 Putin   Putin  PROPN  nsubj  ← 2 met
///       2 met     meet   VERB   root
public enum SyntaxListing {
    public static func sentence(_ words: [SyntaxToken], text: String) -> String {
        let form = words.map { CoNLLU.field($0.token.text) }
        let lemma = words.map { CoNLLU.field($0.lemma) }
        let width = (form.map(\.count).max() ?? 0, lemma.map(\.count).max() ?? 0)
        let number = String(words.count).count
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        var out = CoNLLU.clean(text, spaces: true) + "\n"
        for (i, word) in words.enumerated() {
            let index = String(repeating: " ", count: number - String(i + 1).count) + String(i + 1)
            var line = "  \(index) \(pad(form[i], width.0))  \(pad(lemma[i], width.1))  \(pad(word.upos.rawValue, 5))  "
            if let head = word.head {
                line += "\(pad(word.relation, 10)) ← \(head + 1) \(form[head])"
            } else {
                line += word.relation
            }
            out += line.replacingTrailingSpaces() + "\n"
        }
        return out + "\n"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
