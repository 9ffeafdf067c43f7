/// A word or punctuation mark of a text, with its place.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word, number, punctuation
    }

    /// Offset of the first scalar in the text.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int
    /// The token as matched against tables: curly apostrophes straightened.
    public var text: String
    public var kind: Kind

    public init(start: Int, end: Int, text: String, kind: Kind) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
    }

    /// The token in lower case, as cue and title tables are matched.
    public var lower: String { Self.lowercase(text) }

    /// `text.lowercased()`, without building a new string when `text` is ASCII with no
    /// capital (most words) and without Unicode case tables when it is ASCII.
    ///
    ///     Token.lowercase("Putin")  // "putin"
    public static func lowercase(_ text: String) -> String {
        // nil inside: not ASCII; nil outside: no contiguous UTF-8 (a bridged string).
        let ascii = text.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
            var capitals = false
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A { capitals = true }
            }
            guard capitals else { return text }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (k, byte) in utf8.enumerated() {
                    buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return utf8.count
            }
        }
        return ascii.flatMap { $0 } ?? text.lowercased()
    }

    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.unicodeScalars.first!.isUppercase
    }
}
