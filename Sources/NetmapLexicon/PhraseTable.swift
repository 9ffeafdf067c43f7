/// Finds the longest table phrase that starts at a token, in time bounded by the number of
/// phrases that share its first word.
///
///     var table = PhraseTable<String>()
///     table.insert(["prime", "minister"], "PM")
///     table.longestMatch(in: ["the", "prime", "minister"], at: 1)  // (2, ["PM"])
public struct PhraseTable<Value: Sendable>: Sendable {
    /// The words after the first of each phrase, and the phrase's values (same index).
    ///
    /// Lookups touch only the words, whose types do not depend on `Value`: a table used from
    /// another module runs unspecialised, and there every access to a generic type asks the
    /// runtime for its metadata, which cost more than the lookup itself.
    private var rests: [[String]] = []
    private var values: [[Value]] = []
    /// The number of each first word, and the phrases (indices into `rests`) under each of
    /// them, longest first.
    private var firstWords = WordIndex()
    private var byFirstWord: [[Int]] = []
    public init() {}

    public var isEmpty: Bool { firstWords.count == 0 }

    /// Adds `value` under `words`; phrases sharing words keep all their values in order.
    public mutating func insert(_ words: [String], _ value: Value) {
        guard let first = words.first else { return }
        let rest = Array(words.dropFirst())
        let number = firstWords.insert(first)
        if number == byFirstWord.count { byFirstWord.append([]) }
        var phrases = byFirstWord[number]
        if let index = phrases.first(where: { rests[$0] == rest }) {
            values[index].append(value)
        } else {
            rests.append(rest)
            values.append([value])
            phrases.append(rests.count - 1)
            phrases.sort { rests[$0].count > rests[$1].count }
        }
        byFirstWord[number] = phrases
    }

    /// The longest phrase starting at `words[index]`: its length in words and its values.
    public func longestMatch(in words: [String], at index: Int) -> (length: Int, values: [Value])? {
        guard let (length, phrase) = longestPhrase(in: words, at: index) else { return nil }
        return (length, values[phrase])
    }

    /// The length and index of the longest phrase starting at `words[index]`.
    private func longestPhrase(in words: [String], at index: Int) -> (length: Int, phrase: Int)? {
        guard index < words.count else { return nil }
        guard let number = firstWords[words[index]] else { return nil }
        for phrase in byFirstWord[number] {
            let rest = rests[phrase]
            let end = index + 1 + rest.count
            guard end <= words.count else { continue }
            var matches = true
            for (k, word) in rest.enumerated() where words[index + 1 + k] != word {
                matches = false
                break
            }
            if matches { return (1 + rest.count, phrase) }
        }
        return nil
    }

    /// The values stored under exactly `words`.
    public func values(for words: [String]) -> [Value] {
        guard let first = words.first, let number = firstWords[first] else { return [] }
        let rest = Array(words.dropFirst())
        return byFirstWord[number].first { rests[$0] == rest }.map { values[$0] } ?? []
    }
}
