import NetmapGraph
import NetmapLexicon
import NetmapSyntax

/// One parsed sentence with its actors placed in the tree: what ``RelationFinder`` reads the
/// sides of a cue from. Slots are those of the relation-cues table (``Lexicon/isSlot(_:)``).
struct SentenceReading {
    let tree: DependencyTree
    /// The entity each token names or stands for (a name with its title, a resolved pronoun or
    /// description), nil for other tokens.
    let actorAt: [String?]
    /// The entity of a modifier ("Sudanese" in "Sudanese officials"), for phrases that stand for it.
    let modifierAt: [String?]
    /// The list of names each name belongs to, as the text writes it ("A, B and C").
    let lists: [String: [String]]
    let obligations: Set<String>
    let relativePronouns: Set<String>
    /// Whether a lower-case word is an office title ("secretary", "minister").
    let titleWords: PhraseTable<Lexicon.Title>
    /// Nouns that act for the state or person before them ("government", "administration").
    let roleNouns: PhraseTable<Lexicon.RoleNoun>
    /// The relation cues by lemma (``Lexicon/cues``): a phrase under another cue is that cue's.
    let cues: [String: [Lexicon.Cue]]

    /// Whether the token is one office title ("the Treasury Secretary"), not a group of office
    /// holders ("his EU counterparts", which stand for the EU).
    func isTitle(_ k: Int) -> Bool {
        tree.tokens[k].features.number != .plur && titleWords.longestMatch(in: [tree.lemmas[k]], at: 0) != nil
    }

    init(
        tree: DependencyTree, mentions: [Mention], obligations: Set<String>, relativePronouns: Set<String>,
        coordinators: Set<String>, titles: PhraseTable<Lexicon.Title>, roleNouns: PhraseTable<Lexicon.RoleNoun>,
        cues: [String: [Lexicon.Cue]]
    ) {
        self.tree = tree
        self.cues = cues
        self.titleWords = titles
        self.roleNouns = roleNouns
        self.obligations = obligations
        self.relativePronouns = relativePronouns
        func place(_ mentions: [Mention]) -> [String?] {
            var at = [String?](repeating: nil, count: tree.count)
            var width = [Int](repeating: 0, count: tree.count)
            for mention in mentions {
                guard let entity = mention.entity else { continue }
                var span = mention.tokens
                if let title = mention.titleTokens {
                    span = min(span.lowerBound, title.lowerBound)..<max(span.upperBound, title.upperBound)
                }
                for k in span where k < tree.count && span.count > width[k] {
                    at[k] = entity
                    width[k] = span.count
                }
            }
            return at
        }
        // A place ("talks in Moscow") is no side; a longer reference covers what it contains.
        let actorAt = place(mentions.filter { $0.role == .actor || $0.role == .reference })
        // A state's adjective outside a title stands for its state inside a phrase only
        // ("Sudanese officials").
        self.modifierAt = place(mentions.filter { $0.role == .modifier })
        var lists = Self.lists(
            actorAt, words: tree.tokens.map { $0.token.text.lowercased() }, coordinators: coordinators,
            modifierAt: modifierAt)
        // "the two countries" stands for both of the pair it resolved to.
        for mention in mentions where mention.role == .reference {
            if let members = mention.members, let entity = mention.entity { lists[entity] = members }
        }
        self.lists = lists
        self.actorAt = actorAt
    }

    /// Whether the token at `k` is `cue`: its part of speech, and its particle among its dependents.
    func fits(_ cue: Lexicon.Cue, at k: Int) -> Bool {
        guard Self.fits(cue, upos: tree.tokens[k].upos) else { return false }
        guard let particle = cue.particle else { return true }
        return tree.dependents[k].contains { tree.lemmas[$0] == particle }
    }

    /// Whether a word tagged `upos` can be `cue`.
    static func fits(_ cue: Lexicon.Cue, upos: UPOS) -> Bool {
        switch cue.partOfSpeech {
        case .verb: upos == .verb
        // The tagger reads some nouns as adverbs or adjectives ("a Putin ally"): a noun cue
        // takes any tag but a verb's, whose forms have rows of their own.
        case .noun: upos != .verb && upos != .aux && upos != .punct
        case .adjective: upos == .adj
        }
    }

    /// Whether a sentence whose lower-case lemmas are `lemmas` has the words `cue` needs
    /// whatever its tree: its particle, and for each side a slot whose words are there (an
    /// `obl:P` or `nmod:P` slot needs P, `between` needs "between" or "among",
    /// `ccomp:obligation` an obligation word; other slots need no particular word). A sentence
    /// in which no cue passes cannot state a relation, and need not be parsed.
    static func mayFill(_ cue: Lexicon.Cue, lemmas: Set<String>, obligations: Set<String>) -> Bool {
        if let particle = cue.particle, !lemmas.contains(particle) { return false }
        func possible(_ slot: String) -> Bool {
            switch slot {
            case "between": return lemmas.contains("between") || lemmas.contains("among")
            case "ccomp:obligation": return !obligations.isDisjoint(with: lemmas)
            default:
                let parts = slot.split(separator: ":")
                guard parts.count >= 2, parts[0] == "obl" || parts[0] == "nmod" else { return true }
                return lemmas.contains(String(parts[1]))
            }
        }
        return cue.firstSide.contains(where: possible) && cue.otherSide.contains(where: possible)
    }

    func cueText(_ cue: Lexicon.Cue, at k: Int, words: [String]) -> String {
        guard let particle = cue.particle, let p = tree.dependents[k].first(where: { tree.lemmas[$0] == particle }) else {
            return words[k]
        }
        return p > k ? words[k] + " " + words[p] : words[p] + " " + words[k]
    }

    /// The pairs (source, target) of entities the cue at `k` states.
    func pairs(_ cue: Lexicon.Cue, at k: Int) -> [(String, String)] {
        // "Berlin is allied with Kyiv": a passive without an object slot keeps its subject.
        let passiveSubject = !cue.otherSide.contains("obj")
        let first = side(cue.firstSide, of: k, first: [], passiveSubject: passiveSubject)
        let other = side(cue.otherSide, of: k, first: first.members, passiveSubject: passiveSubject)
        var pairs: [(String, String)] = []
        // "Macron, Starmer and Merz co-chaired a meeting alongside Zelensky": co-subjects of a
        // mutual cue take part together.
        if !other.pairwise, !other.members.isEmpty, first.members.count >= 2, cue.otherSide.contains("group") {
            for (x, a) in first.members.enumerated() {
                for b in first.members[(x + 1)...] { pairs.append((a, b)) }
            }
        }
        if other.pairwise {
            let members = other.members
            for (x, a) in members.enumerated() {
                for b in members[(x + 1)...] { pairs.append((a, b)) }
            }
            if members.count == 1, let b = members.first {
                for a in first.members { pairs.append((a, b)) }
            }
            return pairs
        }
        for a in first.members {
            for b in other.members { pairs.append((a, b)) }
        }
        return pairs
    }

    /// The entities of the first slot that has any, and whether they pair with each other.
    private func side(_ slots: [String], of k: Int, first: [String], passiveSubject: Bool) -> (members: [String], pairwise: Bool) {
        for slot in slots {
            switch slot {
            case "group":
                if first.count >= 2 { return (first, true) }
            case "between":
                let members = prepositional(of: k, ["between", "among"]).flatMap(actors(at:)).flatMap { lists[$0] ?? [$0] }
                if !members.isEmpty { return (unique(members), true) }
            default:
                let members = unique(fill(slot, of: k, passiveSubject: passiveSubject).flatMap { lists[$0] ?? [$0] })
                if !members.isEmpty { return (members, false) }
            }
        }
        return ([], false)
    }

    private func fill(_ slot: String, of k: Int, passiveSubject: Bool) -> [String] {
        let passive = !tree.dependents(of: k, "nsubj:pass").isEmpty
        switch slot {
        case "subject":
            if passive, passiveSubject {
                let agents = subject(of: k, depth: 0)
                return agents.isEmpty ? tree.dependents(of: k, "nsubj:pass").flatMap(actors(at:)) : agents
            }
            return subject(of: k, depth: 0)
        case "obj":
            // The parser reads some objects of "asked X to" as indirect ones.
            let objects = passive ? tree.dependents(of: k, "nsubj:pass") : tree.dependents(of: k, "obj") + tree.dependents(of: k, "iobj")
            return objects.flatMap(actors(at:))
        case "iobj":
            return tree.dependents(of: k, "iobj").flatMap(actors(at:))
        case "poss":
            return tree.dependents(of: k, "nmod:poss").flatMap(actors(at:))
        case "modifier":
            return tree.dependents[k].filter {
                let r = tree.relation($0)
                return r == "amod" || r == "compound" || r == "nmod:npmod"
            }.flatMap { actorAt[$0] != nil ? actors(at: $0) : modifierAt[$0].map { [$0] } ?? [] }
        case "governor":
            return governor(of: k)
        case "ccomp:obligation":
            return tree.dependents(of: k, "ccomp").filter { clause in
                tree.dependents[clause].contains { tree.relation($0) == "aux" && obligations.contains(tree.lemmas[$0]) }
            }.flatMap { activeSubjects(of: $0).flatMap(actors(at:)) }
        case "obj:poss":
            // "criticised Washington's tariffs": what is judged belongs to its possessor.
            return tree.dependents(of: k, "obj").flatMap { tree.dependents(of: $0, "nmod:poss").flatMap(actors(at:)) }
        case "ccomp:subject":
            // An `xcomp` has no subject of its own: one that has is a clause the parser misnamed
            // ("demanding Russia agree").
            return (tree.dependents(of: k, "ccomp") + tree.dependents(of: k, "xcomp")).flatMap { activeSubjects(of: $0).flatMap(actors(at:)) }
        default:
            let parts = slot.split(separator: ":")
            // "obl:for:poss": the possessor of the phrase ("asked for Bolton's resignation").
            if parts.count == 3, parts[2] == "poss" {
                return prepositional(of: k, [String(parts[1])]).flatMap { tree.dependents(of: $0, "nmod:poss").flatMap(actors(at:)) }
            }
            guard parts.count == 2 else { return [] }
            // A verb's prepositional object follows it: a phrase fronted before the verb is the
            // clause's setting ("On Telegram, Zelensky called for ..." calls on no one).
            let verb = tree.isVerb(k)
            return prepositional(of: k, [String(parts[1])]).filter { !verb || $0 > k }.flatMap(actors(at:))
        }
    }

    /// The subject of a clause that acts (`nsubj` of a verb, not a passive's `nsubj:pass`): whom
    /// a demand or obligation is addressed to ("said Hain should make a statement"); a passive's
    /// subject is acted on ("said Blair should be judged by results" asks nothing of Blair), and
    /// so is the subject of a state ("should be stripped of her medals", where the tagger may
    /// take the participle for an adjective).
    private func activeSubjects(of clause: Int) -> [Int] {
        guard tree.isVerb(clause) else { return [] }
        return tree.dependents[clause].filter { tree.tokens[$0].relation == "nsubj" }
    }

    /// Obliques and noun modifiers of `k` with one of `prepositions`; for a noun, also those
    /// the parser attached to the verb it depends on ("held talks | with X").
    private func prepositional(of k: Int, _ prepositions: [String]) -> [Int] {
        func matching(_ h: Int) -> [Int] {
            tree.dependents[h].filter {
                let base = tree.base($0)
                guard base == "obl" || base == "nmod", tree.relation($0) != "nmod:poss" else { return false }
                return tree.preposition($0).map(prepositions.contains) ?? false
            }
        }
        let own = matching(k)
        if !own.isEmpty { return own }
        // The parser often hangs the phrase on a neighbour: "met for an hour | with X" under
        // "hour", "held talks | with X" under "held"; but not on another cue, whose phrase it is
        // ("a meeting ..., ahead of Trump's meeting with Putin").
        let inner = tree.dependents[k].filter {
            ["obl", "nmod", "obj", "obl:unmarked"].contains(tree.relation($0)) && actorAt[$0] == nil
                && cues[tree.lemmas[$0]] == nil
        }.flatMap(matching)
        if !inner.isEmpty || tree.tokens[k].upos != .noun { return inner }
        guard let head = tree.head(k), tree.isVerb(head), ["obj", "obl", "nsubj:pass"].contains(tree.relation(k)) else { return [] }
        return matching(head)
    }

    /// The subject of a verb (or of a predicate noun), found through the tree when the verb has none.
    private func subject(of k: Int, depth: Int) -> [String] {
        guard depth < 6 else { return [] }
        if !tree.dependents(of: k, "nsubj:pass").isEmpty {
            return tree.dependents[k].filter {
                tree.relation($0) == "obl:agent" || (tree.base($0) == "obl" && tree.preposition($0) == "by")
            }.flatMap(actors(at:))
        }
        let subjects = tree.dependents(of: k, "nsubj")
        if let subject = subjects.first {
            if actorAt[subject] == nil, relativePronouns.contains(tree.lemmas[subject]),
                tree.relation(k) == "acl:relcl", let head = tree.head(k)
            {
                return actors(at: head)
            }
            // A verb has one subject: where the parser gave it two ("Mr | He criticised"), the
            // one that names an actor is it.
            return subjects.lazy.map(actors(at:)).first { !$0.isEmpty } ?? []
        }
        guard let head = tree.head(k) else { return [] }
        let base = tree.base(k)
        // "followed a US ultimatum demanding Russia agree": a participle right after its head's
        // object is a reduced relative clause on that noun, whatever the parser hung it on.
        let form = tree.tokens[k].features
        if base == "advcl" || base == "xcomp", k > 0, tree.tokens[k].upos == .verb,
            form.verbForm == .ger || (form.verbForm == .part && form.tense == .pres),
            tree.dependents(of: k, "mark").isEmpty, tree.head(k - 1) == head, tree.relation(k - 1) == "obj",
            tree.tokens[k - 1].upos == .noun
        {
            return actors(at: k - 1)
        }
        if base == "xcomp" || (base == "advcl" && tree.dependents(of: k, "mark").contains(where: { tree.lemmas[$0] == "to" })) {
            // Object control: "asked X to meet Y" — X meets; raising: "X is expected to meet".
            let objects = tree.dependents(of: head, "obj")
            if let object = objects.first, actorAt[object] != nil { return actors(at: object) }
            if let raised = tree.dependents(of: head, "nsubj:pass").first { return actors(at: raised) }
            return subject(of: head, depth: depth + 1)
        }
        switch base {
        case "conj":
            return subject(of: head, depth: depth + 1)
        case "advcl":
            // Object control by "as" and by "for" with a gerund: "quoted him as saying",
            // "described Iran as seeking", "thanked Trump for inviting him".
            if tree.dependents(of: k, "mark").contains(where: {
                tree.lemmas[$0] == "as" || (tree.lemmas[$0] == "for" && tree.tokens[k].features.verbForm == .ger)
            }),
                let object = tree.dependents(of: head, "obj").first
            {
                return actors(at: object)
            }
            return subject(of: head, depth: depth + 1)
        case "acl":
            return tree.relation(k) == "acl:relcl" ? [] : actors(at: head)
        case "appos":
            return actors(at: head)
        case "parataxis":
            // "Baker, meanwhile, will press Japan": the name the parser left as the root.
            return actorAt[head] != nil ? actors(at: head) : []
        default:
            return []
        }
    }

    /// The subject of the verb a noun depends on ("X held talks", "after talks with Y, X said"),
    /// or the actor a noun stands in apposition to ("X, a close ally").
    private func governor(of k: Int) -> [String] {
        var node = k
        for _ in 0..<4 {
            guard let head = tree.head(node) else {
                // A predicate noun: "X is an ally of Y", "X is a hero of wars and an ally of Y".
                return tree.dependents(of: node, "nsubj").flatMap(actors(at:))
            }
            let relation = tree.base(node)
            if relation == "appos" { return actors(at: head) }
            if node == k, let subject = tree.dependents(of: k, "nsubj").first { return actors(at: subject) }
            guard ["obj", "obl", "nmod", "xcomp", "conj"].contains(relation) else { return [] }
            if tree.isVerb(head) { return subject(of: head, depth: 1) }
            if actorAt[head] != nil { return [] }
            node = head
        }
        return []
    }

    /// The entities a phrase headed at `x` stands for: its own actor and its list members, or,
    /// for a common noun, the actors in apposition to it, named in it, or after its "of".
    func actors(at x: Int) -> [String] {
        actors(at: x, depth: 0)
    }

    private func actors(at x: Int, depth: Int) -> [String] {
        guard depth < 12 else { return [] }
        var result: [String] = []
        var x = x
        if let entity = actorAt[x] {
            result.append(entity)
            // The list hangs on the name's head word.
            while let head = tree.head(x), actorAt[head] == entity { x = head }
        } else {
            let dependents = tree.dependents[x]
            // "the Treasury Secretary" is a person of the Treasury, not the Treasury.
            let office = isTitle(x)
            let appositions = dependents.filter {
                (tree.relation($0) == "appos" || (!office && ["flat", "compound", "amod"].contains(tree.relation($0))))
                    && actorAt[$0] != nil
            }
            let modifiers = dependents.filter { ["compound", "amod"].contains(tree.relation($0)) && modifierAt[$0] != nil }
            if !appositions.isEmpty {
                result += appositions.compactMap { actorAt[$0] }
            } else if !modifiers.isEmpty, tree.isNoun(x), !office {
                result += modifiers.compactMap { modifierAt[$0] }
            } else if tree.isNoun(x), roleNouns.longestMatch(in: [tree.lemmas[x]], at: 0)?.values.first == .state,
                let possessor = dependents.first(where: { tree.relation($0) == "nmod:poss" && actorAt[$0] != nil })
            {
                // "Carney's government" acts for Carney, as the text names it.
                result += actors(at: possessor, depth: depth + 1)
            } else if tree.isNoun(x) {
                let of = dependents.filter { tree.base($0) == "nmod" && tree.preposition($0) == "of" && actorAt[$0] != nil }
                result += of.flatMap { actors(at: $0, depth: depth + 1) }
            }
        }
        for member in tree.dependents(of: x, "conj") where member != x && (actorAt[member] == nil || actorAt[member] != actorAt[x]) {
            result += actors(at: member, depth: depth + 1)
        }
        return result
    }

    /// Lists of names written "A, B and C" or "A and B": names with only commas between them and
    /// "and" or "or" before the last, none of them a possessor ("A, B's envoy" is no list); a
    /// state's adjective may open the member after a lone "and" or "or" ("Trump, Putin and
    /// Ukrainian President Zelensky"), where `modifierAt` names one. The parser often attaches
    /// the members of such a list apart; a side that takes one member takes the list.
    static func lists(_ actorAt: [String?], words: [String], coordinators: Set<String>, modifierAt: [String?]) -> [String: [String]] {
        var spans: [(entity: String, range: Range<Int>)] = []
        var k = 0
        while k < actorAt.count {
            guard let entity = actorAt[k] else { k += 1; continue }
            var end = k + 1
            while end < actorAt.count, actorAt[end] == entity { end += 1 }
            spans.append((entity, k..<end))
            k = end
        }
        var lists: [String: [String]] = [:]
        var start = 0
        while start < spans.count {
            var members = [spans[start]]
            var closed = false
            var next = start + 1
            while next < spans.count, !closed {
                var opening = spans[next].range.lowerBound
                while opening > members.last!.range.upperBound, opening - 1 < modifierAt.count, modifierAt[opening - 1] != nil {
                    opening -= 1
                }
                let gap = words[members.last!.range.upperBound..<opening]
                guard !gap.isEmpty, gap.allSatisfy({ coordinators.contains($0) }) else { break }
                // "A and Ukrainian President B", but not "A, and Argentine minister B said ...",
                // where a comma before "and" more often opens a clause.
                if opening < spans[next].range.lowerBound, gap.count != 1 { break }
                closed = gap.contains("and") || gap.contains("or") || gap.contains("&")
                members.append(spans[next])
                next += 1
            }
            let possessor = members.contains { $0.range.upperBound < words.count && words[$0.range.upperBound] == "'s" }
            if closed, members.count >= 2, !possessor {
                let entities = members.map(\.entity)
                for entity in entities where lists[entity] == nil { lists[entity] = entities }
            }
            start = max(start + 1, closed ? next : start + 1)
        }
        return lists
    }

    private func unique(_ entities: [String]) -> [String] {
        var seen: Set<String> = []
        return entities.filter { seen.insert($0).inserted }
    }
}
