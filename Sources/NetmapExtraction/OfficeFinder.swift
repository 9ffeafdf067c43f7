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
/// - A title without its state, "Prime Minister Bob Hawke", "President Reagan": the state in
///   which the dated record of offices (``OfficeRecords``) has the person at the document's
///   date, when the title agrees with the office and the document names that state.
public struct OfficeFinder: ExtractionPass {
    public var requires: Set<DocumentPart> { [.entities, .day] }
    public var adds: Set<DocumentPart> { [.offices] }
    let lexicon: Lexicon
    let records: OfficeRecords
    /// Words after a name that end its noun phrase ("leader of Nato who ...").
    let clauseWords: Set<String>
    let determiners: Set<String>
    let officePrepositions: Set<String>
    let coordinators: Set<String>


    /// Categories of the organisations table whose national bodies are part of their state.
    static let stateBodies: Set<String> = ["government", "legislature", "military", "intelligence"]

    public init(lexicon: Lexicon, records: OfficeRecords? = nil) {
        self.lexicon = lexicon
        self.records = records ?? OfficeRecords(lexicon: lexicon)
        clauseWords = lexicon.words(.clauseWord)
        determiners = lexicon.words(.determiner)
        officePrepositions = lexicon.words(.officePreposition)
        coordinators = lexicon.words(.coordinator)
    }

    public func run(_ document: inout TextDocument) {
        var leaders: [String: String] = [:]  // state or organisation id -> person id
        var leads: [String: String] = [:]  // person id -> what they lead
        var found: [(Int, Relation.Kind, String, String, String)] = []  // sentence, kind, person, body, cue
        let mentions = document.mentions
        let spans = SentenceSpans(mentions)
        var unqualified: [(sentence: Int, person: String, cue: String, national: Bool)] = []
        var qualifiers: [Mention] = []
        var qualified: [Int: String] = [:]  // titled person mention -> the body its qualifier named
        // Qualifiers and appositions.
        for (n, mention) in mentions.enumerated() where mention.kind == .person {
            guard let person = mention.entity else { continue }
            if mention.title == nil || mention.title?.role == .honorific,
                let (body, role, cue) = apposition(after: n, in: document, spans: spans, qualifiers: &qualifiers)
            {
                found.append((mention.sentence, role == .leader ? .leaderOf : .memberOf, person, body, cue))
                document.mentions[n].apposition = appositionSpan(after: mention, in: document.sentences[mention.sentence])
                continue
            }
            if mention.title == nil, let (k, kind, body, cue) = bodyBeforeName(n, in: document) {
                found.append((mention.sentence, kind, person, body, cue))
                document.mentions[k].role = .modifier
                continue
            }
            if mention.title == nil, let (k, body, cue) = partyBeforeName(n, in: document) {
                found.append((mention.sentence, .memberOf, person, body, cue))
                document.mentions[k].role = .modifier
                continue
            }
            if mention.title == nil, let (k, kind, body, cue) = envoyBeforeName(n, in: document, spans: spans) {
                found.append((mention.sentence, kind, person, body, cue))
                document.mentions[k].role = .modifier
                continue
            }
            // "Adil Abdul-Mahdi, the caretaker prime minister,": a title in apposition without its
            // state is read as one before the name.
            if mention.title == nil, let title = appositiveTitle(after: n, in: document),
                let body = records.body(of: mention.surface, title: title, at: document.day)
            {
                let isState = lexicon.states[body] != nil
                let kind: Relation.Kind = title.role == .leader ? .leaderOf : .memberOf
                let office = isState ? lexicon.officeRole(state: body, title: title.phrase) ?? kind : kind
                found.append((mention.sentence, office, person, (isState ? "state:" : "organisation:") + body, title.phrase))
                continue
            }
            guard var title = mention.title, title.role != .honorific,
                var titleStart = mention.titleTokens?.lowerBound
            else { continue }
            let sentence = document.sentences[mention.sentence]
            // "May's chairman and chief executive Gene Kahn": coordinated titles share the
            // qualifier before the first; the office heads it when one of them does.
            if titleStart >= 2, coordinators.contains(sentence.lower[titleStart - 1]), sentence.lower[titleStart - 1] != "," {
                let and = titleStart - 1
                if let (start, first) = sentence.title(endingAt: and, within: 4) {
                    if first.role == .leader { title = first }
                    titleStart = start
                }
            }
            let kind: Relation.Kind = title.role == .leader ? .leaderOf : .memberOf
            let previous = n > 0 && mentions[n - 1].sentence == mention.sentence ? mentions[n - 1] : nil
            var gap = previous?.tokens.upperBound ?? -1
            if gap >= 0, gap < sentence.words.count, sentence.words[gap] == "'s" { gap += 1 }
            guard let previous, gap == titleStart, let body = previous.entity, !previous.bySeat else {
                // "Dutch Prime Minister A and Finance Minister B": the state before the first
                // of coordinated titles qualifies each.
                if let previous, previous.kind == .person, previous.title != nil,
                    previous.tokens.upperBound + 1 == titleStart,
                    coordinators.contains(sentence.lower[previous.tokens.upperBound]),
                    let body = qualified[n - 1], body.hasPrefix("state:")
                {
                    let office = lexicon.officeRole(state: String(body.dropFirst(6)), title: title.phrase) ?? kind
                    found.append((mention.sentence, office, person, body, title.phrase))
                    qualified[n] = body
                    continue
                }
                // "Prime Minister Igor Matovič of the Slovak Republic": the body after the name.
                if let (k, body) = bodyAfterName(n, in: document) {
                    found.append((mention.sentence, kind, person, body, title.phrase))
                    document.mentions[k].role = .modifier
                    continue
                }
                // A title without its state ("Prime Minister Bob Hawke"): the dated record of
                // offices says which, when it agrees with the title at the document's date.
                if let body = records.body(of: mention.surface, title: title, at: document.day) {
                    let isState = lexicon.states[body] != nil
                    let office = isState ? lexicon.officeRole(state: body, title: title.phrase) ?? kind : kind
                    found.append((mention.sentence, office, person, (isState ? "state:" : "organisation:") + body, title.phrase))
                    continue
                }
                if kind == .memberOf, title.scope != .organisation {
                    // Only offices of states alone go to the home state below ("vice president"
                    // may be a company's; a general or a prince is often a visitor).
                    let national = title.scope == .state && !title.needsFullName
                    unqualified.append((mention.sentence, person, title.phrase, national))
                }
                continue
            }
            // "Labour Minister X", "Economy and Labour Minister Y": a party before a minister's
            // title names a portfolio, not the party.
            if previous.kind == .organisation, lexicon.organisations[previous.key]?.category == "party",
                title.phrase.contains("minister")
            {
                continue
            }
            // Offices whose weight differs by state: a UK chancellor holds the finances. A title
            // that heads organisations only ("Spain's director general for Europe") serves a state.
            let inState = title.scope == .organisation ? Relation.Kind.memberOf : kind
            let office = previous.kind == .state ? lexicon.officeRole(state: previous.key, title: title.phrase) ?? inState : kind
            // "Putin's aide Yuri Ushakov" is resolved below, once leaders are known.
            found.append((mention.sentence, office, person, previous.kind == .person ? "@" + body : body, title.phrase))
            if previous.kind != .person { qualified[n] = body }
            // An office in a national government body ("U.S. Treasury Secretary") serves its state.
            if previous.kind == .organisation, let organisation = lexicon.organisations[previous.key],
                let state = organisation.state, Self.stateBodies.contains(organisation.category)
            {
                found.append((mention.sentence, .memberOf, person, "state:" + lexicon.state(state, at: document.day), title.phrase))
            }
            document.mentions[n - 1].role = .modifier
        }
        // An apposition's qualifier describes its person; it is not an actor of the sentence.
        for qualifier in qualifiers {
            if let k = spans[qualifier.sentence].first(where: { document.mentions[$0].tokens == qualifier.tokens }) {
                document.mentions[k].role = .modifier
            }
        }
        for (_, kind, person, body, _) in found where kind == .leaderOf && !body.hasPrefix("@") {
            if leaders[body] == nil || body.hasPrefix("state:") { leaders[body] = leaders[body] ?? person }
            if leads[person] == nil || body.hasPrefix("state:") { leads[person] = leads[person] ?? body }
        }
        // "Joining Putin were Foreign Minister Sergei Lavrov ...": an official named without a
        // state serves the one leader named beside them. Otherwise a national office named
        // without its state ("Finance Minister Beshir Omer") is held in the state the document
        // is about, unless the document gives the person another office. Heads of state and
        // government, royals and soldiers are often visitors, and are left alone.
        let home = Self.homeState(of: document)
        var officed = Set(found.map(\.2))
        for item in unqualified {
            let others = Set(mentions[spans[item.sentence]].filter { $0.kind == .person }
                .compactMap(\.entity)).subtracting([item.person])
            let states = Set(others.compactMap { leads[$0] }.filter { $0.hasPrefix("state:") })
            if states.count == 1 {
                found.append((item.sentence, .memberOf, item.person, states.first!, item.cue))
                officed.insert(item.person)
            } else if let home, item.national, !officed.contains(item.person) {
                let office = lexicon.officeRole(state: String(home.dropFirst(6)), title: item.cue) ?? .memberOf
                found.append((item.sentence, office, item.person, home, item.cue))
                officed.insert(item.person)
            }
        }
        // "Trump's special envoy": what the leader leads here, or else the state the dated record
        // of offices has them at the head of.
        var names: [String: String] = [:]
        for mention in mentions where mention.kind == .person && mention.role == .actor {
            if let entity = mention.entity, mention.surface.count > (names[entity]?.count ?? 0) { names[entity] = mention.surface }
        }
        let leaderTitle = lexicon.titles.longestMatch(in: ["leader"], at: 0)?.values.first
        for (index, kind, person, body, cue) in found {
            var target = body
            if body.hasPrefix("@") {
                let leader = String(body.dropFirst())
                if let led = leads[leader] {
                    target = led
                } else if let name = names[leader], let leaderTitle,
                    let state = records.body(of: name, title: leaderTitle, at: document.day), lexicon.states[state] != nil
                {
                    target = "state:" + state
                } else {
                    continue
                }
            }
            guard person != target else { continue }
            let sentence = document.sentences[index]
            document.relations.append(
                Relation(
                    kind: kind, source: person, target: target, status: .occurred,
                    evidence: [document.evidence(sentence, cue: cue)]))
        }
        document.leaders = leaders
    }

    /// The state a document is about: the one its mentions (names, places, demonyms) name at
    /// least three times and at least twice as often as any other state; nil when none does.
    static func homeState(of document: TextDocument) -> String? {
        var counts: [String: Int] = [:]
        for mention in document.mentions where mention.kind == .state && mention.role != .reference {
            if let entity = mention.entity { counts[entity, default: 0] += 1 }
        }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let first = ranked.first, first.value >= 3 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > first.value { return nil }
        return first.key
    }

    /// "President of France Emmanuel Macron" (a title, "of", the body, the name) and "Republican
    /// Kevin McCarthy" (a party right before a name): the index of the body's mention, the
    /// relation, the body and the cue.
    private func bodyBeforeName(_ n: Int, in document: TextDocument) -> (Int, Relation.Kind, String, String)? {
        let mentions = document.mentions
        let mention = mentions[n]
        guard n > 0, mentions[n - 1].sentence == mention.sentence, mentions[n - 1].kind != .person,
            mentions[n - 1].tokens.upperBound == mention.tokens.lowerBound, let body = mentions[n - 1].entity
        else { return nil }
        let previous = mentions[n - 1]
        let sentence = document.sentences[mention.sentence]
        var of = previous.tokens.lowerBound - 1
        if of >= 0, sentence.lower[of] == "the" { of -= 1 }
        if of >= 1, sentence.lower[of] == "of" {
            if let (_, title) = sentence.title(endingAt: of, within: 5) {
                return (n - 1, title.role == .leader ? .leaderOf : .memberOf, body, title.phrase)
            }
        }
        if previous.kind == .organisation, lexicon.organisations[previous.key]?.category == "party",
            previous.tokens.count == 1
        {
            return (n - 1, .memberOf, body, previous.surface)
        }
        return nil
    }

    /// "Labour's Paul Flynn": a party's possessive right before a name (a party named so before a
    /// title is read with the title).
    private func partyBeforeName(_ n: Int, in document: TextDocument) -> (Int, String, String)? {
        let mentions = document.mentions
        let mention = mentions[n]
        let lower = document.sentences[mention.sentence].lower
        guard n > 0, mentions[n - 1].sentence == mention.sentence, mentions[n - 1].kind == .organisation,
            mentions[n - 1].tokens.upperBound + 1 == mention.tokens.lowerBound, lower[mentions[n - 1].tokens.upperBound] == "'s",
            lexicon.organisations[mentions[n - 1].key]?.category == "party", let body = mentions[n - 1].entity
        else { return nil }
        return (n - 1, body, mentions[n - 1].surface)
    }

    /// "Turkish Ambassador to Athens Nazmi Akiman", "Egyptian ambassador in Moscow X": a
    /// qualifier, a title and the place the office is held in, right before a name. The place
    /// (up to three capitalised words after an office preposition) is not what the office
    /// belongs to; the qualifier is.
    private func envoyBeforeName(_ n: Int, in document: TextDocument, spans: SentenceSpans) -> (Int, Relation.Kind, String, String)? {
        let mention = document.mentions[n]
        let sentence = document.sentences[mention.sentence]
        let lower = sentence.lower
        var k = mention.tokens.lowerBound - 1
        var placeWords = 0
        while k >= 0, placeWords < 3, sentence.tokens[k].isCapitalized, !officePrepositions.contains(lower[k]) {
            k -= 1
            placeWords += 1
        }
        guard placeWords > 0, k >= 1, lower[k] == "to" || lower[k] == "in" else { return nil }
        let preposition = k
        guard let (start, title) = sentence.title(endingAt: preposition, within: 4, where: { $0.scope != .organisation }) else {
            return nil
        }
        var end = start
        if end > 0, lower[end - 1] == "'s" { end -= 1 }
        guard let q = spans[mention.sentence].first(where: {
            document.mentions[$0].tokens.upperBound == end && document.mentions[$0].kind == .state
        }), let body = document.mentions[q].entity
        else { return nil }
        return (q, .memberOf, body, title.phrase)
    }

    /// The tokens of the apposition after a name: from its comma to the comma that closes it
    /// (at most 14 tokens on), or to the sentence's closing punctuation.
    private func appositionSpan(after mention: Mention, in sentence: Sentence) -> Range<Int>? {
        let start = mention.tokens.upperBound
        var k = start + 1
        while k < sentence.words.count, k <= start + 14 {
            if sentence.words[k] == "," { return start..<(k + 1) }
            k += 1
        }
        guard k == sentence.words.count, k > start + 1, sentence.tokens[k - 1].kind == .punctuation else { return nil }
        return start..<(k - 1)
    }

    /// The title of an apposition that names no body ("P, the caretaker prime minister,"):
    /// a determiner, title modifiers, the title, then a comma, a full stop or the end.
    private func appositiveTitle(after n: Int, in document: TextDocument) -> Lexicon.Title? {
        let mention = document.mentions[n]
        let sentence = document.sentences[mention.sentence]
        let lower = sentence.lower
        var k = mention.tokens.upperBound
        guard k < lower.count, lower[k] == "," else { return nil }
        k += 1
        if k < lower.count, determiners.contains(lower[k]) { k += 1 }
        while let modifier = lexicon.titleModifiers.longestMatch(in: lower, at: k) {
            // "a former prime minister" holds no office now (GUIDELINES.md rule 6).
            guard modifier.values.allSatisfy({ $0 }) else { return nil }
            k += modifier.length
        }
        guard let match = sentence.titleMatch(k) ?? lexicon.titles.longestMatch(in: lower, at: k), let title = match.values.first,
            title.role != .honorific
        else { return nil }
        let end = k + match.length
        guard end == lower.count || [",", ".", ";"].contains(lower[end]) else { return nil }
        return title
    }

    /// The state or organisation named right after a titled name by "of" ("Prime Minister Igor
    /// Matovič of the Slovak Republic"): its mention's index and its entity.
    private func bodyAfterName(_ n: Int, in document: TextDocument) -> (Int, String)? {
        let mention = document.mentions[n]
        let lower = document.sentences[mention.sentence].lower
        var k = mention.tokens.upperBound
        guard k < lower.count, lower[k] == "of" else { return nil }
        k += 1
        if k < lower.count, lower[k] == "the" { k += 1 }
        guard n + 1 < document.mentions.count, document.mentions[n + 1].sentence == mention.sentence,
            document.mentions[n + 1].tokens.lowerBound == k, document.mentions[n + 1].kind != .person,
            !document.mentions[n + 1].bySeat, let body = document.mentions[n + 1].entity
        else { return nil }
        return (n + 1, body)
    }

    /// "P, the Russian foreign minister", "P, Nato's secretary general", "P, Trump's special
    /// envoy", "P, the Russian leader's adviser", "P, head of Russia's wealth fund",
    /// "P, an aide to the Kremlin": what the office belongs to, the role, and the title.
    /// A person as the body comes back as "@" + id: the office belongs to what they lead.
    private func apposition(
        after n: Int, in document: TextDocument, spans: SentenceSpans, qualifiers: inout [Mention]
    ) -> (String, Lexicon.Title.Role, String)? {
        let mention = document.mentions[n]
        // The mentions of this sentence.
        let mentions = document.mentions[spans[mention.sentence]]
        let sentence = document.sentences[mention.sentence]
        let lower = sentence.lower
        func body(at k: Int) -> Mention? {
            mentions.first { $0.tokens.lowerBound == k && $0.entity != nil }
        }
        func title(at k: Int) -> (Lexicon.Title, Int)? {
            guard let match = sentence.titleMatch(k) ?? lexicon.titles.longestMatch(in: lower, at: k), let title = match.values.first,
                title.role != .honorific
            else { return nil }
            return (title, k + match.length)
        }
        var k = mention.tokens.upperBound
        guard k < lower.count, lower[k] == "," else { return nil }
        k += 1
        if k < lower.count, determiners.contains(lower[k]) { k += 1 }
        // Qualifier first: "the Russian foreign minister", "Trump's special envoy".
        if let qualifier = body(at: k), qualifier.entity != mention.entity {
            var t = qualifier.tokens.upperBound
            if t < lower.count, lower[t] == "'s" { t += 1 }
            guard var (office, end) = title(at: t) else { return nil }
            // "the Russian leader's foreign policy adviser": the last title is the office.
            if end < lower.count, lower[end] == "'s", let (second, after) = title(at: end + 1) {
                office = second
                end = after
            }
            // "Labour's head of elections strategy": heading a part of the body is serving it.
            if end + 1 < lower.count, lower[end] == "of", !mentions.contains(where: {
                $0.tokens.lowerBound >= end + 1 && $0.tokens.lowerBound <= end + 2
            }) {
                office.role = .member
            }
            // A name after the title starts another person: "Trump, Russian President Putin".
            if mentions.contains(where: { $0.kind == .person && $0.tokens.lowerBound == end }) {
                return nil
            }
            let id = qualifier.entity!
            qualifiers.append(qualifier)
            // A title that heads organisations only ("Spain's director general") serves a state.
            if qualifier.kind == .state, office.scope == .organisation { office.role = .member }
            return (qualifier.kind == .person ? "@" + id : id, office.role, office.phrase)
        }
        // "P, from Human Rights Watch,": someone speaking from an organisation serves it.
        if k + 1 < lower.count, lower[k] == "from", let qualifier = body(at: k + 1), qualifier.kind == .organisation {
            let after = qualifier.tokens.upperBound
            guard after == lower.count || [",", ".", ";"].contains(lower[after]) else { return nil }
            qualifiers.append(qualifier)
            return (qualifier.entity!, .member, "from")
        }
        // Title first: "the secretary general of Nato", "an aide to the Kremlin".
        guard var (office, end) = title(at: k) else { return nil }
        // "chairman and president of USAir": coordinated titles share their body; the office
        // heads it when one of them does.
        if end + 1 < lower.count, coordinators.contains(lower[end]), let (second, after) = title(at: end + 1) {
            if second.role == .leader { office = second }
            end = after
        }
        var t = end
        guard t < lower.count, officePrepositions.contains(lower[t]) else { return nil }
        t += 1
        if t < lower.count, lower[t] == "the" { t += 1 }
        guard let qualifier = body(at: t), qualifier.kind != .person else { return nil }
        // "head of Russia's sovereign wealth fund", "chairman of the Commons accounts
        // committee": heading a part of a body is serving it.
        let after = qualifier.tokens.upperBound
        let continues = after < lower.count
            && (lower[after] == "'s" || (sentence.tokens[after].kind == .word && !sentence.tokens[after].isCapitalized
                && !clauseWords.contains(lower[after])))
        let role: Lexicon.Title.Role = continues ? .member : office.role
        qualifiers.append(qualifier)
        return (qualifier.entity!, role, office.phrase)
    }
}

extension Sentence {
    /// The first title (not an honorific, and one `accepts`) that starts at most `within` tokens
    /// before the token `end` and ends right before it: its start and the title.
    func title(
        endingAt end: Int, within: Int, where accepts: (Lexicon.Title) -> Bool = { _ in true }
    ) -> (start: Int, title: Lexicon.Title)? {
        for start in max(0, end - within)..<max(0, end) {
            guard let match = titleMatch(start), start + match.length == end, let title = match.values.first,
                title.role != .honorific, accepts(title)
            else { continue }
            return (start, title)
        }
        return nil
    }
}

/// Where each sentence's mentions stand in the document's list (sorted by sentence), so that a
/// pass looks only at its sentence and stays linear in the document's length.
struct SentenceSpans {
    private var spans: [Int: Range<Int>] = [:]

    init(_ mentions: [Mention]) {
        for (index, mention) in mentions.enumerated() {
            spans[mention.sentence] = (spans[mention.sentence]?.lowerBound ?? index)..<(index + 1)
        }
    }

    subscript(sentence: Int) -> Range<Int> { spans[sentence] ?? 0..<0 }
}
