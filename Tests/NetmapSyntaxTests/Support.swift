import NetmapLexicon
import NetmapSyntax

/// Tokenises `text` as netmap does and parses it as one sentence.
func parse(_ text: String, _ parser: SyntaxParser = .shared) -> [SyntaxToken] {
    let scalars = Array(text.unicodeScalars)
    return parser.parse(Tokenizer.tokenize(scalars, in: 0..<scalars.count))
}

/// The head's text of each word, or "ROOT".
func heads(_ words: [SyntaxToken]) -> [String] {
    words.map { $0.head.map { words[$0].token.text } ?? "ROOT" }
}
