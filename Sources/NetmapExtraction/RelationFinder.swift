import NetmapGraph
public import NetmapLexicon

/// Reads relations stated by cue words: "Trump met Putin", "talks with Zelensky", "a summit
/// between the US and Russia", "called on Moscow to", "a close Putin ally".
///
/// The subject is the group of actors nearest before the cue in the same clause (a group is
/// actors joined by "and" or commas; "he" and "she" stand for the sentence's, or the previous
/// sentence's, first person); the object is the group after the cue or after one of its
/// marker words (with, between, of, to). Symmetric cues without an object pair up a plural
/// subject. Each relation gets its status from ``StatusReader``.
public struct RelationFinder: ExtractionPass {
    public var requires: Set<DocumentPart> { [.entities, .offices, .coreference] }
    public var adds: Set<DocumentPart> { [.relations] }
    let lexicon: Lexicon
    let status: StatusReader
    /// Words that end a clause: a subject is not looked for past them.
    let breakers: Set<String>
    /// Words that may stand between a cue and its object.
    let objectFillers: Set<String>
    let pronouns: Set<String>
    let possessives: Set<String>
    /// Nouns that, after "the", stand for a state named before ("the country").
    let stateNouns: Set<String>
    /// Words that may stand before "ally" in an apposition: "another close Putin ally".
    let allyModifiers: Set<String>
    /// Words before "demand" that make it a quantity ("global demand", "meet demand").
    let quantityWords: Set<String>
    /// Words that open a phrase fronted before the main clause's subject.
    let frontedOpeners: Set<String>
    let determiners: Set<String>
    let lyNouns: Set<String>
    let demandNouns: Set<String>
    /// Words after "his" or "her" that end the phrase: the pronoun is the object itself.
    let phraseEnds: Set<String>








    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.status = StatusReader(lexicon: lexicon)
        breakers = lexicon.words(.clauseBreaker)
        objectFillers = lexicon.words(.objectFiller)
        pronouns = lexicon.words(.pronoun)
        possessives = lexicon.words(.possessive)
        stateNouns = lexicon.words(.stateNoun)
        allyModifiers = lexicon.words(.allyModifier)
        quantityWords = lexicon.words(.quantityWord)
        frontedOpeners = lexicon.words(.frontedOpener)
        determiners = lexicon.words(.determiner)
        lyNouns = lexicon.words(.lyNoun)
        demandNouns = lexicon.words(.demandNoun)
        phraseEnds = lexicon.words(.phraseEnd)
    }

    /// An actor in a sentence: an entity id and its token span.
    struct Actor {
        var entity: String
        var kind: Entity.Kind
        var tokens: Range<Int>
    }

    public func run(_ document: inout TextDocument) {
        var bySentence: [Int: [Mention]] = [:]
        for mention in document.mentions { bySentence[mention.sentence, default: []].append(mention) }
        for (index, sentence) in document.sentences.enumerated() {
            let mentions = bySentence[index] ?? []
            let actors = self.actors(mentions, sentence)
            guard !sentence.isBoilerplate, actors.count >= 1 else { continue }
            var material = Array(repeating: false, count: sentence.words.count)
            for mention in mentions where !mention.isAnaphor {
                for k in mention.tokens { material[k] = true }
                if let t = mention.titleTokens { for k in t { material[k] = true } }
            }
            // Cues are matched with -ly adverbs left out, so "stands resolutely by" is
            // "stands by"; `positions` maps back to the sentence's tokens.
            var positions: [Int] = []
            for k in sentence.lower.indices where !isAdverb(sentence.lower[k]) || k == 0 {
                positions.append(k)
            }
            let cueWords = positions.map { sentence.lower[$0] }
            var p = 0
            while p < cueWords.count {
                let i = positions[p]
                guard !material[i], let match = lexicon.cues.longestMatch(in: cueWords, at: p)
                else {
                    p += 1
                    continue
                }
                let cueRange = i..<(positions[p + match.length - 1] + 1)
                for cue in match.values {
                    let found = relations(
                        cue, at: cueRange, actors: actors, sentence: sentence, material: material)
                        .filter { $0.0 != $0.1 }
                    guard !found.isEmpty else { continue }
                    // One status and one evidence item serve every pair the cue states.
                    let state = status.status(of: cue, at: cueRange, in: sentence, names: material)
                    let evidence = Evidence(
                        source: document.name, sentence: document.text(sentence.range),
                        start: sentence.range.lowerBound, end: sentence.range.upperBound,
                        cue: positions[p..<(p + match.length)].map { sentence.words[$0] }.joined(separator: " "))
                    for (a, b) in found {
                        document.relations.append(
                            Relation(kind: cue.relation, source: a, target: b, status: state, evidence: [evidence]))
                    }
                }
                p += match.length
            }
        }
    }

    /// Whether a lower-case word is an adverb in -ly (not "ally", "early", "only").
    func isAdverb(_ word: String) -> Bool {
        word.count > 5 && word.hasSuffix("ly") && !lyNouns.contains(word)
    }

    /// The sentence's actors: its named mentions and what ``Coreference`` resolved, without
    /// those covered by a longer reference ("the Russian leader").
    private func actors(_ mentions: [Mention], _ sentence: Sentence) -> [Actor] {
        var actors: [Actor] = []
        for mention in mentions where mention.role == .actor || mention.role == .reference {
            guard let entity = mention.entity else { continue }
            actors.append(Actor(entity: entity, kind: mention.kind, tokens: mention.tokens))
        }
        return actors.filter { actor in
            !actors.contains { other in
                other.tokens != actor.tokens && other.tokens.lowerBound <= actor.tokens.lowerBound
                    && other.tokens.upperBound >= actor.tokens.upperBound
                    && other.tokens.count > actor.tokens.count
            }
        }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func relations(
        _ cue: Lexicon.Cue, at range: Range<Int>, actors: [Actor], sentence: Sentence,
        material: [Bool]
    ) -> [(String, String)] {
        let words = sentence.lower
        // "global demand", "the demand for US goods": demand as a quantity, not a demand made.
        if cue.relation == .demandedOf, demandNouns.contains(words[range.lowerBound]) {
            let before = range.lowerBound > 0 ? words[range.lowerBound - 1] : ""
            let after = range.upperBound < words.count ? words[range.upperBound] : ""
            // "a demand for Turkey to recognise Cyprus" is one.
            let demandOfActor = after == "for" && actors.contains { actor in
                actor.tokens.lowerBound == range.upperBound + 1 && actor.tokens.upperBound < words.count
                    && words[actor.tokens.upperBound] == "to"
            }
            if !demandOfActor, after == "for" || quantityWords.contains(before) { return [] }
        }
        var subjects = subjectGroup(before: range.lowerBound, actors: actors, words: words, material: material)
        var objects: [Actor] = []
        var between = false
        for marker in cue.objectMarkers {
            if marker == "direct" {
                objects = group(startingNear: range.upperBound, actors: actors, words: words, material: material)
            } else if let m = markerPosition(marker, after: range.upperBound, actors: actors, words: words) {
                objects = group(startingNear: m + 1, actors: actors, words: words, material: material)
                between = marker == "between"
            }
            if !objects.isEmpty { break }
        }
        // "Russia's demands include reducing Ukraine's military": a demand's target may stand a
        // few words on in its clause.
        if objects.isEmpty, cue.relation == .demandedOf {
            var k = range.upperBound
            while k < min(words.count, range.upperBound + 6), !breakers.contains(words[k]), words[k] != "," {
                if let actor = actors.first(where: { $0.tokens.lowerBound == k }) {
                    objects = [actor]
                    break
                }
                k += 1
            }
        }
        // "a close Putin ally": the actor right before a noun cue is its object, the subject is
        // the name after the cue or the one the phrase stands in apposition to.
        if objects.isEmpty, cue.form == .noun, cue.relation == .alliedWith, !between, let left = subjects.last,
            left.tokens.upperBound == range.lowerBound
                || (left.tokens.upperBound + 1 == range.lowerBound && words[left.tokens.upperBound] == "'s")
        {
            let after = group(startingNear: range.upperBound, actors: actors, words: words, material: material)
            if let head = after.first { return [(head.entity, left.entity)] }
            // "Lukashenko, another close Putin ally": only determiners and adjectives of
            // alliance may stand between the comma and the actor.
            var start = left.tokens.lowerBound
            while start > 0, words[start - 1] != ",", material[start - 1] || allyModifiers.contains(words[start - 1])
                || isAdverb(words[start - 1])
            {
                start -= 1
            }
            if start > 1, words[start - 1] == ",", let head = actors.last(where: { $0.tokens.upperBound == start - 1 }) {
                return [(head.entity, left.entity)]
            }
            if subjects.count >= 2 { return [(subjects[subjects.count - 2].entity, left.entity)] }
            return []
        }
        // "In a call with Trump, Zelensky said ...": a fronted phrase takes the main clause's
        // subject, after the comma that closes it. A comma list may have run on into that
        // subject ("with Macron and Scholz, Carney said"): its last member after a comma is it.
        if subjects.isEmpty, objects.count >= 2, let first = words.first, frontedOpeners.contains(first) {
            var k = objects[objects.count - 1].tokens.lowerBound - 1
            while k > 0, material[k] { k -= 1 }
            if words[k] == "," {
                subjects = [objects.removeLast()]
            }
        }
        if subjects.isEmpty, let last = objects.last,
            let comma = (last.tokens.upperBound..<words.count).first(where: { words[$0] == "," }),
            let head = actors.first(where: { $0.tokens.lowerBound > comma }),
            (comma + 1..<head.tokens.lowerBound).allSatisfy({ material[$0] || words[$0] == "the" })
        {
            subjects = [head]
        }
        // "welcomed Blair's courage", "met Blair's aides": a possessor is not who was met.
        if cue.relation == .met, !between, let first = objects.first, first.tokens.upperBound < words.count,
            words[first.tokens.upperBound] == "'s",
            !actors.contains(where: { $0.tokens.lowerBound == first.tokens.upperBound + 1 })
        {
            objects = []
        }
        var pairs: [(String, String)] = []
        // Only cues that read as mutual pair a plural subject without an object: "Trump and
        // Putin met", "held talks", "are allies"; not "Tories and Lib Dems welcomed the report".
        let mutual = cue.relation == .alliedWith || cue.objectMarkers.contains("with")
            || cue.objectMarkers.contains("between")
        if between || (objects.isEmpty && cue.relation.isSymmetric && mutual) {
            let members = between ? objects : subjects
            for (x, a) in members.enumerated() {
                for b in members[(x + 1)...] { pairs.append((a.entity, b.entity)) }
            }
            if between, pairs.isEmpty, let a = subjects.last, let b = objects.first {
                pairs.append((a.entity, b.entity))
            }
            return pairs
        }
        for a in subjects {
            for b in objects { pairs.append((a.entity, b.entity)) }
        }
        // "Macron, Starmer and Merz chaired a meeting alongside Zelensky": the co-subjects of a
        // symmetric relation share it too.
        if cue.relation.isSymmetric, mutual, !objects.isEmpty, subjects.count >= 2 {
            for (x, a) in subjects.enumerated() {
                for b in subjects[(x + 1)...] { pairs.append((a.entity, b.entity)) }
            }
        }
        return pairs
    }

    /// Where `marker` stands after a cue: within five words, not counting "of" phrases ("a
    /// meeting of the Coalition of the Willing alongside Zelensky"); no other actor between.
    private func markerPosition(_ marker: String, after start: Int, actors: [Actor], words: [String]) -> Int? {
        var k = start
        var counted = 0
        while k < words.count, counted < 5 {
            if words[k] == marker { return k }
            if words[k] == "of" {
                var j = k + 1
                while j < words.count, determiners.contains(words[j]) || ["'", "‘", "“", "\""].contains(words[j]) { j += 1 }
                if let actor = actors.first(where: { $0.tokens.lowerBound == j }) {
                    k = actor.tokens.upperBound
                    counted += 1
                    continue
                }
            }
            if actors.contains(where: { $0.tokens.contains(k) }) { return nil }
            k += 1
            counted += 1
        }
        return nil
    }

    /// The group of actors nearest before `index` in the same clause.
    private func subjectGroup(before index: Int, actors: [Actor], words: [String], material: [Bool]) -> [Actor] {
        guard let last = actors.lastIndex(where: { $0.tokens.upperBound <= index }) else { return [] }
        let gap = actors[last].tokens.upperBound..<index
        if gap.count > 10 { return [] }
        // "criticised Mr Brown's plans and called on ...": the possessor of something else is
        // not the subject of the next verb; "Putin's last meeting with ..." is the subject.
        if words[gap.lowerBound] == "'s", gap.contains(where: { words[$0] == "and" || words[$0] == "," }) { return [] }
        for k in gap where !material[k] && breakers.contains(words[k]) {
            // "Trump, who met Putin": a relative clause keeps its antecedent.
            if words[k] == "who" { continue }
            return []
        }
        var group = [actors[last]]
        var n = last
        while n > 0, connected(actors[n - 1], actors[n], words: words, material: material) {
            group.insert(actors[n - 1], at: 0)
            n -= 1
        }
        // "he would brief NATO allies and speak to Zelensky": after "and" a second verb shares
        // the first one's subject; the group before it was that verb's object.
        let between = gap.filter { !material[$0] }
        if between.count >= 2, words[between.last!] == "and", actors[n].tokens.lowerBound > 0,
            !between.dropLast().allSatisfy({ objectFillers.contains(words[$0]) })
        {
            let earlier = subjectGroup(before: actors[n].tokens.lowerBound, actors: actors, words: words, material: material)
            if !earlier.isEmpty { return earlier }
        }
        return group
    }

    /// The group of actors starting at or soon after `index`.
    private func group(startingNear index: Int, actors: [Actor], words: [String], material: [Bool]) -> [Actor] {
        guard var first = actors.firstIndex(where: { $0.tokens.lowerBound >= index }) else { return [] }
        // "met his EU counterparts": the possessive stands before the object.
        if actors[first].tokens.count == 1, possessives.contains(words[actors[first].tokens.lowerBound]),
            first + 1 < actors.count, actors[first + 1].tokens.lowerBound == actors[first].tokens.upperBound
        {
            first += 1
        }
        // "met his golden rule": a possessive before a noun is a determiner, not the object.
        let start = actors[first].tokens.lowerBound
        if actors[first].tokens.count == 1, possessives.contains(words[start]), start + 1 < words.count,
            !material[start + 1], !phraseEnds.contains(words[start + 1])
        {
            return []
        }
        for k in index..<actors[first].tokens.lowerBound where !material[k] {
            if !objectFillers.contains(words[k]) { return [] }
        }
        if actors[first].tokens.lowerBound - index > 4 { return [] }
        var group = [actors[first]]
        var n = first
        while n + 1 < actors.count, connected(actors[n], actors[n + 1], words: words, material: material) {
            group.append(actors[n + 1])
            n += 1
        }
        return group
    }

    /// Whether only "and", commas and name material stand between two actors.
    private func connected(_ a: Actor, _ b: Actor, words: [String], material: [Bool]) -> Bool {
        guard a.tokens.upperBound <= b.tokens.lowerBound else { return false }
        var sawConnector = false
        for k in a.tokens.upperBound..<b.tokens.lowerBound {
            if material[k] { continue }
            switch words[k] {
            case "and", ",", "&", "as", "well", "along", "with", "the", "'s", "both", "plus": sawConnector = true
            default: return false
            }
        }
        // Names side by side form a group ("Russia WTO talks"); a pronoun next to a name does
        // not ("... the House Budget Committee he urged Congress").
        let pronoun = { (x: Actor) in x.tokens.count == 1 && pronouns.contains(words[x.tokens.lowerBound]) }
        return sawConnector || (a.tokens.upperBound == b.tokens.lowerBound && !pronoun(a) && !pronoun(b))
    }
}
