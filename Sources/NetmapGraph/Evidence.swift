/// Where a relation is stated: the document, the sentence, its place and the cue word.
///
///     Evidence(source: "bbc-001", sentence: "Macron met Scholz.", start: 0, end: 18, cue: "met")
public struct Evidence: Hashable, Comparable, Sendable {
    /// Name of the source document.
    public var source: String
    /// The sentence that states the relation, as netmap read it: wrapped lines joined,
    /// character references decoded, invisible characters dropped (`start..<end` slices the
    /// document as given).
    public var sentence: String
    /// Offset of the sentence's first character in the document, in Unicode scalars.
    public var start: Int
    /// Offset just past the sentence's last character, in Unicode scalars.
    public var end: Int
    /// The word or phrase that signalled the relation ("met", "ally", "President").
    public var cue: String

    public init(source: String, sentence: String, start: Int, end: Int, cue: String) {
        self.source = source
        self.sentence = sentence
        self.start = start
        self.end = end
        self.cue = cue
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        // Every field takes part, so that the order is total and sorting is deterministic.
        (lhs.source, lhs.start, lhs.end, lhs.cue, lhs.sentence) < (rhs.source, rhs.start, rhs.end, rhs.cue, rhs.sentence)
    }
}
