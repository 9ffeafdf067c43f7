/// The feature templates of the part-of-speech tagger: the word, its affixes and shape, the
/// two words either side, the two tags already given to its left, and the ``WordClusters``
/// features of the word and the next one.
package enum TaggerFeatures {
    package static let count = 31

    /// Writes the features of position `i` into `out` (``count`` keys).
    ///
    /// - Parameters:
    ///   - words: the sentence, with ``WordInfo/start`` and ``WordInfo/end`` around it
    ///     (two each side), so that `i` counts from 2.
    ///   - t1: the tag of the previous token (or a marker), `t2` the one before.
    @inline(__always)
    package static func extract(
        _ words: UnsafeBufferPointer<WordInfo>, _ i: Int, t1: UInt64, t2: UInt64, into out: UnsafeMutablePointer<UInt64>
    ) {
        let w = words[i], p1 = words[i - 1], p2 = words[i - 2], n1 = words[i + 1], n2 = words[i + 2]
        typealias H = FeatureHash
        out[0] = H.combine(1, 0)
        out[1] = H.combine(2, w.lower)
        out[2] = H.combine(3, w.form)
        out[3] = H.combine(4, w.suffix.0)
        out[4] = H.combine(5, w.suffix.1)
        out[5] = H.combine(6, w.suffix.2)
        out[6] = H.combine(7, w.suffix.3)
        out[7] = H.combine(8, w.prefix.0)
        out[8] = H.combine(9, w.prefix.1)
        out[9] = H.combine(10, w.prefix.2)
        out[10] = H.combine(11, w.shape)
        out[11] = H.combine(12, t1)
        out[12] = H.combine(13, t2, t1)
        out[13] = H.combine(14, t1, w.lower)
        out[14] = H.combine(15, p1.lower)
        out[15] = H.combine(16, p1.suffix.2)
        out[16] = H.combine(17, p2.lower)
        out[17] = H.combine(18, n1.lower)
        out[18] = H.combine(19, n1.suffix.2)
        out[19] = H.combine(20, n2.lower)
        out[20] = H.combine(21, p1.lower, w.lower)
        out[21] = H.combine(22, w.lower, n1.lower)
        out[22] = H.combine(23, n1.shape)
        out[23] = H.combine(24, t1, n1.lower)
        out[24] = H.combine(25, i == 2 ? 1 : 0, w.shape)
        out[25] = H.combine(26, w.cluster.0)
        out[26] = H.combine(27, w.cluster.1)
        out[27] = H.combine(28, w.cluster.2)
        out[28] = H.combine(29, n1.cluster.2)
        out[29] = H.combine(30, n1.cluster.0)
        out[30] = H.combine(31, t1, w.cluster.1)
    }

    /// The history value of tag class `c` (and of the positions before the sentence).
    @inline(__always)
    package static func tag(_ c: Int) -> UInt64 { UInt64(c + 1) }
    package static let noTag: UInt64 = 0
}
