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
        // The slug is lower-case ASCII letters, digits and hyphens.
        let slug = Array(Slug.make(name).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(slug.count + 2)
        var previous: UInt8 = 0
        var i = 0
        func put(_ c: UInt8) {
            if c != previous { out.append(c) }
            previous = c
        }
        while i < slug.count {
            let c = slug[i]
            let next: UInt8 = i + 1 < slug.count ? slug[i + 1] : 0
            switch c {
            case 0x2D: break  // hyphen
            case 0x79, 0x6A: put(0x69)  // y, j -> i
            case 0x77: put(0x76)  // w -> v
            case 0x78: put(0x6B); put(0x73)  // x -> ks
            case 0x6B where next == 0x68: put(0x68); i += 1  // kh -> h
            case 0x70 where next == 0x68: put(0x66); i += 1  // ph -> f
            case 0x63 where next != 0x68: put(0x6B)  // c -> k (Victor, Viktor), but ch stays
            default: put(c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
