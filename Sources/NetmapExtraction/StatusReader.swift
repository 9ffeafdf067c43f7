import NetmapGraph
import NetmapLexicon

/// Decides whether what a cue states happened, is planned, was proposed, or is denied.
///
/// It reads the status words (``Lexicon/statusCues``) in the clause before the cue and just
/// after it: negation wins over proposal, proposal over plan. Without any, a past or present
/// verb and a bare noun state what happened, and "to meet" after an unmarked verb is proposed.
///
///     "Trump will meet Putin"         // planned
///     "Trump could meet Putin"        // proposed
///     "Trump did not meet Putin"      // negated
struct StatusReader: Sendable {
    let lexicon: Lexicon
    /// Words that end a clause: status words are not looked for past them.
    let breakers: Set<String>

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.breakers = lexicon.words(.clauseBreaker)
    }

    func status(
        of cue: Lexicon.Cue, at range: Range<Int>, in sentence: Sentence, names: [Bool]
    ) -> Relation.Status {
        let words = sentence.lower
        var start = max(0, range.lowerBound - 10)
        for k in stride(from: range.lowerBound - 1, through: start, by: -1)
        where breakers.contains(words[k]) && words[k] != "“" && words[k] != "”" {
            start = k + 1
            break
        }
        let end = min(words.count, range.upperBound + 4)
        var found: Set<Relation.Status> = []
        var k = start
        while k < end {
            // Names are not status words: "Theresa May", "Will Smith".
            if (k >= range.lowerBound && k < range.upperBound) || names[k] {
                k += 1
                continue
            }
            if let match = lexicon.statusCues.longestMatch(in: words, at: k) {
                // After the cue only time words count ("meet next week").
                if k < range.upperBound || match.values.contains(.planned) && match.length > 1 {
                    found.formUnion(match.values)
                }
                k += match.length
            } else {
                k += 1
            }
        }
        // A condition anywhere in the sentence ("if that is confirmed, he will contact ...").
        if words.contains(where: { $0 == "if" || $0 == "unless" }) { found.insert(.proposed) }
        if found.contains(.negated) { return .negated }
        // An alliance is a standing state, not an event: it holds or it is denied.
        if cue.relation == .alliedWith { return .occurred }
        if found.contains(.proposed) { return .proposed }
        if found.contains(.planned) { return .planned }
        if cue.form == .base, range.lowerBound > 0, words[range.lowerBound - 1] == "to" {
            return .proposed
        }
        return .occurred
    }
}
