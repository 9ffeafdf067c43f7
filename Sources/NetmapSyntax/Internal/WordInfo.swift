/// What the tagger and parser know of a token, hashed once per sentence: its lower-case and
/// cased forms, prefixes, suffixes and shape.
package struct WordInfo: Sendable {
    package var lower: UInt64
    package var form: UInt64
    /// Suffixes of 1...4 scalars of the lower-case form (shorter words repeat the whole word).
    package var suffix: (UInt64, UInt64, UInt64, UInt64)
    /// Prefixes of 1...3 scalars.
    package var prefix: (UInt64, UInt64, UInt64)
    package var shape: UInt64

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
    }

    /// Longest form looked at for prefixes, suffixes and shape: longer tokens (a URL, a run of
    /// letters) are read only to this length for those features.
    static let shapeLimit = 64

    package init(_ text: String) {
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
        shape = Self.shape(text)
    }

    /// The word's shape: X for upper-case, x lower-case, d digit, other scalars as they are,
    /// runs longer than two cut to two ("McCain" → "XxXxx" → "XxXxx"; "2024" → "dd").
    static func shape(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt32 = 0
        var run = 0
        for c in text.unicodeScalars.prefix(shapeLimit) {
            let p = c.properties
            let k: UInt32 = p.isUppercase ? 88 : p.isLowercase ? 120 : p.numericType != nil ? 100 : p.isAlphabetic ? 97 : c.value
            if k == last {
                run += 1
                if run > 2 { continue }
            } else {
                last = k
                run = 1
            }
            h = (h ^ UInt64(k)) &* 0x0000_0100_0000_01b3
        }
        return FeatureHash.mix(h)
    }
}
