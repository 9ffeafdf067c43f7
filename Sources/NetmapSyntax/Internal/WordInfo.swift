/// What the tagger and parser know of a token, hashed once per sentence: its lower-case and
/// cased forms, prefixes, suffixes and shape (numbers only, so that copies cost nothing).
package struct WordInfo: Sendable {
    package var lower: UInt64
    package var form: UInt64
    /// Suffixes of 1...4 scalars of the lower-case form (shorter words repeat the whole word).
    package var suffix: (UInt64, UInt64, UInt64, UInt64)
    /// Prefixes of 1...3 scalars.
    package var prefix: (UInt64, UInt64, UInt64)
    package var shape: UInt64
    /// The ``WordClusters`` features of the lower-case form (``WordClusters/unknown`` unless
    /// given clusters).
    package var cluster: WordClusters.Features = WordClusters.unknown

    /// Stands for the positions before the first and after the last token.
    package static let start = WordInfo(marker: 0x5354_4152_54)
    package static let end = WordInfo(marker: 0x454e_44)

    private init(marker: UInt64) {
        let h = FeatureHash.mix(marker)
        lower = h
        form = h
        suffix = (h, h, h, h)
        prefix = (h, h, h)
        shape = h
        cluster = (h, h, h)
    }

    /// Longest form looked at for prefixes, suffixes and shape: longer tokens (a URL, a run of
    /// letters) are read only to this length for those features.
    static let shapeLimit = 64

    package init(_ text: String) {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            self.init(ascii: text)
        } else {
            self.init(unicode: text)
        }
    }

    /// The features of `text` with its place in `clusters`.
    package init(_ text: String, clusters: WordClusters) {
        self.init(text)
        cluster = clusters[lower]
    }

    private init(unicode text: String) {
        let lowered = text.lowercased()
        lower = FeatureHash.string(lowered)
        form = FeatureHash.string(text)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(16)
        for c in lowered.unicodeScalars.prefix(Self.shapeLimit) { scalars.append(c) }
        let n = scalars.count
        func suf(_ k: Int) -> UInt64 { FeatureHash.mix(FeatureHash.scalars(scalars[max(0, n - k)...]) ^ UInt64(k)) }
        func pre(_ k: Int) -> UInt64 { FeatureHash.mix(FeatureHash.scalars(scalars[..<min(n, k)]) ^ UInt64(k &+ 16)) }
        suffix = (suf(1), suf(2), suf(3), suf(4))
        prefix = (pre(1), pre(2), pre(3))
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt32 = 0
        var run = 0
        for c in text.unicodeScalars.prefix(Self.shapeLimit) {
            let p = c.properties
            let k: UInt32 = p.isUppercase ? 88 : p.isLowercase ? 120 : p.numericType != nil ? 100 : p.isAlphabetic ? 97 : c.value
            Self.shapeStep(&h, &last, &run, k)
        }
        shape = FeatureHash.mix(h)
    }

    /// The same features for ASCII text, without building scalar arrays (the common case).
    private init(ascii text: String) {
        var bytes = Array(text.utf8)
        form = FeatureHash.string(text)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt32 = 0
        var run = 0
        for b in bytes.prefix(Self.shapeLimit) {
            let k: UInt32 = b >= 65 && b <= 90 ? 88 : b >= 97 && b <= 122 ? 120 : b >= 48 && b <= 57 ? 100 : UInt32(b)
            Self.shapeStep(&h, &last, &run, k)
        }
        shape = FeatureHash.mix(h)
        var changed = false
        for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 {
            bytes[i] += 32
            changed = true
        }
        if changed {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            lower = h
        } else {
            lower = form
        }
        let n = min(bytes.count, Self.shapeLimit)
        // Hash bytes as FeatureHash.scalars hashes scalars (the same values for ASCII).
        func hash(_ range: Range<Int>) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in range { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01b3 }
            return h
        }
        func suf(_ k: Int) -> UInt64 { FeatureHash.mix(hash(max(0, n - k)..<n) ^ UInt64(k)) }
        func pre(_ k: Int) -> UInt64 { FeatureHash.mix(hash(0..<min(n, k)) ^ UInt64(k &+ 16)) }
        suffix = (suf(1), suf(2), suf(3), suf(4))
        prefix = (pre(1), pre(2), pre(3))
    }

    /// One scalar class of the shape: runs longer than two are cut to two ("McCain" → "XxXxx",
    /// "2024" → "dd").
    @inline(__always)
    private static func shapeStep(_ h: inout UInt64, _ last: inout UInt32, _ run: inout Int, _ k: UInt32) {
        if k == last {
            run += 1
            if run > 2 { return }
        } else {
            last = k
            run = 1
        }
        h = (h ^ UInt64(k)) &* 0x0000_0100_0000_01b3
    }
}
