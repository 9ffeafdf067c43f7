import NetmapGraph
public import NetmapLexicon

/// The one place where a mention is resolved to an entity other than by its own name (a name
/// and its shorter forms are ``AliasResolver``'s; joining documents is ``CorpusResolver``'s):
///
/// - a description, "the Russian leader", "the US president's", stands for the person who
///   leads that state in the document (``TextDocument/leaders``), or else for the person the
///   dated record of offices (``OfficeRecords``) has at its head at the document's date (an
///   undated one: now), when the document names them; a leader's title in it ("president",
///   "leader") also states that the person leads the state (`leader_of`);
/// - "the two countries", "both companies" (a pair word and a plural noun of a kind) stand
///   for the last two entities of that kind the text joined with "and", in this sentence or
///   the three before;
/// - "the" and a title alone ("the prime minister", "the Treasury Secretary") stands for the
///   person last named with that title before it;
/// - "he" and "she" right after a reporting verb stand for its subject, named just before
///   ("Camdessus said he would"); otherwise for the sentence's first person, or the previous
///   sentence's; "his" and "her" for the nearest person before them; a name that begins with
///   such a word ("He Lifeng") is no pronoun;
/// - "the country" and "the nation" stand for the state the previous sentences last named;
/// - "it" right after a reporting verb ("Absa has said it is in talks", "Iran says that it
///   will") stands for the state or organisation that is the verb's subject, named just
///   before it.
///
/// Each resolution is a mention with the role ``Mention/Role/reference`` and the entity it
/// stands for; pronouns and state nouns are marked ``Mention/isAnaphor``.
///
///     "Tony Blair flew in. He met George Bush."  // "He" → Tony Blair
public struct Coreference: ExtractionPass {
    public var requires: Set<DocumentPart> { [.entities, .day, .offices] }
    public var adds: Set<DocumentPart> { [.coreference] }
    let lexicon: Lexicon
    let records: OfficeRecords
    let possessives: Set<String>
    let reportingVerbs: Set<String>
    let indefinites: Set<String>
    let pluralNouns: [String: Entity.Kind]
    /// The classes read at every token, as bits (``Sentence/wordClasses``).
    let pronoun = Lexicon.WordClasses(.pronoun), bodyPronoun = Lexicon.WordClasses(.bodyPronoun)
    let pairWord = Lexicon.WordClasses(.pairWord), stateNoun = Lexicon.WordClasses(.stateNoun)

    public init(lexicon: Lexicon, records: OfficeRecords? = nil) {
        self.lexicon = lexicon
        self.records = records ?? OfficeRecords(lexicon: lexicon)
        possessives = lexicon.words(.possessive)
        reportingVerbs = lexicon.words(.reportingVerb)
        indefinites = lexicon.words(.indefinite)
        var plurals: [String: Entity.Kind] = [:]
        for (wordClass, kind) in [(Lexicon.WordClass.statesNoun, Entity.Kind.state), (.organisationsNoun, .organisation), (.peopleNoun, .person)] {
            for word in lexicon.words(wordClass) { plurals[word] = kind }
        }
        pluralNouns = plurals
    }

    public func run(_ document: inout TextDocument) {
        document.classifyWords(lexicon)
        resolveDescriptions(&document)
        resolveTitles(&document)
        resolvePairs(&document)
        resolveAnaphors(&document)
    }

    /// Turns "the two countries" and "both companies" into a mention of the two entities of
    /// that kind last joined by "and".
    private func resolvePairs(_ document: inout TextDocument) {
        let mentions = document.mentions
        let spans = SentenceSpans(mentions)
        var found: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() {
            let lower = sentence.lower
            for k in lower.indices.dropLast() where sentence.wordClasses[k].contains(pairWord) {
                guard let kind = pluralNouns[lower[k + 1]] else { continue }
                // "both" alone, or "the two".
                let start = lower[k] == "both" ? k : k - 1
                guard start >= 0, lower[k] == "both" || lower[start] == "the" else { continue }
                guard let pair = lastPair(of: kind, before: (index, start), mentions, spans, document.sentences) else { continue }
                var reference = Mention(
                    sentence: index, tokens: start..<(k + 2), kind: kind, surface: sentence.words[start..<(k + 2)].joined(separator: " "),
                    key: pair[0], known: true, role: .reference)
                reference.entity = pair[0]
                reference.members = pair
                reference.isAnaphor = true
                found.append(reference)
            }
        }
        guard !found.isEmpty else { return }
        Self.insert(found, into: &document)
    }

    /// The last two entities of `kind` written "A and B" (a title may stand before B) before
    /// the token `at`, in its sentence or the three before.
    private func lastPair(
        of kind: Entity.Kind, before at: (sentence: Int, token: Int), _ all: [Mention], _ spans: SentenceSpans, _ sentences: [Sentence]
    ) -> [String]? {
        for index in stride(from: at.sentence, through: max(0, at.sentence - 3), by: -1) {
            let mentions = all[spans[index]].filter {
                $0.kind == kind && $0.role == .actor && $0.entity != nil && (index < at.sentence || $0.tokens.upperBound <= at.token)
            }
            guard mentions.count >= 2 else { continue }
            for (a, b) in zip(mentions.dropLast(), mentions.dropFirst()).reversed() {
                let gap = (b.titleTokens?.lowerBound ?? b.tokens.lowerBound) - a.tokens.upperBound
                guard gap == 1, a.entity != b.entity else { continue }
                if sentences[index].lower[a.tokens.upperBound] == "and" { return [a.entity!, b.entity!] }
            }
        }
        return nil
    }

    /// Turns "the prime minister" into a mention of the person last named with that title.
    private func resolveTitles(_ document: inout TextDocument) {
        var holders: [String: String] = [:]  // title phrase → the person last named with it
        var found: [Mention] = []
        let spans = SentenceSpans(document.mentions)
        for (index, sentence) in document.sentences.enumerated() {
            let mentions = document.mentions[spans[index]]
            let taken = mentions.flatMap { [$0.tokens, $0.titleTokens ?? 0..<0] }
            for k in sentence.lower.indices.dropLast() where sentence.lower[k] == "the" {
                guard let match = sentence.titleMatch(k + 1), let title = match.values.first, title.role != .honorific,
                    let person = holders[title.phrase]
                else { continue }
                let end = k + 1 + match.length
                // A name right after makes it a title; a word of the title's phrase after it
                // ("the prime minister's office" is fine, "the president elect" is not a match).
                guard !taken.contains(where: { $0.overlaps(k..<end) || $0.lowerBound == end }) else { continue }
                if end < sentence.words.count, sentence.tokens[end].isCapitalized { continue }
                var reference = Mention(
                    sentence: index, tokens: k..<end, kind: .person, surface: sentence.words[k..<end].joined(separator: " "),
                    key: person, known: true, role: .reference)
                reference.entity = person
                found.append(reference)
            }
            for mention in mentions where mention.kind == .person && mention.role != .reference {
                if let title = mention.title, title.role != .honorific, let person = mention.entity { holders[title.phrase] = person }
            }
        }
        guard !found.isEmpty else { return }
        Self.insert(found, into: &document)
    }

    /// Turns "the Russian leader" into a mention of the person who leads Russia here.
    private func resolveDescriptions(_ document: inout TextDocument) {
        let leaders = document.leaders
        let mentions = document.mentions
        // The people the document names, by the key of each name they are named by.
        var named: [String: String] = [:]
        for mention in mentions where mention.kind == .person && mention.role == .actor {
            if let entity = mention.entity { named[NameKey.make(mention.surface)] = entity }
        }
        let spans = SentenceSpans(mentions)
        var found: [Mention] = []
        for (n, mention) in mentions.enumerated() where mention.kind != .person && mention.role == .actor {
            let sentence = document.sentences[mention.sentence]
            var k = mention.tokens.upperBound
            if k < sentence.words.count, sentence.words[k] == "'s" { k += 1 }
            guard let noun = lexicon.roleNouns.longestMatch(in: sentence.lower, at: k),
                noun.values.first == .person
            else { continue }
            let after = k + noun.length
            // A name right after the title makes it a title, handled above.
            if mentions[spans[mention.sentence]].contains(where: { $0.tokens.lowerBound == after && $0.kind == .person }) {
                continue
            }
            // "an American and Russian president" is no one in particular.
            let here = mentions[spans[mention.sentence]]
            var start = mention.tokens.lowerBound - 1
            while start >= 0, sentence.lower[start] == "and" || sentence.lower[start] == ","
                || here.contains(where: { $0.kind != .person && $0.tokens.contains(start) })
            {
                start -= 1
            }
            if start >= 0, indefinites.contains(sentence.lower[start]) { continue }
            guard let entity = mention.entity else { continue }
            let title = lexicon.titles.longestMatch(in: sentence.lower, at: k)?.values.first { $0.role == .leader }
            guard let person = leaders[entity] ?? recordedHead(of: entity, title: title, in: document, named: named) else { continue }
            document.mentions[n].role = .modifier
            // "The Russian president has rejected ...": the description states the office too.
            if let title, entity.hasPrefix("state:") {
                let evidence = document.evidence(sentence, cue: title.phrase)
                document.relations.append(Relation(kind: .leaderOf, source: person, target: entity, status: .occurred, evidence: [evidence]))
            }
            var reference = Mention(
                sentence: mention.sentence, tokens: mention.tokens.lowerBound..<after, kind: .person,
                surface: mention.surface, key: person, known: true, role: .reference)
            reference.entity = person
            found.append(reference)
        }
        Self.insert(found, into: &document)
    }


    /// The person the record of offices has at the head of the state `entity` at the document's
    /// date, under a title that agrees with `title`, when the document names exactly one such.
    private func recordedHead(of entity: String, title: Lexicon.Title?, in document: TextDocument, named: [String: String]) -> String? {
        guard let title, entity.hasPrefix("state:") else { return nil }
        // A head named by full name, another name of the record's, or surname ("Putin"); an
        // undated document is read as of now.
        let people = Set(records.heads(of: String(entity.dropFirst(6)), title: title, at: document.day).compactMap { names in
            (names + names.compactMap { $0.split(separator: " ").last.map(String.init) }).lazy.compactMap { named[NameKey.make($0)] }.first
        })
        return people.count == 1 ? people.first : nil
    }

    /// Pronouns and "the country", sentence by sentence, with what the sentences before named.
    private func resolveAnaphors(_ document: inout TextDocument) {
        let all = document.mentions
        let spans = SentenceSpans(all)
        var lastPerson: String? = nil
        var lastState: String? = nil
        var found: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() {
            let mentions = all[spans[index]]
            let lower = sentence.lower
            let firstPerson = mentions.first { $0.kind == .person && $0.role != .modifier }
            let named = mentions.filter { $0.entity != nil && ($0.role == .actor || $0.role == .reference) }.map(\.tokens)
            let classes = sentence.wordClasses
            for (k, word) in lower.enumerated() where classes[k].contains(pronoun) && !named.contains(where: { $0.contains(k) }) {
                // "he" is most often the sentence's subject; "his" the nearest person before it.
                let nearest = mentions.last { $0.kind == .person && $0.role != .modifier && $0.tokens.upperBound <= k }
                let antecedent: String?
                if possessives.contains(word), let nearest {
                    antecedent = nearest.entity
                } else if let speaker = speaker(before: k, in: sentence, mentions: mentions, kind: .person) {
                    // "Camdessus said he would ask ...": the one who says it.
                    antecedent = speaker.entity
                } else if let first = firstPerson, first.tokens.upperBound <= k {
                    antecedent = first.entity
                } else {
                    antecedent = lastPerson
                }
                if let antecedent { found.append(anaphor(index, k..<(k + 1), .person, antecedent, sentence)) }
            }
            for k in lower.indices where classes[k].contains(bodyPronoun) {
                if let speaker = speaker(before: k, in: sentence, mentions: mentions, kind: nil) {
                    found.append(anaphor(index, k..<(k + 1), speaker.kind, speaker.entity!, sentence))
                }
            }
            if let state = lastState {
                for k in lower.indices.dropLast() where lower[k] == "the"
                    && classes[k + 1].contains(stateNoun)
                {
                    found.append(anaphor(index, k..<(k + 2), .state, state, sentence))
                }
            }
            if let state = mentions.last(where: { $0.kind == .state && $0.role == .actor })?.entity { lastState = state }
            if let first = mentions.first(where: { $0.kind == .person && ($0.role == .actor || $0.role == .reference) }) {
                lastPerson = first.entity
            }
        }
        guard !found.isEmpty else { return }
        Self.insert(found, into: &document)
    }

    /// The state or organisation that says something of itself: "it" at `k` right after a
    /// reporting verb (and "that"), the verb's subject named at most three lower-case words
    /// before it ("Absa has said it", "Iran also says that it").
    /// `kind` .person: a person's "he" or "she" ("Camdessus said he would"); nil: a state's or
    /// organisation's "it".
    private func speaker(before k: Int, in sentence: Sentence, mentions: ArraySlice<Mention>, kind: Entity.Kind?) -> Mention? {
        var verb = k - 1
        if verb >= 0, sentence.lower[verb] == "that" { verb -= 1 }
        guard verb >= 1, reportingVerbs.contains(sentence.lower[verb]) else { return nil }
        guard let subject = mentions.last(where: { $0.tokens.upperBound <= verb && $0.entity != nil && $0.role == .actor }),
            kind == .person ? subject.kind == .person : subject.kind != .person, verb - subject.tokens.upperBound <= 3,
            sentence.tokens[subject.tokens.upperBound..<verb].allSatisfy({ $0.kind == .word && !$0.isCapitalized })
        else { return nil }
        return subject
    }

    /// Adds references to the document's mentions, kept in order of sentence and token, a
    /// reference after the name it covers.
    private static func insert(_ found: [Mention], into document: inout TextDocument) {
        document.mentions.append(contentsOf: found)
        document.mentions.sort {
            ($0.sentence, $0.tokens.lowerBound, $0.role == .reference ? 1 : 0)
                < ($1.sentence, $1.tokens.lowerBound, $1.role == .reference ? 1 : 0)
        }
    }

    private func anaphor(_ sentence: Int, _ tokens: Range<Int>, _ kind: Entity.Kind, _ entity: String, _ s: Sentence) -> Mention {
        var mention = Mention(
            sentence: sentence, tokens: tokens, kind: kind, surface: s.words[tokens].joined(separator: " "), key: entity,
            known: true, role: .reference)
        mention.entity = entity
        mention.isAnaphor = true
        return mention
    }
}
