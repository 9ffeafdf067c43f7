/// One step of extraction: it reads what earlier passes added to a document and adds its own.
///
/// Passes never throw: any text, however odd, yields a (possibly empty) result. Each pass
/// declares what it needs and what it adds (as spaCy's components declare `requires` and
/// `assigns`); ``Extractor`` checks the order of its passes against them in debug builds.
public protocol ExtractionPass: Sendable {
    /// What the document must hold before the pass runs.
    var requires: Set<DocumentPart> { get }
    /// What the pass adds to the document (or rewrites in it).
    var adds: Set<DocumentPart> { get }
    func run(_ document: inout TextDocument)
}

/// The parts of a ``TextDocument`` that passes add.
public enum DocumentPart: String, Sendable, CaseIterable {
    /// `scalars` in their normalised form, with `sourceMap`.
    case normalisedText
    /// `boilerplate`: line ranges that are not prose.
    case boilerplate
    /// `sentences` with their tokens.
    case sentences
    /// Token texts in the case running text would give them.
    case casing
    /// `mentions` of people, states and organisations.
    case mentions
    /// `dateline`.
    case dateline
    /// `day`, the document's date for dated look-ups.
    case day
    /// Mention keys of states as the states of the document's time.
    case statesOfTheirTime
    /// `entity` ids on mentions.
    case entities
    /// Offices (`leader_of`, `member_of`) in `relations`, and descriptions resolved to people.
    case offices
    /// Descriptions, pronouns and "the country" resolved to the entities they stand for.
    case coreference
    /// Dependency trees (``Sentence/syntax``) of the sentences that name two or more entities.
    case syntax
    /// Relations read from cues, with their status.
    case relations
}

extension Array where Element == any ExtractionPass {
    /// The first pass (by index) that runs before something it requires is added, or nil.
    public func firstOutOfOrder() -> (index: Int, missing: Set<DocumentPart>)? {
        var present: Set<DocumentPart> = []
        for (index, pass) in enumerated() {
            let missing = pass.requires.subtracting(present)
            if !missing.isEmpty { return (index, missing) }
            present.formUnion(pass.adds)
        }
        return nil
    }
}
