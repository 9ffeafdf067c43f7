public import NetmapLexicon

/// The dated office-holders table, indexed for the question "which state or organisation does
/// this titled person hold office in at this date?".
///
///     OfficeRecords(lexicon: .builtin).body(of: "Bob Hawke", title: primeMinister, at: "1987-03-04")
///     // "australia"
///
/// A person is found by the transliteration-insensitive key (``NameKey``) of their full name
/// or another name, or by their surname alone when only one holder of a term at that date has
/// it. The term must cover the date (without a date: the most recent term) and agree with the
/// title: a leader's title needs a head of state or government (or a government term of the
/// dictionary, which does not say which office), a member's title any term in a state, an
/// organisation's title a term at its head.
public struct OfficeRecords: Sendable {
    let lexicon: Lexicon
    private var byName: [String: [Int]] = [:]
    private var bySurname: [String: [Int]] = [:]
    /// The terms of heads of state and of government.
    private var headTerms: [Int] = []

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        for (index, term) in lexicon.officeTerms.enumerated() {
            for name in [term.person] + term.names {
                byName[NameKey.make(name), default: []].append(index)
            }
            if let surname = term.person.split(separator: " ").last {
                bySurname[NameKey.make(String(surname)), default: []].append(index)
            }
            if term.office == .headOfState || term.office == .headOfGovernment { headTerms.append(index) }
        }
    }

    /// The id of the state or organisation in which `name`, called by `title`, holds office at
    /// `date` (`YYYY-MM-DD`, or nil for the most recent term); nil when the table does not say
    /// or says more than one thing. States are those of their time (``Lexicon/state(_:at:)``).
    public func body(of name: String, title: Lexicon.Title, at date: String?) -> String? {
        let key = NameKey.make(name)
        var candidates = byName[key] ?? []
        if candidates.isEmpty, !name.contains(" ") { candidates = bySurname[key] ?? [] }
        let terms = candidates.map { lexicon.officeTerms[$0] }.filter { agrees($0, title) }
        let dated: [Lexicon.OfficeTerm]
        if let date {
            dated = terms.filter { $0.covers(date) }
        } else {
            dated = terms.max { ($0.to ?? "9999", $0.from) < ($1.to ?? "9999", $1.from) }.map { [$0] } ?? []
        }
        let bodies = Set(dated.map { lexicon.state($0.body, at: date) })
        guard bodies.count == 1, Set(dated.map(\.person)).count == 1 else { return nil }
        return bodies.first
    }

    /// The names (the table's label first, then its other names) of each person who heads the
    /// state `body` at `date` (`YYYY-MM-DD`; nil: the terms still running) as its head of state
    /// or of government and whose office agrees with `title` ("president", "prime minister",
    /// "leader").
    public func heads(of body: String, title: Lexicon.Title, at date: String?) -> [[String]] {
        headTerms.lazy.map { lexicon.officeTerms[$0] }.filter { term in
            if let date {
                guard term.covers(date), lexicon.state(term.body, at: date) == body else { return false }
            } else {
                guard term.to == nil, term.body == body else { return false }
            }
            return agrees(term, title)
        }.map { [$0.person] + $0.names }
    }

    /// The one person with the surname `surname` whose term covers `date`: "Mr Genscher" or
    /// "Stoltenberg" in a 1987 story; nil when none or several.
    public func holder(surname: String, at date: String) -> String? {
        let people = Set((bySurname[NameKey.make(surname)] ?? []).map { lexicon.officeTerms[$0] }.filter { $0.covers(date) }
            .map(\.person))
        return people.count == 1 ? people.first : nil
    }

    private func agrees(_ term: Lexicon.OfficeTerm, _ title: Lexicon.Title) -> Bool {
        let isState = lexicon.states[term.body] != nil
        switch term.office {
        case .government: return isState && title.scope != .organisation
        case .headOfState, .headOfGovernment: return title.role == .leader && title.scope != .organisation
        case .foreignMinister, .defenceMinister, .financeMinister: return title.role == .member && title.scope != .organisation
        case .head: return !isState && title.role == .leader && title.scope != .state
        }
    }
}
