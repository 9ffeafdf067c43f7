import NetmapGraph
import NetmapLexicon
import NetmapSyntax

/// Decides from the dependency tree whether what a cue states happened, is planned, was
/// proposed, or is denied.
///
/// It climbs from the cue through the words it depends on within its clause chain (`xcomp`,
/// `ccomp`, `obj`, `obl`, `nmod`, subjects, `acl`; not through `conj`, `advcl`, `parataxis` or
/// relative clauses) and reads the status words of ``Lexicon/statusCues`` there: a governor
/// ("refused to meet", "denied that X had met Y"), a modifier of the cue or of a word on the
/// way (`not`, `will`, "next week"), a condition ("only if"). Negated wins over proposed,
/// proposed over planned; without any, the cue's own status. An alliance is a standing state:
/// it holds or it is denied.
///
///     "Trump will meet Putin"                        // planned
///     "Modi would meet Sharif only if ..."           // proposed
///     "Officials denied that Yunus had met Sharif"   // negated
struct StatusReader: Sendable {
    let lexicon: Lexicon
    /// Status words by regular form (``Lexicon/statusCuesByForm``).
    let byForm: [String: [Lexicon.StatusCue]]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.byForm = lexicon.statusCuesByForm
    }

    /// The status words a token may be: by its lemma, or, where the lemmatiser missed, by its
    /// word as a regular form of a status lemma ("ruled" → "rule").
    private func cues(_ k: Int, in tree: DependencyTree) -> [Lexicon.StatusCue] {
        lexicon.statusCues[tree.lemmas[k]] ?? byForm[tree.tokens[k].token.text.lowercased()] ?? []
    }

    func status(of cue: Lexicon.Cue, at k: Int, in tree: DependencyTree) -> Relation.Status {
        func cues(_ word: Int) -> [Lexicon.StatusCue] { self.cues(word, in: tree) }
        var found: Set<Relation.Status> = []
        func read(_ word: Int, _ attachment: Lexicon.StatusCue.Attachment) {
            for statusCue in cues(word) where statusCue.attachment == attachment {
                if let particle = statusCue.particle, !tree.dependents[word].contains(where: { tree.lemmas[$0] == particle }) {
                    continue
                }
                found.insert(statusCue.status)
            }
        }
        var node = k
        // Whether the step up came from a complement of the word reached: only then does that
        // word govern the cue ("refused to meet", "ruled out a meeting"; not "went on despite
        // a demand").
        var complement = false
        for step in 0..<6 {
            if step > 0, complement { read(node, .governor) }
            for dependent in tree.dependents[node] {
                switch tree.relation(dependent) {
                case "advmod", "aux", "amod", "det", "neg", "compound", "obl:tmod", "nmod:tmod", "obl:npmod":
                    read(dependent, .modifier)
                    // "next week", "later this month": the time phrase's own modifiers.
                    for inner in tree.dependents[dependent] where ["amod", "det", "advmod"].contains(tree.relation(inner)) {
                        read(inner, .modifier)
                    }
                case "advcl":
                    for mark in tree.dependents(of: dependent, "mark") { read(mark, .condition) }
                case "mark":
                    read(dependent, .condition)
                default:
                    break
                }
            }
            // "is scheduled to meet": an infinitive the parser attached as a clause of its own.
            let infinitive = tree.relation(node) == "advcl" && tree.dependents(of: node, "mark").contains { tree.lemmas[$0] == "to" }
            guard let head = tree.head(node),
                infinitive || ["xcomp", "ccomp", "obj", "obl", "nmod", "nsubj", "nsubj:pass", "csubj", "acl", "compound", "amod"]
                    .contains(tree.relation(node))
            else { break }
            complement = infinitive
                || ["xcomp", "ccomp", "obj", "nsubj:pass", "csubj", "acl", "amod", "compound"].contains(tree.relation(node))
            node = head
        }
        if found.contains(.negated) { return .negated }
        if cue.relation == .alliedWith { return .occurred }
        if found.contains(.proposed) { return .proposed }
        if found.contains(.planned) { return .planned }
        return cue.status
    }
}
