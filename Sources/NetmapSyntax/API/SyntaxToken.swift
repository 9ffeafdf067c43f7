public import NetmapLexicon

/// A token of a parsed sentence: the netmap token with its tag, features, lemma and its place
/// in the dependency tree.
///
///     let words = SyntaxParser.shared.parse(Tokenizer.tokenize(...))
///     words[1].relation  // "nsubj"; words[1].head: the index of its verb in the sentence
public struct SyntaxToken: Sendable, Hashable {
    public var token: Token
    public var upos: UPOS
    public var features: Morphology
    public var lemma: String
    /// The index of the head token in the sentence; nil for the root of the sentence.
    public var head: Int?
    /// The Universal Dependencies relation to the head (`root` for the root).
    public var relation: String

    public init(token: Token, upos: UPOS, features: Morphology = Morphology(), lemma: String, head: Int?, relation: String) {
        self.token = token
        self.upos = upos
        self.features = features
        self.lemma = lemma
        self.head = head
        self.relation = relation
    }
}
