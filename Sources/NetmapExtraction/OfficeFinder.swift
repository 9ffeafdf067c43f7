import NetmapGraph
public import NetmapLexicon

/// Reads `leader_of` and `member_of` from titles, and resolves role descriptions.
///
/// - A state, demonym or organisation right before a title and name: "Russian President
///   Vladimir Putin", "Nato Secretary General Mark Rutte", "Russia's Foreign Minister Sergei
///   Lavrov", "Kremlin aide Yuri Ushakov". The qualifier becomes a modifier, not an actor.
/// - An apposition after a name: "Mark Rutte, the Nato secretary general", "Steve Witkoff,
///   the US envoy", "Yuri Ushakov, an aide to the Kremlin".
/// - A leader's title before a name: "Putin's aide Yuri Ushakov" is a member of what Putin
///   leads in the document.
/// - A description without a name, "the Russian leader", "the US president", stands for the
///   person who leads that state in the document.
public struct OfficeFinder: ExtractionPass {
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func run(_ document: inout TextDocument) {
        var leaders: [String: String] = [:]  // state or organisation id -> person id
        var leads: [String: String] = [:]  // person id -> what they lead
        var found: [(Int, Relation.Kind, String, String, String)] = []  // sentence, kind, person, body, cue
        let mentions = document.mentions
        // Qualifiers and appositions.
        for (n, mention) in mentions.enumerated() where mention.kind == .person {
            guard let title = mention.title, title.role != .honorific,
                let titleStart = mention.titleTokens?.lowerBound
            else {
                if let (body, title, cue) = apposition(after: n, in: document) {
                    let kind: Relation.Kind = title.role == .leader ? .leaderOf : .memberOf
                    found.append((mention.sentence, kind, mention.entity!, body, cue))
                }
                continue
            }
            let sentence = document.sentences[mention.sentence]
            guard n > 0, mentions[n - 1].sentence == mention.sentence else { continue }
            let previous = mentions[n - 1]
            var gap = previous.tokens.upperBound
            if gap < sentence.words.count, sentence.words[gap] == "'s" { gap += 1 }
            guard gap == titleStart else { continue }
            let kind: Relation.Kind = title.role == .leader ? .leaderOf : .memberOf
            if previous.kind == .person {
                // "Putin's aide Yuri Ushakov": resolved below, once leaders are known.
                found.append((mention.sentence, kind, mention.entity!, previous.entity!, "@" + title.phrase))
            } else {
                found.append((mention.sentence, kind, mention.entity!, previous.entity!, title.phrase))
            }
            document.mentions[n - 1].role = .modifier
        }
        for (_, kind, person, body, cue) in found where kind == .leaderOf && !cue.hasPrefix("@") {
            if leaders[body] == nil || body.hasPrefix("state:") { leaders[body] = leaders[body] ?? person }
            if leads[person] == nil || body.hasPrefix("state:") { leads[person] = leads[person] ?? body }
        }
        for (index, kind, person, body, cue) in found {
            var target = body
            var cueText = cue
            if cue.hasPrefix("@") {
                guard let led = leads[body] else { continue }
                target = led
                cueText = String(cue.dropFirst())
            }
            guard person != target else { continue }
            let sentence = document.sentences[index]
            document.relations.append(
                Relation(
                    kind: kind, source: person, target: target, status: .occurred,
                    evidence: [evidence(sentence, document, cue: cueText)]))
        }
        resolveDescriptions(&document, leaders: leaders)
    }

    /// "P, the Russian foreign minister" / "P, Nato's secretary general" / "P, an aide to M".
    private func apposition(after n: Int, in document: TextDocument) -> (String, Lexicon.Title, String)? {
        let mentions = document.mentions
        let mention = mentions[n]
        let sentence = document.sentences[mention.sentence]
        let lower = sentence.lower
        var k = mention.tokens.upperBound
        guard k < lower.count, lower[k] == "," else { return nil }
        k += 1
        if k < lower.count, ["the", "a", "an"].contains(lower[k]) { k += 1 }
        // Qualifier first: "the Russian foreign minister".
        if let body = mentions.first(where: {
            $0.sentence == mention.sentence && $0.tokens.lowerBound == k && $0.kind != .person
        }) {
            var t = body.tokens.upperBound
            if t < lower.count, lower[t] == "'s" { t += 1 }
            if let match = lexicon.titles.longestMatch(in: lower, at: t), let title = match.values.first,
                title.role != .honorific
            {
                return (body.entity!, title, title.phrase)
            }
            return nil
        }
        // Title first: "the secretary general of Nato", "an aide to the Kremlin".
        guard let match = lexicon.titles.longestMatch(in: lower, at: k), let title = match.values.first,
            title.role != .honorific
        else { return nil }
        var t = k + match.length
        guard t < lower.count, ["of", "to", "at", "for"].contains(lower[t]) else { return nil }
        t += 1
        if t < lower.count, lower[t] == "the" { t += 1 }
        guard let body = mentions.first(where: {
            $0.sentence == mention.sentence && $0.tokens.lowerBound == t && $0.kind != .person
        }) else { return nil }
        return (body.entity!, title, title.phrase)
    }

    /// Turns "the Russian leader" into a mention of the person who leads Russia here.
    private func resolveDescriptions(_ document: inout TextDocument, leaders: [String: String]) {
        let mentions = document.mentions
        for (n, mention) in mentions.enumerated() where mention.kind != .person && mention.role == .actor {
            let sentence = document.sentences[mention.sentence]
            var k = mention.tokens.upperBound
            if k < sentence.words.count, sentence.words[k] == "'s" { k += 1 }
            guard let noun = lexicon.roleNouns.longestMatch(in: sentence.lower, at: k),
                noun.values.first == .person
            else { continue }
            let after = k + noun.length
            // A name right after the title makes it a title, handled above.
            if mentions.contains(where: {
                $0.sentence == mention.sentence && $0.tokens.lowerBound == after && $0.kind == .person
            }) {
                continue
            }
            guard let entity = mention.entity, let person = leaders[entity] else { continue }
            document.mentions[n].role = .modifier
            var reference = Mention(
                sentence: mention.sentence, tokens: mention.tokens.lowerBound..<after, kind: .person,
                surface: mention.surface, key: person, known: true, role: .reference)
            reference.entity = person
            document.mentions.append(reference)
        }
        document.mentions.sort {
            ($0.sentence, $0.tokens.lowerBound, $0.role == .reference ? 1 : 0)
                < ($1.sentence, $1.tokens.lowerBound, $1.role == .reference ? 1 : 0)
        }
    }

    func evidence(_ sentence: Sentence, _ document: TextDocument, cue: String) -> Evidence {
        Evidence(
            source: document.name, sentence: document.text(sentence.range),
            start: sentence.range.lowerBound, end: sentence.range.upperBound, cue: cue)
    }
}
