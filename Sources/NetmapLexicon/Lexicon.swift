public import NetmapGraph

/// The language data extraction reads: names of states, organisations and people, titles,
/// relation cues and status words, each from an editable table.
///
///     let lexicon = Lexicon.builtin
///     lexicon.names.longestMatch(in: ["Russian", "Federation"], at: 0)  // state russia
///
/// A user's extra table, in the same format, adds to it: ``add(table:text:)``.
public struct Lexicon: Sendable {
    /// What a name in text refers to.
    public enum Term: Hashable, Sendable {
        /// The state's name or an alias ("Russia", "US").
        case state(String)
        /// A capital or government seat that can speak for the state ("Moscow", "Kyiv").
        case seat(String)
        /// A demonym ("Russian"), a state mention where it carries a role.
        case demonym(String)
        case organisation(String)
        case person(String)
    }

    public struct Title: Hashable, Sendable {
        public enum Role: String, Sendable { case leader, member, honorific }
        public enum Scope: String, Sendable { case state, organisation, any }
        public var phrase: String
        public var role: Role
        public var scope: Scope
        /// Whether a lone unknown word after the title is not enough for a name.
        public var needsFullName: Bool
    }

    /// A relation cue: a lemma of a part of speech, the relation it states, and where its two
    /// sides stand in the dependency tree (Universal Dependencies relations).
    public struct Cue: Hashable, Sendable {
        public enum PartOfSpeech: String, Sendable { case verb, noun, adjective }
        /// The lemma, lower case; "call on" is the lemma "call" with the particle or
        /// preposition "on" among its dependents.
        public var lemma: String
        public var particle: String?
        public var partOfSpeech: PartOfSpeech
        public var relation: Relation.Kind
        /// Slots tried in order for the side that states the relation (the source).
        public var firstSide: [String]
        /// Slots tried in order for the other side (the target).
        public var otherSide: [String]
        /// The status when nothing around the cue says otherwise.
        public var status: Relation.Status
    }

    /// A status word: a lemma, where it stands to the cue in the tree, the status it gives.
    public struct StatusCue: Hashable, Sendable {
        public enum Attachment: String, Sendable, CaseIterable {
            /// A dependent of the cue or of a word above it (aux, advmod, amod, det, a time phrase).
            case modifier
            /// A word above the cue in its clause chain ("refused to meet", "denied that ... met").
            case governor
            /// The subordinator of a clause attached to the cue or above it ("only if").
            case condition
        }
        public var lemma: String
        public var particle: String?
        public var attachment: Attachment
        public var status: Relation.Status
    }

    public enum RoleNoun: String, Hashable, Sendable { case person, state }

    /// A dated term of office: who held what in which state or organisation, from when to when.
    public struct OfficeTerm: Hashable, Sendable {
        public enum Office: String, Sendable {
            case government, headOfState = "head-of-state", headOfGovernment = "head-of-government"
            case foreignMinister = "foreign-minister", defenceMinister = "defence-minister"
            case financeMinister = "finance-minister", head
        }
        public var person: String
        public var names: [String]
        /// A state or organisation id.
        public var body: String
        public var office: Office
        /// `YYYY-MM-DD`; `to` is nil while in office.
        public var from: String
        public var to: String?

        /// Whether the term covers `date` (`YYYY-MM-DD`).
        public func covers(_ date: String) -> Bool {
            from <= date && (to.map { date <= $0 } ?? true)
        }
    }

    /// A class of words a pass reads: the function-words table (`Data/FunctionWords.swift`)
    /// gives each class's words and what it is for.
    public enum WordClass: String, CaseIterable, Sendable {
        case notAName = "not-a-name", reportingVerb = "reporting-verb", locative, clauseWord = "clause-word"
        case pronoun, bodyPronoun = "body-pronoun", stateNoun = "state-noun"
        case indefinite, pairWord = "pair-word", statesNoun = "states-noun", organisationsNoun = "organisations-noun", peopleNoun = "people-noun"
        case determiner, possessive, nameJoiner = "name-joiner", headComplement = "head-complement"
        case placePreposition = "place-preposition", officePreposition = "office-preposition", coordinator
        case dateWord = "date-word"
        case regionPrefix = "region-prefix", obligation, relativePronoun = "relative-pronoun"
        case cueForm = "cue-form"
    }

    /// A period in which a state's names meant another state.
    public struct StatePeriod: Hashable, Sendable {
        public var state: String
        public var from: String
        public var to: String
    }

    public struct Organisation: Hashable, Sendable {
        public var label: String
        public var category: String
        /// The state the body belongs to, for national bodies.
        public var state: String?
    }

    /// Names of states, seats, demonyms, organisations and known people: case-sensitive words.
    public private(set) var names = PhraseTable<Term>()
    /// Titles and honorifics, on lower-case words.
    public private(set) var titles = PhraseTable<Title>()
    /// Titles that take a subject before them ("oil minister"), as lower-case phrases.
    public private(set) var portfolioTitles: Set<String> = []
    /// Words before a title that keep its office (true) or end it (false), on lower-case words.
    public private(set) var titleModifiers = PhraseTable<Bool>()
    /// Relation cues by lemma (a lemma may have several rows: "call" a meeting as a noun, a
    /// demand with "on").
    public private(set) var cues: [String: [Cue]] = [:]
    /// Lower-case word forms a cue lemma may take in text: its ``regularForms(of:)`` and the
    /// irregular forms of the function-words class `cue-form` ("met", "spoke"). What
    /// extraction checks before it parses a sentence.
    public var cueForms: Set<String> {
        var forms = words(.cueForm)
        for lemma in cues.keys { forms.formUnion(Self.regularForms(of: lemma)) }
        return forms
    }

    /// Status words by the regular forms of their lemmas ("ruled" → the row of "rule"), for a
    /// word the lemmatiser left unreduced; a lemma's own rows are in ``statusCues``.
    public var statusCuesByForm: [String: [StatusCue]] {
        var byForm: [String: [StatusCue]] = [:]
        for (lemma, rows) in statusCues {
            for form in Self.regularForms(of: lemma) where form != lemma && statusCues[form] == nil {
                byForm[form, default: []] += rows
            }
        }
        return byForm
    }

    /// The lemma with the regular English endings: -s, -es, -ies, -d, -ed, -ied, -ing, with a
    /// doubled final consonant, and -ing without a final e.
    public static func regularForms(of lemma: String) -> [String] {
        var forms = [lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing"]
        if let last = lemma.last {
            forms += [lemma + String(last) + "ed", lemma + String(last) + "ing"]
            if last == "e" { forms.append(lemma.dropLast() + "ing") }
            if last == "y" { forms += [lemma.dropLast() + "ies", lemma.dropLast() + "ied"] }
        }
        return forms
    }
    /// Status words by lemma.
    public private(set) var statusCues: [String: [StatusCue]] = [:]
    /// Nouns after a state that make it an actor, on lower-case words.
    public private(set) var roleNouns = PhraseTable<RoleNoun>()
    public private(set) var givenNames: Set<String> = []
    /// Lower-case line openings and in-line markers of boilerplate (captions, credits, links).
    public private(set) var boilerplateOpenings: [String] = []
    public private(set) var boilerplateMarkers: [String] = []
    /// Lower-case month names in calendar order.
    public private(set) var months: [String] = []
    /// The words of each class (``WordClass``).
    public private(set) var wordClasses: [WordClass: Set<String>] = [:]
    /// Last words that make a capitalised run an organisation ("Defence Council").
    public private(set) var organisationHeads: Set<String> = []

    /// The words of the function-words table numbered, and the classes of each number.
    private var classWords = WordIndex()
    private var classesOfWord: [WordClasses] = []

    /// The words of `wordClass`.
    public func words(_ wordClass: WordClass) -> Set<String> {
        wordClasses[wordClass] ?? []
    }

    /// The classes `word` is in (as written: the table's words are lower-case), with one hash
    /// of the word however many classes a pass asks about.
    public func classes(of word: String) -> WordClasses {
        classWords[word].map { classesOfWord[$0] } ?? []
    }

    /// A set of word classes, one bit for each ``WordClass``.
    ///
    ///     let pronoun = Lexicon.WordClasses(.pronoun)
    ///     lexicon.classes(of: "he").contains(pronoun)  // true
    public struct WordClasses: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public init(_ wordClass: WordClass) {
            precondition(WordClass.allCases.count <= UInt32.bitWidth, "more word classes than bits")
            rawValue = 1 << UInt32(WordClass.allCases.firstIndex(of: wordClass)!)
        }
    }
    /// Nouns that make the capitalised name after them an organisation ("carmaker Fiat").
    public private(set) var organisationNouns: Set<String> = []
    /// Every word of the names table, as written ("Jong-un", "NATO"): what a word cut at a
    /// line end is checked against.
    public private(set) var nameWords: Set<String> = []
    public private(set) var nameParticles: Set<String> = []
    /// State labels by slug.
    public private(set) var states: [String: String] = [:]
    public private(set) var organisations: [String: Organisation] = [:]
    /// Offices whose role differs by state, by state slug and lower-case title.
    public private(set) var officeRoles: [String: [String: Title.Role]] = [:]
    /// Known people's labels by slug.
    public private(set) var people: [String: String] = [:]
    /// Known people's other names by slug.
    public private(set) var personAliases: [String: [String]] = [:]
    /// Dated terms of office, in table order.
    public private(set) var officeTerms: [OfficeTerm] = []
    /// For a state id, the periods in which its names meant another state.
    public private(set) var statePeriods: [String: [StatePeriod]] = [:]

    /// The state `state`'s names meant at `date` (`YYYY-MM-DD`): itself, or the state of its time.
    public func state(_ state: String, at date: String?) -> String {
        guard let date, let periods = statePeriods[state] else { return state }
        return periods.first { $0.from <= date && date <= $0.to }?.state ?? state
    }

    /// The tables a lexicon file may name, with their columns.
    public static let tableColumns: [String: Int] = [
        "states": 5, "organisations": 5, "people": 3, "given-names": 2, "titles": 4,
        "role-nouns": 2, "name-particles": 1, "office-roles": 3, "relation-cues": 7, "status-cues": 3,
        "office-holders": 6, "state-periods": 4, "title-modifiers": 2, "organisation-nouns": 1, "portfolio-titles": 1, "function-words": 2, "organisation-heads": 1, "months": 2, "boilerplate": 2,
    ]

    public static var tableNames: [String] { tableColumns.keys.sorted() }

    public init() {}

    /// The tables compiled into netmap.
    public static let builtin: Lexicon = {
        var lexicon = Lexicon()
        let tables: [(String, String)] = [
            ("states", BuiltinTable.states),
            ("state-periods", BuiltinTable.statePeriods),
            ("office-holders", BuiltinTable.officeHolders),
            ("organisations", BuiltinTable.organisations),
            ("organisation-nouns", BuiltinTable.organisationNouns),
            ("organisation-heads", BuiltinTable.organisationHeads),
            ("function-words", BuiltinTable.functionWords),
            ("months", BuiltinTable.months),
            ("boilerplate", BuiltinTable.boilerplate),
            ("people", BuiltinTable.people),
            ("given-names", BuiltinTable.givenNames),
            ("titles", BuiltinTable.titles),
            ("title-modifiers", BuiltinTable.titleModifiers),
            ("portfolio-titles", BuiltinTable.portfolioTitles),
            ("role-nouns", BuiltinTable.roleNouns),
            ("office-roles", BuiltinTable.officeRoles),
            ("name-particles", BuiltinTable.nameParticles),
            ("relation-cues", BuiltinTable.relationCues),
            ("status-cues", BuiltinTable.statusCues),
        ]
        for (name, text) in tables {
            do {
                try lexicon.add(table: name, text: text)
            } catch {
                preconditionFailure("built-in \(error)")
            }
        }
        return lexicon
    }()

    /// Whether `slot` names a place in the dependency tree that a cue's side may stand in: `subject`,
    /// `obj`, `iobj`, `poss`, `modifier`, `governor`, `group`, `between`, `ccomp:obligation`, `ccomp:subject`, `obj:poss`, or
    /// `obl:P` / `nmod:P` for a preposition P ("obl:with", "nmod:of"), and `obl:P:poss` /
    /// `nmod:P:poss` for the possessor inside such a phrase ("obl:for:poss").
    public static func isSlot(_ slot: String) -> Bool {
        let fixed: Set<String> = ["subject", "obj", "iobj", "poss", "modifier", "governor", "group", "between", "ccomp:obligation", "ccomp:subject", "obj:poss"]
        if fixed.contains(slot) { return true }
        let parts = slot.split(separator: ":")
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "poss") else { return false }
        return (parts[0] == "obl" || parts[0] == "nmod") && !parts[1].isEmpty
    }

    /// Whether `text` has the form `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { k, b in k == 4 || k == 7 ? b == 0x2D : (0x30...0x39).contains(b) }
    }

    /// The role of `title` in the state `state` where it differs from the title's usual role.
    public func officeRole(state: String, title: String) -> Relation.Kind? {
        guard let role = officeRoles[state]?[title.lowercased()] else { return nil }
        return role == .leader ? .leaderOf : .memberOf
    }

    /// Parses `text` as the table called `table` and adds its rows.
    ///
    /// - Throws: ``LexiconError`` naming the table, line and text of a bad row.
    public mutating func add(table: String, text: String) throws(LexiconError) {
        guard let columns = Self.tableColumns[table] else { throw .unknownTable(name: table) }
        let parsed = try Table(name: table, text: text, columns: columns)
        for row in parsed.rows {
            try add(row: row, of: table)
        }
    }

    private mutating func add(row: Table.Row, of table: String) throws(LexiconError) {
        func bad(_ reason: String) -> LexiconError {
            .badValue(table: table, line: row.line, text: row.cells.joined(separator: " | "),
                reason: reason)
        }
        func insertName(_ name: String, _ term: Term) {
            let words = Tokenizer.words(name)
            names.insert(words, term)
            nameWords.formUnion(words)
        }
        func lowerWords(_ phrase: String) -> [String] {
            Tokenizer.words(phrase.lowercased())
        }
        switch table {
        case "states":
            let id = Slug.make(row[0])
            states[id] = row[1]
            for name in [row[1]] + Table.list(row[2]) {
                insertName(name, .state(id))
                // "Burkina-Faso", "Sri-Lanka": a hyphen for the space is the same name.
                let words = name.split(separator: " ")
                if words.count == 2, words.allSatisfy({ $0.first?.isUppercase == true }) {
                    insertName(words.joined(separator: "-"), .state(id))
                }
            }
            for seat in Table.list(row[3]) { insertName(seat, .seat(id)) }
            for demonym in Table.list(row[4]) { insertName(demonym, .demonym(id)) }
        case "organisations":
            let id = Slug.make(row[0])
            organisations[id] = Organisation(
                label: row[1], category: row[2], state: row[4].isEmpty ? nil : Slug.make(row[4]))
            for name in [row[1]] + Table.list(row[3]) { insertName(name, .organisation(id)) }
        case "people":
            let id = Slug.make(row[0])
            people[id] = row[1]
            personAliases[id, default: []].append(contentsOf: Table.list(row[2]))
            for name in [row[1]] + Table.list(row[2]) { insertName(name, .person(id)) }
        case "given-names":
            givenNames.insert(row[0])
        case "function-words":
            guard let wordClass = WordClass(rawValue: row[1]) else { throw bad("unknown word class '\(row[1])'") }
            wordClasses[wordClass, default: []].insert(row[0])
            let number = classWords.insert(row[0])
            if number == classesOfWord.count { classesOfWord.append([]) }
            classesOfWord[number].insert(WordClasses(wordClass))
        case "boilerplate":
            switch row[1] {
            case "opening": boilerplateOpenings.append(row[0].lowercased())
            case "anywhere": boilerplateMarkers.append(row[0].lowercased())
            default: throw bad("where must be opening or anywhere")
            }
        case "months":
            guard let number = Int(row[1]), (1...12).contains(number), number == months.count + 1 else {
                throw bad("months are numbered 1 to 12, in order")
            }
            months.append(row[0].lowercased())
        case "organisation-heads":
            organisationHeads.insert(row[0])
        case "portfolio-titles":
            portfolioTitles.insert(row[0].lowercased())
        case "organisation-nouns":
            organisationNouns.insert(row[0].lowercased())
        case "name-particles":
            nameParticles.insert(row[0])
        case "titles":
            guard let role = Title.Role(rawValue: row[1]) else {
                throw bad("role must be leader, member or honorific")
            }
            let scope = Title.Scope(rawValue: row[2].isEmpty ? "any" : row[2])
            guard let scope else { throw bad("scope must be state, organisation or any") }
            guard row[3] == "name" || row[3] == "full" else { throw bad("name must be name or full") }
            titles.insert(
                lowerWords(row[0]), Title(phrase: row[0], role: role, scope: scope, needsFullName: row[3] == "full"))
        case "title-modifiers":
            guard row[1] == "same" || row[1] == "former" else { throw bad("effect must be same or former") }
            titleModifiers.insert(lowerWords(row[0]), row[1] == "same")
        case "office-roles":
            guard let role = Title.Role(rawValue: row[2]), role != .honorific else { throw bad("role must be leader or member") }
            officeRoles[Slug.make(row[0]), default: [:]][row[1].lowercased()] = role
        case "role-nouns":
            guard let noun = RoleNoun(rawValue: row[1]) else { throw bad("must be person or state") }
            roleNouns.insert(lowerWords(row[0]), noun)
        case "relation-cues":
            guard let pos = Cue.PartOfSpeech(rawValue: row[1]) else { throw bad("unknown part of speech '\(row[1])'") }
            guard let kind = Relation.Kind(rawValue: row[2]) else {
                throw bad("unknown relation kind '\(row[2])'")
            }
            let first = Table.list(row[3])
            let other = Table.list(row[4])
            for slot in first + other where !Self.isSlot(slot) { throw bad("unknown slot '\(slot)'") }
            guard !first.isEmpty, !other.isEmpty else { throw bad("each side needs a slot") }
            guard let status = Relation.Status(rawValue: row[5]) else { throw bad("unknown status '\(row[5])'") }
            let words = lowerWords(row[0])
            guard words.count == 1 || words.count == 2 else { throw bad("a cue is a lemma and at most one particle") }
            cues[words[0], default: []].append(
                Cue(lemma: words[0], particle: words.count == 2 ? words[1] : nil, partOfSpeech: pos, relation: kind,
                    firstSide: first, otherSide: other, status: status))
        case "office-holders":
            guard let office = OfficeTerm.Office(rawValue: row[3]) else { throw bad("unknown office '\(row[3])'") }
            guard Self.isDate(row[4]), row[5] == "?" || Self.isDate(row[5]) else { throw bad("dates must be YYYY-MM-DD (to may be ?)") }
            officeTerms.append(
                OfficeTerm(
                    person: row[0], names: Table.list(row[1]), body: Slug.make(row[2]), office: office, from: row[4],
                    to: row[5] == "?" ? nil : row[5]))
        case "state-periods":
            guard Self.isDate(row[2]), Self.isDate(row[3]) else { throw bad("dates must be YYYY-MM-DD") }
            statePeriods[Slug.make(row[0]), default: []].append(StatePeriod(state: Slug.make(row[1]), from: row[2], to: row[3]))
        case "status-cues":
            guard let attachment = StatusCue.Attachment(rawValue: row[1]) else {
                throw bad("unknown attachment '\(row[1])'")
            }
            guard let status = Relation.Status(rawValue: row[2]) else {
                throw bad("unknown status '\(row[2])'")
            }
            let words = lowerWords(row[0])
            guard words.count == 1 || words.count == 2 else { throw bad("a status word is a lemma and at most one particle") }
            statusCues[words[0], default: []].append(
                StatusCue(lemma: words[0], particle: words.count == 2 ? words[1] : nil, attachment: attachment, status: status))
        default:
            throw .unknownTable(name: table)
        }
    }
}
