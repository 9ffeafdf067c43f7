import NetmapGraph

/// A transliteration-insensitive key for names, so that spellings of one name meet:
/// Zelensky, Zelenskiy, Zelenskyy → `zelenski`; Yuri, Yury, Yuriy → `iuri`;
/// Sergei, Sergey → `sergei`; Alexei, Aleksey → `aleksei`.
///
/// It folds accents and case, then maps letters that transliterations swap (y/j → i,
/// x → ks, w → v, kh → h, ph → f, c → k but for ch) and collapses doubled letters.
///
///     NameKey.make("Zelenskyy") == NameKey.make("Zelensky")  // true
///
/// - Complexity: O(n) in the length of the name.
enum NameKey {
    static func make(_ name: String) -> String {
        asciiKey(name) ?? foldedKey(name)
    }

    /// The key of any name, from its ``Slug`` (what ``make(_:)`` gives, more slowly for an ASCII
    /// name).
    static func foldedKey(_ name: String) -> String {
        key(slug: Array(Slug.foldedSlug(name).utf8))
    }

    /// The key of a slug (lower-case ASCII letters, digits and hyphens).
    private static func key(slug: some RandomAccessCollection<UInt8>) -> String {
        // "x" becomes two letters: the key is at most twice the slug.
        String(unsafeUninitializedCapacity: 2 * slug.count) { out in
            var count = 0
            var previous: UInt8 = 0
            func put(_ c: UInt8) {
                if c != previous {
                    out[count] = c
                    count += 1
                }
                previous = c
            }
            var i = slug.startIndex
            while i != slug.endIndex {
                let c = slug[i]
                let after = slug.index(after: i)
                let next: UInt8 = after != slug.endIndex ? slug[after] : 0
                switch c {
                case 0x2D: break  // hyphen
                case 0x79, 0x6A: put(0x69)  // y, j -> i
                case 0x77: put(0x76)  // w -> v
                case 0x78: put(0x6B); put(0x73)  // x -> ks
                case 0x6B where next == 0x68: put(0x68); i = after  // kh -> h
                case 0x70 where next == 0x68: put(0x66); i = after  // ph -> f
                case 0x63 where next != 0x68: put(0x6B)  // c -> k (Victor, Viktor), but ch stays
                default: put(c)
                }
                i = slug.index(after: i)
            }
            return count
        }
    }

    /// The key of an ASCII name, from its slug's bytes (``Slug/asciiSlug(of:into:)``, no
    /// string made of them); nil for other names, and for names with no letter or digit.
    private static func asciiKey(_ name: String) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.utf8.count + 1) { buffer in
            guard let n = Slug.asciiSlug(of: name, into: buffer), n > 0 else { return nil }
            return key(slug: UnsafeBufferPointer(rebasing: buffer[..<n]))
        }
    }
}
