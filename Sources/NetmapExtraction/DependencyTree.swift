import NetmapSyntax

/// A parsed sentence read as a tree: each token's head, relation, lemma and dependents.
///
/// Relations are Universal Dependencies labels as the parser gives them (`nsubj`, `obl`,
/// `nmod:poss`, ...); ``base(_:)`` is a label without its subtype (`obl:tmod` → `obl`).
struct DependencyTree {
    let tokens: [SyntaxToken]
    /// Dependents of each token, in sentence order.
    let dependents: [[Int]]
    /// Lower-case lemmas.
    let lemmas: [String]

    init(_ tokens: [SyntaxToken]) {
        self.tokens = tokens
        var dependents = Array(repeating: [Int](), count: tokens.count)
        for (k, token) in tokens.enumerated() {
            if let head = token.head, head >= 0, head < tokens.count, head != k { dependents[head].append(k) }
        }
        self.dependents = dependents
        self.lemmas = tokens.map { $0.lemma.lowercased() }
    }

    var count: Int { tokens.count }

    func head(_ k: Int) -> Int? {
        guard let head = tokens[k].head, head >= 0, head < tokens.count, head != k else { return nil }
        return head
    }

    func relation(_ k: Int) -> String { tokens[k].relation }

    func base(_ k: Int) -> Substring { tokens[k].relation.split(separator: ":").first ?? "" }

    /// Dependents of `k` whose relation is `relation` (with any subtype when `relation` has none).
    func dependents(of k: Int, _ relation: String) -> [Int] {
        // Relation names are ASCII: the subtype's colon is looked for among the bytes, once.
        let subtypes = relation.utf8.contains(0x3A) ? nil : relation + ":"
        return dependents[k].filter {
            let r = tokens[$0].relation
            return r == relation || subtypes.map(r.hasPrefix) == true
        }
    }

    /// The preposition of an oblique or noun modifier: the lemma of its `case` dependent.
    func preposition(_ k: Int) -> String? {
        dependents[k].first { tokens[$0].relation == "case" }.map { lemmas[$0] }
    }

    /// Whether `k` is a verb (or an auxiliary used as one).
    func isVerb(_ k: Int) -> Bool { tokens[k].upos == .verb }

    func isNoun(_ k: Int) -> Bool { tokens[k].upos == .noun || tokens[k].upos == .propn }
}
