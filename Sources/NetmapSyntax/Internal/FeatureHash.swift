/// Stable 64-bit hashes for feature keys: the same on every run and machine (Swift's `Hasher`
/// is seeded per process, so it cannot key a saved model).
///
///     let word = FeatureHash.string("talks")
///     let key = FeatureHash.combine(7, word)  // template 7 with the word
package enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of `text`.
    @inline(__always)
    package static func string(_ text: String) -> UInt64 {
        bytes(text.utf8)
    }

    /// The FNV-1a hash of `bytes` (what ``string(_:)`` gives for the string of those bytes).
    @inline(__always)
    package static func bytes(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// FNV-1a over a part of a scalar array (prefixes and suffixes without building strings).
    @inline(__always)
    package static func scalars(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in s {
            h = (h ^ UInt64(c.value)) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// A well-mixed step (the finaliser of SplitMix64).
    @inline(__always)
    package static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    @inline(__always)
    package static func combine(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(mix(template &* 0x1000_0000_01b3) ^ a)
    }

    @inline(__always)
    package static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(combine(template, a) ^ (b &* 0x9e37_79b9_7f4a_7c15))
    }

    @inline(__always)
    package static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(combine(template, a, b) ^ (c &* 0xc2b2_ae3d_27d4_eb4f))
    }
}
