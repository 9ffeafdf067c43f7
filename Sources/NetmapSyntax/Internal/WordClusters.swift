/// Word clusters: each known word's place in a binary tree of words that occur in like contexts
/// (Brown et al. 1992), read by the tagger and the parser as three features — the first
/// ``shortPrefix`` and ``longPrefix`` bits of the word's path and the whole path — so that a word
/// the treebank never showed shares weights with the words of its cluster (Koo, Carreras and
/// Collins 2008).
///
/// The clusters are learnt from unlabelled news and the treebank's training text by
/// `Scripts/syntax/word-clusters.py`; the model carries them (words as ``FeatureHash`` values of
/// their lower-case form, paths as bits), so a binary needs no other file.
package struct WordClusters: Sendable {
    /// Bits of the shorter and longer path prefixes read as features.
    package let shortPrefix: Int
    package let longPrefix: Int
    /// The number of words with a path.
    package let count: Int
    private let table: PrehashedTable<Features>

    /// The three feature values of one word: short prefix, long prefix, whole path.
    package typealias Features = (UInt64, UInt64, UInt64)

    /// The features of a word without a path (and of every word when the model has no clusters).
    package static let unknown: Features = (FeatureHash.mix(0x554e_4b34), FeatureHash.mix(0x554e_4b38), FeatureHash.mix(0x554e_4b46))

    /// No clusters: every word ``unknown``.
    package static let none = WordClusters(words: [], paths: [], shortPrefix: 0, longPrefix: 0)

    /// Clusters of `words` (lower-case word hashes, as ``WordInfo/lower``) with their `paths`: a
    /// path's bits, most significant first, below a leading 1 that marks its length (path "0110"
    /// is `0b10110`). A word listed twice keeps its first path.
    package init(words: [UInt64], paths: [UInt32], shortPrefix: Int, longPrefix: Int) {
        precondition(words.count == paths.count)
        self.shortPrefix = shortPrefix
        self.longPrefix = longPrefix
        var pairs: [UInt64: Features] = [:]
        pairs.reserveCapacity(words.count)
        for (word, path) in zip(words, paths) where pairs[word] == nil {
            pairs[word] = Self.features(path, shortPrefix: shortPrefix, longPrefix: longPrefix)
        }
        count = pairs.count
        table = PrehashedTable(pairs)
    }

    /// The features of `lower` (a ``WordInfo/lower`` hash).
    @inline(__always)
    package subscript(lower: UInt64) -> Features { table[lower] ?? Self.unknown }

    /// The path bits of a written path ("0110" → `0b10110`); nil for anything but 1 to 31 binary
    /// digits.
    package static func path(_ text: Substring) -> UInt32? {
        guard (1...31).contains(text.utf8.count) else { return nil }
        var bits: UInt32 = 1
        for byte in text.utf8 {
            guard byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") else { return nil }
            bits = bits << 1 | UInt32(byte - UInt8(ascii: "0"))
        }
        return bits
    }

    private static func features(_ path: UInt32, shortPrefix: Int, longPrefix: Int) -> Features {
        let length = 31 - path.leadingZeroBitCount
        func prefix(_ n: Int) -> UInt64 { UInt64(path >> UInt32(max(0, length - n))) }
        return (
            FeatureHash.combine(0x636c_31, prefix(shortPrefix)), FeatureHash.combine(0x636c_32, prefix(longPrefix)),
            FeatureHash.combine(0x636c_33, UInt64(path))
        )
    }
}
