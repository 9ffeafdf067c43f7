/// Numbers words: a map from a word to the order in which it was added, for the look-ups
/// extraction makes at every token (the first words of table phrases, function-word classes).
/// It hashes a word's UTF-8 bytes with FNV-1a into an open-addressing table kept at most half
/// full: cheaper than `Dictionary<String, Int>`, whose seeded SipHash of a String costs more
/// than the rest of a typical look-up.
///
///     var index = WordIndex()
///     index.insert("minister")  // 0
///     index["minister"]         // 0
///     index["ministry"]         // nil
///
/// - Complexity: O(length of the word) expected for a look-up or an insertion.
public struct WordIndex: Sendable {
    private var words: [String] = []
    private var hashes: [UInt64] = []
    /// Indices into `words`, -1 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 16)
    /// Which (first byte, length) pairs the words have, so that most words asked about are
    /// turned away without hashing them: bit `min(length, 63)` of `shapes[first byte]`.
    private var shapes = [UInt64](repeating: 0, count: 256)

    @inline(__always)
    private static func shape(_ word: String) -> (byte: Int, bit: UInt64) {
        let utf8 = word.utf8
        return (Int(utf8.first ?? 0), 1 << UInt64(min(utf8.count, 63)))
    }

    public init() {}

    /// The number of words.
    public var count: Int { words.count }

    /// The number of `word`, or nil when it was never added.
    @inline(__always)
    public subscript(word: String) -> Int? {
        let shape = Self.shape(word)
        guard shapes[shape.byte] & shape.bit != 0 else { return nil }
        return number(of: word)
    }

    /// The number of a word whose shape some word has: the hashed look-up.
    private func number(of word: String) -> Int? {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let i = Int(slots[slot])
            if i < 0 { return nil }
            if hashes[i] == hash, words[i] == word { return i }
            slot = (slot + 1) & mask
        }
    }

    /// The number of `word`, adding it (as the next number) if it is new.
    @discardableResult
    public mutating func insert(_ word: String) -> Int {
        if let i = self[word] { return i }
        if (words.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(word)
        place(words.count, hash: hash)
        let shape = Self.shape(word)
        shapes[shape.byte] |= shape.bit
        words.append(word)
        hashes.append(hash)
        return words.count - 1
    }

    private mutating func place(_ i: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(i)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (i, hash) in hashes.enumerated() { place(i, hash: hash) }
    }

    /// FNV-1a over the UTF-8 bytes, its high bits folded into the low ones the table reads.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h ^ (h >> 29)
    }
}
