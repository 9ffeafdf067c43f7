import NetmapGraph
public import NetmapLexicon

/// Gives every mention its entity id, merging the forms one entity takes in a document.
///
/// Table names resolve to their row. A person's full name resolves to a known person when its
/// transliteration-insensitive key (``NameKey``) matches one of the person's names; otherwise
/// full names with the same key for given name and surname are one person, and a lone surname
/// or "Mr X" joins the person it names; in a dated document a lone surname that the dated
/// record of offices gives to one holder of the time is that holder ("Stoltenberg" in 1987).
/// Ids are content-derived, so the same person gets the same id in every document.
public struct AliasResolver: ExtractionPass {
    public var requires: Set<DocumentPart> { [.mentions, .day, .statesOfTheirTime] }
    public var adds: Set<DocumentPart> { [.entities] }
    let lexicon: Lexicon
    let records: OfficeRecords
    /// Known people by the key of each of their names.
    let peopleByKey: [String: String]

    public init(lexicon: Lexicon, records: OfficeRecords? = nil) {
        self.lexicon = lexicon
        self.records = records ?? OfficeRecords(lexicon: lexicon)
        var index: [String: String] = [:]
        var clashes: Set<String> = []
        for (id, label) in lexicon.people.sorted(by: { $0.key < $1.key }) {
            for name in [label] + lexicon.personAliases[id, default: []] {
                let key = NameKey.make(name)
                if let other = index[key], other != id { clashes.insert(key) }
                index[key] = index[key] ?? id
            }
        }
        for key in clashes { index[key] = nil }
        self.peopleByKey = index
    }

    public func run(_ document: inout TextDocument) {
        // Full names of unknown people, clustered by the keys of first and last word.
        var clusterLabel: [String: String] = [:]
        var clusterBySurname: [String: [String]] = [:]
        for mention in document.mentions where mention.kind == .person && !mention.known {
            let words = mention.surface.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            if peopleByKey[NameKey.make(mention.surface)] != nil { continue }
            let cluster = clusterKey(words)
            if let label = clusterLabel[cluster] {
                if words.count > label.split(separator: " ").count { clusterLabel[cluster] = mention.surface }
            } else {
                clusterLabel[cluster] = mention.surface
                clusterBySurname[NameKey.make(words.last!), default: []].append(cluster)
            }
        }
        // Known people named in this document, to catch a typo of their name ("Putinon").
        var known: [(first: String, last: String, id: String)] = []
        for mention in document.mentions where mention.kind == .person && mention.known {
            let words = (lexicon.people[mention.key] ?? mention.surface).split(separator: " ")
            guard words.count >= 2 else { continue }
            known.append((NameKey.make(String(words.first!)), NameKey.make(String(words.last!)), mention.key))
        }
        var knownBySurname: [String: Set<String>] = [:]
        for person in known { knownBySurname[person.last, default: []].insert(person.id) }
        // Family name first ("Lee Jae-myung", "He Lifeng", "Xi Jinping"): "Mr Lee" names the
        // one full name of the document that starts with the word, when the word is no given
        // name or the rest of the name is hyphenated.
        var byFirstWord: [String: Set<String>] = [:]
        for mention in document.mentions where mention.kind == .person && mention.role != .reference {
            let words = mention.surface.split(separator: " ").map(String.init)
            guard words.count >= 2, !lexicon.givenNames.contains(words[0]) || words.dropFirst().contains(where: { $0.contains("-") })
            else { continue }
            let id = mention.known ? EntityID(kind: .person, slug: mention.key).rawValue : Entity.id(kind: .person, name: clusterLabel[clusterKey(words)] ?? mention.surface)
            byFirstWord[NameKey.make(words[0]), default: []].insert(id)
        }
        for index in document.mentions.indices {
            let mention = document.mentions[index]
            if mention.kind == .person, !mention.known, let id = Self.typo(of: mention.surface, among: known) {
                document.mentions[index].entity = EntityID(kind: .person, slug: id).rawValue
                continue
            }
            // "Mr Straw" after "Jack Straw": the one known person of the document with that
            // surname, also when the surname is a common word the tables do not resolve alone.
            if mention.kind == .person, !mention.known, !mention.key.contains(" "),
                clusterBySurname[NameKey.make(mention.key)] == nil,
                let ids = knownBySurname[NameKey.make(mention.key)], ids.count == 1
            {
                document.mentions[index].entity = EntityID(kind: .person, slug: ids.first!).rawValue
                continue
            }
            if mention.kind == .person, !mention.known, !mention.key.contains(" "),
                clusterBySurname[NameKey.make(mention.key)] == nil, knownBySurname[NameKey.make(mention.key)] == nil,
                let ids = byFirstWord[NameKey.make(mention.key)], ids.count == 1
            {
                document.mentions[index].entity = ids.first!
                continue
            }
            document.mentions[index].entity = resolve(
                mention, clusterLabel: clusterLabel, clusterBySurname: clusterBySurname, day: document.day)
        }
    }

    /// The known person whose full name `name` misspells: the same given name, and a surname
    /// that one extends by at most two letters ("Vladimir Putinon" for Vladimir Putin).
    static func typo(of name: String, among known: [(first: String, last: String, id: String)]) -> String? {
        // Most documents name no known person: nothing to misspell, no keys to work out.
        guard !known.isEmpty else { return nil }
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let first = NameKey.make(String(words.first!)), last = NameKey.make(String(words.last!))
        let matches = Set(known.filter { k in
            guard k.first == first, k.last != last else { return false }
            let (short, long) = k.last.count < last.count ? (k.last, last) : (last, k.last)
            return short.count >= 4 && long.count - short.count <= 2 && long.hasPrefix(short)
        }.map(\.id))
        return matches.count == 1 ? matches.first : nil
    }

    private func clusterKey(_ words: [String]) -> String {
        NameKey.make(words.first!) + " " + NameKey.make(words.last!)
    }

    private func resolve(
        _ mention: Mention, clusterLabel: [String: String], clusterBySurname: [String: [String]], day: String?
    ) -> String {
        if mention.known {
            // A surname the tables give to someone else ("Stoltenberg"), in a story of a time
            // when the record of offices gives it to one holder, is that holder.
            if mention.kind == .person, !mention.surface.contains(" "), let day,
                let holder = records.holder(surname: mention.surface, at: day),
                NameKey.make(holder) != NameKey.make(lexicon.people[mention.key] ?? "")
            {
                return Entity.id(kind: .person, name: holder)
            }
            return EntityID(kind: mention.kind, slug: mention.key).rawValue
        }
        guard mention.kind == .person else {
            return Entity.id(kind: mention.kind, name: mention.key)
        }
        let words = mention.key.split(separator: " ").map(String.init)
        if let id = peopleByKey[NameKey.make(mention.key)] {
            return EntityID(kind: .person, slug: id).rawValue
        }
        // "John R. Bolton": a known person named with a middle name or initial.
        if words.count >= 3, let id = peopleByKey[NameKey.make(words.first! + " " + words.last!)] {
            return EntityID(kind: .person, slug: id).rawValue
        }
        if words.count >= 2, let label = clusterLabel[clusterKey(words)] {
            return Entity.id(kind: .person, name: label)
        }
        let surname = NameKey.make(words.last ?? mention.key)
        if let clusters = clusterBySurname[surname], clusters.count == 1,
            let label = clusterLabel[clusters[0]]
        {
            return Entity.id(kind: .person, name: label)
        }
        // "Mr Genscher" in a 1987 story: the one office holder of the time with that surname.
        if words.count == 1, let day, let holder = records.holder(surname: words[0], at: day) {
            return Entity.id(kind: .person, name: holder)
        }
        if let id = peopleByKey[surname] {
            return EntityID(kind: .person, slug: id).rawValue
        }
        return Entity.id(kind: .person, name: mention.key)
    }

    /// The label of a resolved entity id: the table label, else the longest surface form.
    static func label(for id: String, surfaces: [String], lexicon: Lexicon) -> String {
        let id = EntityID(id)
        let slug = String(id.slug)
        switch id.kind {
        case .person: if let label = lexicon.people[slug] { return label }
        case .state: if let label = lexicon.states[slug] { return label }
        case .organisation: if let org = lexicon.organisations[slug] { return org.label }
        case nil: break
        }
        // The surface of most words; of those, the first in string order.
        let counted = Set(surfaces).map { (words: $0.split(separator: " ").count, surface: $0) }
        return counted.max { a, b in a.words != b.words ? a.words < b.words : a.surface > b.surface }?.surface ?? slug
    }
}
