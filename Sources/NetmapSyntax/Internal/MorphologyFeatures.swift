/// The feature templates of the morphology model: the word, its affixes and shape, its
/// neighbours, and the UPOS of it and of the tokens around it (an auxiliary before "held" makes
/// it a participle), each joined with the token's UPOS.
package enum MorphologyFeatures {
    package static let count = 14

    /// Writes the features of position `i` (counting from 2, as padded) into `out`; `upos`
    /// holds the UPOS index of each token (from 0).
    @inline(__always)
    package static func extract(
        _ words: UnsafeBufferPointer<WordInfo>, _ i: Int, upos: [Int], into out: UnsafeMutablePointer<UInt64>
    ) {
        typealias H = FeatureHash
        let w = words[i], p1 = words[i - 1], p2 = words[i - 2], n1 = words[i + 1]
        let k = i - 2
        let u = UInt64(upos[k] + 1)
        let u1 = k > 0 ? UInt64(upos[k - 1] + 1) : 0, u2 = k > 1 ? UInt64(upos[k - 2] + 1) : 0
        let v1 = k + 1 < upos.count ? UInt64(upos[k + 1] + 1) : 0
        out[0] = H.combine(201, u)
        out[1] = H.combine(202, u, w.lower)
        out[2] = H.combine(203, u, w.suffix.0)
        out[3] = H.combine(204, u, w.suffix.1)
        out[4] = H.combine(205, u, w.suffix.2)
        out[5] = H.combine(206, u, w.suffix.3)
        out[6] = H.combine(207, u, p1.lower)
        out[7] = H.combine(208, u, p2.lower)
        out[8] = H.combine(209, u, n1.lower)
        out[9] = H.combine(210, u, u1, u2)
        out[10] = H.combine(211, u, v1)
        out[11] = H.combine(212, u, w.shape)
        out[12] = H.combine(213, u, w.form)
        out[13] = H.combine(214, u, u1, p1.lower)
    }
}
