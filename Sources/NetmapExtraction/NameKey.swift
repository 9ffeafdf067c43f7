import NetmapGraph

/// A transliteration-insensitive key for names, so that spellings of one name meet:
/// Zelensky, Zelenskiy, Zelenskyy → `zelenski`; Yuri, Yury, Yuriy → `iuri`;
/// Sergei, Sergey → `sergei`; Alexei, Aleksey → `aleksei`.
///
/// It folds accents and case, then maps letters that transliterations swap (y/j → i,
/// x → ks, w → v, kh → h, ph → f) and collapses doubled letters.
///
///     NameKey.make("Zelenskyy") == NameKey.make("Zelensky")  // true
///
/// - Complexity: O(n) in the length of the name.
enum NameKey {
    static func make(_ name: String) -> String {
        let slug = Slug.make(name).replacingHyphens()
        var out: [Character] = []
        var previous: Character? = nil
        let chars = Array(slug)
        var i = 0
        while i < chars.count {
            var c = chars[i]
            var next = i + 1
            switch c {
            case "y", "j": c = "i"
            case "w": c = "v"
            case "x":
                out.append("k")
                c = "s"
            case "k" where i + 1 < chars.count && chars[i + 1] == "h": c = "h"; next = i + 2
            case "p" where i + 1 < chars.count && chars[i + 1] == "h": c = "f"; next = i + 2
            default: break
            }
            if c != previous { out.append(c) }
            previous = c
            i = next
        }
        return String(out)
    }
}

extension String {
    fileprivate func replacingHyphens() -> String {
        String(filter { $0 != "-" })
    }
}
