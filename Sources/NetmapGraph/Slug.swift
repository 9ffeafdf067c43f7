import Foundation

/// Makes the slug part of an id: lower-case ASCII letters and digits joined by single hyphens.
///
///     Slug.make("António Costa")  // "antonio-costa"
///     Slug.make("Kim Jong-un")    // "kim-jong-un"
public enum Slug {
    /// - Complexity: O(n) in the length of `name`.
    public static func make(_ name: String) -> String {
        asciiSlug(name) ?? foldedSlug(name)
    }

    /// The slug of any name, scalar by scalar, accents folded.
    package static func foldedSlug(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        func add(_ folded: Unicode.Scalar) {
            let v = folded.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) {
                if pendingHyphen, !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(UInt8(v).lowercasedASCII)
            } else if folded == "'" || folded == "\u{2019}" {
                return
            } else {
                pendingHyphen = true
            }
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                add(scalar)
            } else {
                for folded in fold(scalar) { add(folded) }
            }
        }
        return out.isEmpty ? "unnamed" : String(decoding: out, as: UTF8.self)
    }

    /// The slug of an ASCII name, read byte by byte (most names; the same as ``foldedSlug(_:)``
    /// gives); nil for a name with other characters.
    private static func asciiSlug(_ name: String) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.utf8.count + 1) { buffer in
            asciiSlug(of: name, into: buffer).map { $0 == 0 ? "unnamed" : String(decoding: buffer[..<$0], as: UTF8.self) }
        }
    }

    /// Writes the slug of an ASCII name into `buffer` (at least one byte longer than the
    /// name's UTF-8: a hyphen stands for at least one byte, so the slug is never longer) and
    /// returns its length in bytes (0 for a name with no letter or digit, where ``make(_:)``
    /// says "unnamed"); nil for a name with other characters.
    package static func asciiSlug(of name: String, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var n = 0
        var pendingHyphen = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) {
                if pendingHyphen, n > 0 {
                    buffer[n] = 0x2D
                    n += 1
                }
                pendingHyphen = false
                buffer[n] = byte.lowercasedASCII
                n += 1
            } else if byte != 0x27 {  // an apostrophe joins ("O'Brien")
                pendingHyphen = true
            }
        }
        return n
    }

    /// Strips accents and maps a few letters that do not decompose (ß, ø, ł, đ, æ, œ).
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII { return [scalar] }
        switch scalar {
        case "ß": return ["s", "s"]
        case "ø", "Ø": return ["o"]
        case "ł", "Ł": return ["l"]
        case "đ", "Đ": return ["d"]
        case "æ", "Æ": return ["a", "e"]
        case "œ", "Œ": return ["o", "e"]
        case "ı": return ["i"]
        default: break
        }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        let base = Array(decomposed.filter { $0.isASCII })
        return base.isEmpty ? [scalar] : base
    }
}

extension UInt8 {
    fileprivate var lowercasedASCII: UInt8 {
        (0x41...0x5A).contains(self) ? self + 0x20 : self
    }
}
