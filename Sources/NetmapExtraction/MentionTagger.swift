import NetmapGraph
public import NetmapLexicon

/// Finds the mentions of states, organisations and people in each sentence.
///
/// In order of precedence at each token: an organisation named by its form ("Russian Direct
/// Investment Fund": a capitalised run ending in Fund, Council, Ministry ...), a name from the
/// tables (states with their aliases, seats and demonyms, organisations, known people), a title
/// or honorific before a name ("Foreign Minister Sergei Lavrov", "Mr Trump"), a given name
/// before a capitalised word ("Keir Starmer"), and a capitalised name before a reporting verb
/// ("Carla Connor said"). A second sweep finds surnames of people named in full elsewhere in
/// the document.
public struct MentionTagger: ExtractionPass {
    public var requires: Set<DocumentPart> { [.sentences, .casing] }
    public var adds: Set<DocumentPart> { [.mentions] }
    let lexicon: Lexicon
    /// Capitalised words that never start or continue a name.
    let stopWords: Set<String>
    let organisationHeads: Set<String>
    /// Verbs after a capitalised name that make it a person ("Carla Connor said").
    let reportingVerbs: Set<String>
    /// Words before a seat that make it a place rather than an actor ("talks in Moscow").
    let locatives: Set<String>
    let nameJoiners: Set<String>
    let headComplements: Set<String>
    let placePrepositions: Set<String>
    let coordinators: Set<String>
    /// Words before a state's name that make it a region ("North America").
    let regionPrefixes: Set<String>





    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        stopWords = lexicon.words(.notAName)
        organisationHeads = lexicon.organisationHeads
        reportingVerbs = lexicon.words(.reportingVerb)
        locatives = lexicon.words(.locative)
        nameJoiners = lexicon.words(.nameJoiner)
        headComplements = lexicon.words(.headComplement)
        placePrepositions = lexicon.words(.placePreposition)
        coordinators = lexicon.words(.coordinator)
        regionPrefixes = lexicon.words(.regionPrefix)
    }

    public func run(_ document: inout TextDocument) {
        for index in document.sentences.indices {
            let sentence = document.sentences[index]
            document.sentences[index].nameMatches = sentence.words.indices.map {
                lexicon.names.longestMatch(in: sentence.words, at: $0)
            }
            let withNames = document.sentences[index]
            let titles = sentence.lower.indices.map { lexicon.titles.longestMatch(in: sentence.lower, at: $0) }
            document.sentences[index].titleMatches = sentence.lower.indices.map {
                modifiedTitle(sentence.lower, at: $0) ?? titles[$0] ?? portfolioTitle(withNames, titles: titles, at: $0)
            }
            let withTitles = document.sentences[index]
            document.sentences[index].nameWords = sentence.words.indices.map { readsAsNameWord(withTitles, $0) }
        }
        var mentions: [Mention] = []
        for index in document.sentences.indices {
            mentions.append(contentsOf: tag(document.sentences[index], index: index))
        }
        mentions.append(contentsOf: surnames(document, after: mentions))
        mentions.append(contentsOf: acronyms(document, after: mentions))
        mentions.sort { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
        document.mentions = mentions
    }

    /// A title after a modifier, as one title: "caretaker Prime Minister" holds the office,
    /// "former Prime Minister" names the person with no office (an honorific).
    private func modifiedTitle(_ lower: [String], at k: Int) -> (length: Int, values: [Lexicon.Title])? {
        guard let modifier = lexicon.titleModifiers.longestMatch(in: lower, at: k),
            let title = lexicon.titles.longestMatch(in: lower, at: k + modifier.length)
        else { return nil }
        let keeps = modifier.values.first ?? true
        let values = keeps ? title.values : title.values.map { var t = $0; t.role = .honorific; return t }
        return (modifier.length + title.length, values)
    }

    /// A title with its subject before it: "oil minister", "Corporate Affairs Minister",
    /// "labour affairs correspondent" (up to three words that are not names, titles or stop
    /// words, before a title of the portfolio-titles table).
    private func portfolioTitle(
        _ sentence: Sentence, titles: [(length: Int, values: [Lexicon.Title])?], at k: Int
    ) -> (length: Int, values: [Lexicon.Title])? {
        // Most words have no title within three words after them: look for one first.
        guard let j = (1...3).first(where: { k + $0 < titles.count && titles[k + $0] != nil }),
            let title = titles[k + j]
        else { return nil }
        let lower = sentence.lower
        guard lexicon.portfolioTitles.contains(lower[(k + j)..<(k + j + title.length)].joined(separator: " ")) else {
            return nil
        }
        for word in k..<(k + j) {
            guard sentence.tokens[word].kind == .word, sentence.words[word].first?.isLetter == true,
                sentence.nameMatch(word) == nil, titles[word] == nil,
                !stopWords.contains(sentence.words[word]), !stopWords.contains(Truecaser.capitalised(lower[word])),
                lexicon.titleModifiers.longestMatch(in: lower, at: word) == nil
            else { return nil }
        }
        return (j + title.length, title.values)
    }

    // MARK: - First sweep

    private func tag(_ sentence: Sentence, index: Int) -> [Mention] {
        var found: [Mention] = []
        let words = sentence.words
        var i = 0
        while i < words.count {
            // Every finder below starts from a capitalised word, a table name, a title or a
            // name word; most tokens are none of these and are passed over at once.
            if !sentence.nameWords[i], sentence.nameMatch(i) == nil, sentence.titleMatch(i) == nil,
                !isCapitalizedWord(sentence, i)
            {
                i += 1
                continue
            }
            if let m = organisationByForm(sentence, at: i, index: index) {
                found.append(m)
                i = m.tokens.upperBound
            } else if let m = tableName(sentence, at: i, index: index) {
                found.append(m)
                i = m.tokens.upperBound
            } else if let m = organisationByNoun(sentence, at: i, index: index) {
                found.append(m)
                i = m.tokens.upperBound
            } else if let m = titledPerson(sentence, at: i, index: index) {
                found.append(m)
                i = m.tokens.upperBound
            } else if let m = namedPerson(sentence, at: i, index: index) {
                found.append(m)
                i = m.tokens.upperBound
            } else {
                // A title without a name is passed over whole ("Chief Executive of ...").
                i += sentence.titleMatch(i)?.length ?? 1
            }
        }
        return found
    }

    private func surface(_ sentence: Sentence, _ range: Range<Int>) -> String {
        var out = ""
        for k in range {
            if k > range.lowerBound, sentence.tokens[k].start > sentence.tokens[k - 1].end {
                out += " "
            }
            out += sentence.tokens[k].text
        }
        return out
    }

    private func isCapitalizedWord(_ sentence: Sentence, _ k: Int) -> Bool {
        let token = sentence.tokens[k]
        return token.kind == .word && token.isCapitalized
    }

    /// A capitalised run ending in an organisation head word.
    private func organisationByForm(_ sentence: Sentence, at i: Int, index: Int) -> Mention? {
        let words = sentence.words
        // A run does not start with a title ("Chief Executive of Hereford NHS Trust").
        guard isCapitalizedWord(sentence, i), !stopWords.contains(words[i]), sentence.titleMatch(i) == nil else {
            return nil
        }
        var k = i
        var lastHead: Int? = nil
        while k < words.count {
            if isCapitalizedWord(sentence, k) {
                if organisationHeads.contains(words[k]) { lastHead = k }
                k += 1
            } else if nameJoiners.contains(words[k]), k > i,
                k + 1 < words.count, isCapitalizedWord(sentence, k + 1),
                // Two names joined: "the Electoral Commission and National Union", "ICM for BBC News".
                !(words[k] == "and" && lastHead == k - 1),
                words[k] == "of" || words[k] == "on" || sentence.nameMatch(k + 1) == nil
            {
                k += 1
            } else {
                break
            }
        }
        guard let head = lastHead, head > i else { return nil }
        // "National Union of Teachers", "Ministry of Defence", "Coalition on Acid Rain": the
        // head's "of", "on" or "for" part belongs.
        let range = head + 1 < k && headComplements.contains(words[head + 1]) ? i..<k : i..<(head + 1)
        // A table name that covers the run wins.
        if let match = sentence.nameMatch(i), match.length >= range.count {
            return nil
        }
        let name = surface(sentence, range)
        return Mention(
            sentence: index, tokens: range, kind: .organisation, surface: name, key: name,
            known: false)
    }

    /// "carmaker Fiat", "mobile operator Turkcell": a capitalised name (up to three words) right
    /// after a noun of the organisation-nouns table is an organisation.
    private func organisationByNoun(_ sentence: Sentence, at i: Int, index: Int) -> Mention? {
        // The cheap tests first: most words are not capitalised.
        guard i > 0, isCapitalizedWord(sentence, i), !sentence.isTitleCase,
            lexicon.organisationNouns.contains(sentence.lower[i - 1]), !stopWords.contains(sentence.words[i]),
            sentence.titleMatch(i) == nil, sentence.nameMatch(i) == nil,
            !lexicon.givenNames.contains(sentence.words[i])
        else { return nil }
        var k = i + 1
        while k < min(sentence.words.count, i + 3), isCapitalizedWord(sentence, k), sentence.titleMatch(k) == nil,
            sentence.nameMatch(k) == nil, !stopWords.contains(sentence.words[k])
        {
            k += 1
        }
        let name = surface(sentence, i..<k)
        return Mention(sentence: index, tokens: i..<k, kind: .organisation, surface: name, key: name, known: false)
    }

    /// Acronyms a document defines: "the Public and Commercial Services union (PCS)" makes
    /// every later "PCS" a mention of that organisation.
    private func acronyms(_ document: TextDocument, after mentions: [Mention]) -> [Mention] {
        var defined: [String: Mention] = [:]
        for mention in mentions where mention.kind == .organisation && mention.role != .reference {
            let words = document.sentences[mention.sentence].words
            let k = mention.tokens.upperBound
            guard k + 2 < words.count, words[k] == "(", words[k + 2] == ")", Self.isAcronym(words[k + 1]) else { continue }
            defined[words[k + 1]] = defined[words[k + 1]] ?? mention
        }
        guard !defined.isEmpty else { return [] }
        var covered: [Int: [Range<Int>]] = [:]
        for mention in mentions { covered[mention.sentence, default: []].append(mention.tokens) }
        var found: [Mention] = []
        for (index, sentence) in document.sentences.enumerated() {
            for k in sentence.words.indices {
                guard let source = defined[sentence.words[k]], !(covered[index] ?? []).contains(where: { $0.contains(k) })
                else { continue }
                found.append(
                    Mention(
                        sentence: index, tokens: k..<(k + 1), kind: .organisation, surface: sentence.words[k],
                        key: source.key, known: source.known))
            }
        }
        return found
    }

    /// Two to six capital letters (digits allowed after the first): "PCS", "SMC", "G24".
    static func isAcronym(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard (2...6).contains(scalars.count), let first = scalars.first, ("A"..."Z").contains(first) else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    private func tableName(_ sentence: Sentence, at i: Int, index: Int) -> Mention? {
        guard let match = sentence.nameMatch(i),
            let term = match.values.first
        else { return nil }
        let range = i..<(i + match.length)
        let name = surface(sentence, range)
        let lower = sentence.lower
        switch term {
        case .state(let id):
            // "North America", "Latin America": a region, not the state.
            if i > 0, regionPrefixes.contains(sentence.words[i - 1]) {
                return nil
            }
            // "in Geneva, Switzerland": a state that places a place.
            let place = i >= 3 && lower[i - 1] == "," && isCapitalizedWord(sentence, i - 2)
                && locatives.contains(lower[i - 3])
            return Mention(
                sentence: index, tokens: range, kind: .state, surface: name, key: id, known: true,
                role: place ? .location : .actor)
        case .seat(let id):
            // "Dublin time", "the Budapest Memorandum": part of another name, not the state.
            let next = range.upperBound
            if next < lower.count, lower[next] == "time" || (
                isCapitalizedWord(sentence, next) && sentence.nameMatch(next) == nil
                    && sentence.titleMatch(next) == nil)
            {
                return nil
            }
            let place = i > 0 && locatives.contains(lower[i - 1])
            var mention = Mention(
                sentence: index, tokens: range, kind: .state, surface: name, key: id, known: true,
                role: place ? .location : .actor)
            mention.bySeat = true
            return mention
        case .demonym(let id):
            // A demonym names its state only where it carries a role: before a title, a role
            // noun ("the Russian side") or a name.
            guard demonymCarriesRole(sentence, after: range.upperBound) else { return nil }
            return Mention(
                sentence: index, tokens: range, kind: .state, surface: name, key: id, known: true)
        case .organisation(let id):
            // "talks at the Kremlin": a building where something happens.
            var before = i - 1
            if before >= 0, lower[before] == "the" { before -= 1 }
            let place = before >= 0 && placePrepositions.contains(lower[before])
                && lexicon.organisations[id]?.category == "government"
            return Mention(
                sentence: index, tokens: range, kind: .organisation, surface: name, key: id,
                known: true, role: place ? .location : .actor)
        case .person(let id):
            return Mention(
                sentence: index, tokens: range, kind: .person, surface: name, key: id, known: true)
        }
    }

    /// Whether a title or role noun follows, perhaps after further coordinated demonyms
    /// ("Russian and American officials").
    private func demonymCarriesRole(_ sentence: Sentence, after next: Int) -> Bool {
        let lower = sentence.lower
        if sentence.titleMatch(next) != nil
            || lexicon.roleNouns.longestMatch(in: lower, at: next) != nil
        {
            return true
        }
        guard next + 1 < lower.count, coordinators.contains(lower[next]),
            let match = sentence.nameMatch(next + 1),
            case .demonym = match.values.first
        else { return false }
        return demonymCarriesRole(sentence, after: next + 1 + match.length)
    }

    /// A title or honorific followed by a name.
    private func titledPerson(_ sentence: Sentence, at i: Int, index: Int) -> Mention? {
        guard let match = sentence.titleMatch(i),
            let title = match.values.first
        else { return nil }
        var nameStart = i + match.length
        // "President Sheikh Mohammed", "Prime Minister Sir Keir Starmer": an honorific may follow.
        if title.role != .honorific, let next = sentence.titleMatch(nameStart),
            next.values.first?.role == .honorific
        {
            nameStart += next.length
        }
        guard var person = name(sentence, at: nameStart, index: index, maxLength: 4)
            ?? (title.role == .honorific ? surnameAfterHonorific(sentence, at: nameStart, index: index) : nil)
        else {
            return nil
        }
        // In a title-case headline every word is capitalised, and some titles are common words
        // ("General Election"): trust only known names, given names or two name words there.
        if sentence.isTitleCase || title.needsFullName, !person.known,
            !lexicon.givenNames.contains(sentence.words[nameStart]),
            sentence.isTitleCase || person.tokens.count < 2
        {
            return nil
        }
        person.title = title
        person.titleTokens = i..<nameStart
        return person
    }

    /// "Dr Fox", "Mr Chad": after an honorific a capitalised word is a surname, even one that
    /// a table knows as something else.
    private func surnameAfterHonorific(_ sentence: Sentence, at k: Int, index: Int) -> Mention? {
        guard k < sentence.words.count, isCapitalizedWord(sentence, k), !stopWords.contains(sentence.words[k]),
            sentence.titleMatch(k) == nil
        else { return nil }
        let word = sentence.words[k]
        return Mention(sentence: index, tokens: k..<(k + 1), kind: .person, surface: word, key: word, known: false)
    }

    /// A known person, or a run of name words, starting at `start`.
    private func name(_ sentence: Sentence, at start: Int, index: Int, maxLength: Int) -> Mention? {
        guard start < sentence.words.count else { return nil }
        if let match = sentence.nameMatch(start),
            case .person(let id) = match.values.first
        {
            let range = start..<(start + match.length)
            return Mention(
                sentence: index, tokens: range, kind: .person, surface: surface(sentence, range),
                key: id, known: true)
        }
        guard let range = nameRun(sentence, from: start, maxLength: maxLength) else { return nil }
        let name = surface(sentence, range)
        return Mention(
            sentence: index, tokens: range, kind: .person, surface: name, key: name, known: false)
    }

    /// Capitalised name words, with particles inside ("Ursula von der Leyen").
    private func nameRun(_ sentence: Sentence, from start: Int, maxLength: Int) -> Range<Int>? {
        var k = start
        let words = sentence.words
        while k < words.count, k - start < maxLength {
            if isNameWord(sentence, k) {
                k += 1
            } else if k > start, lexicon.nameParticles.contains(words[k]),
                particleLeadsToName(sentence, k)
            {
                k += 1
            } else {
                break
            }
        }
        // A name does not end on a particle.
        while k > start, lexicon.nameParticles.contains(sentence.lower[k - 1]) { k -= 1 }
        return k > start ? start..<k : nil
    }

    static func isArticledName(_ word: String) -> Bool {
        guard let (b0, b1, b2, b3) = firstFourBytes(word),
            (b0 == 0x61 && b1 == 0x6C) || (b0 == 0x65 && b1 == 0x6C), b2 == 0x2D
        else {
            return false
        }
        return b3 >= 0x41 && b3 <= 0x5A
    }

    /// "d'Estaing", "d'Alema": an elided particle joined to a capitalised name.
    static func isElidedName(_ word: String) -> Bool {
        guard let (b0, b1, b2, _) = firstFourBytes(word), b0 == 0x64, b1 == 0x27 else { return false }
        return b2 >= 0x41 && b2 <= 0x5A
    }

    /// The first four UTF-8 bytes of a word of four bytes or more that starts with a, d or e
    /// (read without copying the word: the tagger asks about every token, and most are turned
    /// away by their first byte).
    private static func firstFourBytes(_ word: String) -> (UInt8, UInt8, UInt8, UInt8)? {
        guard let first = word.utf8.first, first == 0x61 || first == 0x64 || first == 0x65 else { return nil }
        var bytes = word.utf8.makeIterator()
        guard let b0 = bytes.next(), let b1 = bytes.next(), let b2 = bytes.next(), let b3 = bytes.next() else {
            return nil
        }
        return (b0, b1, b2, b3)
    }

    private func particleLeadsToName(_ sentence: Sentence, _ k: Int) -> Bool {
        var j = k
        while j < sentence.words.count, lexicon.nameParticles.contains(sentence.words[j]) { j += 1 }
        return j < sentence.words.count && isNameWord(sentence, j)
    }

    /// Whether token `k` can be part of a person's name, as ``readsAsNameWord(_:_:)`` decided.
    private func isNameWord(_ sentence: Sentence, _ k: Int) -> Bool {
        sentence.nameWords[k]
    }

    /// Whether token `k` can be part of a person's name: a capitalised word that is no stop
    /// word, title, acronym or table name other than a person's, or an Arabic article or
    /// elided particle joined to a capitalised name.
    private func readsAsNameWord(_ sentence: Sentence, _ k: Int) -> Bool {
        // "al-Gosaibi", "el-Sisi": an Arabic article joined to a capitalised name; "d'Estaing".
        if k > 0, Self.isArticledName(sentence.words[k]) || Self.isElidedName(sentence.words[k]) { return true }
        guard isCapitalizedWord(sentence, k) else { return false }
        let word = sentence.words[k]
        if stopWords.contains(word) { return false }
        if sentence.titleMatch(k) != nil,
            !lexicon.givenNames.contains(word)
        {
            return false
        }
        if let match = sentence.nameMatch(k),
            let term = match.values.first
        {
            if case .person = term { return true }
            return false
        }
        // Acronyms ("QC", "MP", "BBC") are not names, unless a given name ("JD").
        let scalars = word.unicodeScalars
        if scalars.count >= 2, scalars.allSatisfy({ $0.isUppercase }), !lexicon.givenNames.contains(word) {
            return false
        }
        return true
    }

    /// A given name followed by a capitalised word, or a capitalised pair before "said".
    private func namedPerson(_ sentence: Sentence, at i: Int, index: Int) -> Mention? {
        let words = sentence.words
        guard isNameWord(sentence, i), let range = nameRun(sentence, from: i, maxLength: 5),
            range.count >= 2
        else { return nil }
        let byGivenName = lexicon.givenNames.contains(words[i])
        let beforeReport =
            range.upperBound < words.count
            && reportingVerbs.contains(sentence.lower[range.upperBound])
        guard byGivenName || beforeReport else { return nil }
        // "Conservative Graham Brady said": a given name further in starts the name.
        if !byGivenName, let given = range.dropFirst().first(where: { lexicon.givenNames.contains(words[$0]) }),
            given < range.upperBound - 1
        {
            return nil  // the tagger reaches the given name next, and tags from there
        }
        let name = surface(sentence, range)
        return Mention(
            sentence: index, tokens: range, kind: .person, surface: name, key: name, known: false)
    }

    // MARK: - Second sweep

    /// Surnames (and spelling variants of them) of people named in full elsewhere.
    private func surnames(_ document: TextDocument, after mentions: [Mention]) -> [Mention] {
        var bySurname: [String: (key: String, known: Bool)] = [:]
        var ambiguous: Set<String> = []
        for mention in mentions where mention.kind == .person {
            let words = mention.surface.split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            let surnameKey = NameKey.make(String(last))
            let value = (key: mention.key, known: mention.known)
            if let existing = bySurname[surnameKey], existing.key != value.key {
                if !(existing.known && value.known) { ambiguous.insert(surnameKey) }
            }
            bySurname[surnameKey] = bySurname[surnameKey] ?? value
        }
        for key in ambiguous { bySurname[key] = nil }
        guard !bySurname.isEmpty else { return [] }
        var covered: [Int: [Range<Int>]] = [:]
        for mention in mentions {
            covered[mention.sentence, default: []].append(mention.tokens)
            if let t = mention.titleTokens { covered[mention.sentence, default: []].append(t) }
        }
        var found: [Mention] = []
        // Name words recur in a document; their keys are worked out once.
        var keys: [String: String] = [:]
        for (index, sentence) in document.sentences.enumerated() {
            let taken = covered[index] ?? []
            for k in sentence.tokens.indices where isNameWord(sentence, k) {
                if taken.contains(where: { $0.contains(k) }) { continue }
                let word = sentence.words[k]
                let key: String
                if let known = keys[word] {
                    key = known
                } else {
                    key = NameKey.make(word)
                    keys[word] = key
                }
                guard let person = bySurname[key] else { continue }
                found.append(
                    Mention(
                        sentence: index, tokens: k..<(k + 1), kind: .person,
                        surface: sentence.words[k], key: person.key, known: person.known))
            }
        }
        return found
    }
}
