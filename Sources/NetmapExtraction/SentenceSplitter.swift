import NetmapLexicon

/// Splits each line into sentences and tokens.
///
/// A sentence ends at `.`, `!`, `?` or `…`, or a run of them written together ("...", "?!"),
/// with any closing quotes or brackets, when the next token does not continue it (a lower-case
/// word); abbreviations and initials keep their period inside the word (see ``Tokenizer``), so
/// "Mr. Putin" and "U.S. officials" do not split. A line never continues into the next:
/// headlines and captions without final punctuation end there.
public struct SentenceSplitter: ExtractionPass {
    public var requires: Set<DocumentPart> { [.normalisedText, .boilerplate] }
    public var adds: Set<DocumentPart> { [.sentences] }
    static let enders: [Unicode.Scalar] = [".", "!", "?", "…"]
    static let closers: [Unicode.Scalar] = ["\"", "'", "”", "’", ")", "]", "»"]

    /// Whether `text` is one scalar of `marks` (compared as scalars: cheaper than hashing or
    /// comparing strings, and the same, none of the marks having a canonical decomposition).
    static func isOne(of marks: [Unicode.Scalar], _ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return marks.contains(first)
    }

    public init() {}

    public func run(_ document: inout TextDocument) {
        let s = document.scalars
        var start = 0
        var boilerplate = document.boilerplate.makeIterator()
        var nextBoilerplate = boilerplate.next()
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let line = start..<i
            start = i + 1
            while let b = nextBoilerplate, b.upperBound < line.lowerBound {
                nextBoilerplate = boilerplate.next()
            }
            let isBoilerplate = nextBoilerplate == line
            let tokens = Tokenizer.tokenize(s, in: line)
            guard !tokens.isEmpty else { continue }
            split(tokens, isBoilerplate: isBoilerplate, into: &document.sentences)
        }
    }

    private func split(_ tokens: [Token], isBoilerplate: Bool, into sentences: inout [Sentence]) {
        var first = 0
        var k = 0
        var pieces: [Range<Int>] = []
        while k < tokens.count {
            if Self.isOne(of: Self.enders, tokens[k].text) {
                var end = k + 1
                // "...", "?!": the marks of a run end the sentence once, after the last.
                while end < tokens.count, tokens[end].start == tokens[end - 1].end,
                    Self.isOne(of: Self.enders, tokens[end].text)
                {
                    end += 1
                }
                while end < tokens.count, Self.isOne(of: Self.closers, tokens[end].text) { end += 1 }
                if end == tokens.count || continues(tokens[end]) == false {
                    pieces.append(first..<end)
                    first = end
                }
                k = end
            } else {
                k += 1
            }
        }
        if first < tokens.count { pieces.append(first..<tokens.count) }
        for (n, piece) in pieces.enumerated() {
            let slice = Array(tokens[piece])
            let last = slice.last!.text
            let headline = pieces.count == 1 && n == 0 && !Self.isOne(of: Self.enders, last)
                && !Self.isOne(of: Self.closers, last)
            sentences.append(
                Sentence(
                    range: slice.first!.start..<slice.last!.end, tokens: slice,
                    isBoilerplate: isBoilerplate, isHeadline: headline))
        }
    }

    /// Whether a token after a full stop continues the sentence (a lower-case word or a comma).
    private func continues(_ token: Token) -> Bool {
        if token.kind == .punctuation { return [",", ";", ")"].contains(token.text) }
        guard let first = token.text.unicodeScalars.first else { return false }
        return first.isLowercase
    }
}
