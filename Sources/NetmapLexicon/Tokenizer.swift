/// Splits text into word, number and punctuation tokens that keep their offsets.
///
/// Words keep inner hyphens and apostrophes ("Jong-un", "d'Ivoire") and the dots of
/// initialisms ("U.S."); possessive and clitic endings become tokens of their own
/// ("Russia's" → "Russia", "'s"; "didn't" → "did", "n't"); known abbreviations keep their
/// period ("Mr.", "Gen."), so that it does not end a sentence.
///
///     Tokenizer.words("Russia’s U.S. envoy")  // ["Russia", "'s", "U.S.", "envoy"]
///
/// - Complexity: O(n) in the length of the range.
public enum Tokenizer {
    /// Abbreviations whose period belongs to the word.
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Prof", "Sen",
        "Rep", "Gov", "Rev", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Inc", "Ltd", "Corp", "Co", "approx",
    ]

    /// The token texts of a string (for table phrases).
    public static func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokenize(scalars, in: 0..<scalars.count).map(\.text)
    }

    /// Tokenizes `scalars[range]`.
    public static func tokenize(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            if c == " " || c == "\t" || (c.value >= 0x80 && c.properties.isWhitespace) || c == "\n" || c == "\r" {
                i += 1
                continue
            }
            if c == "n", i + 2 < end, isApostrophe(s[i + 1]), s[i + 2] == "t" {
                tokens.append(Token(start: i, end: i + 3, text: "n't", kind: .word))
                i += 3
                continue
            }
            if isWordScalar(c) {
                // The word is `s[start..<i]`, but for hyphens and apostrophes of other forms,
                // written as "-" and "'" (`straightened`).
                let start = i
                var allDigits = true
                var straightened = false
                while i < end {
                    let d = s[i]
                    if isWordScalar(d) {
                        if !(("0"..."9").contains(d)) { allDigits = false }
                        i += 1
                    } else if (d == "-" || d == "\u{2010}" || d == "\u{2011}"), i + 1 < end,
                        isWordScalar(s[i + 1])
                    {
                        if d != "-" { straightened = true }
                        i += 1
                    } else if isApostrophe(d), i + 1 < end, s[i + 1].isAlphabetic {
                        if let clitic = clitic(s, at: i, end: end, before: s[start..<i]) {
                            if clitic == "n't", i - start > 1 {
                                // "didn't": give the n back to "n't".
                                i -= 1
                            }
                            break
                        }
                        if d != "'" { straightened = true }
                        i += 1
                    } else if d == ".", (allDigits || isInitialism(s[start..<i])), i + 1 < end,
                        isWordScalar(s[i + 1]), !allDigits || ("0"..."9").contains(s[i + 1])
                    {
                        i += 1
                    } else if d == ",", allDigits, i + 3 < end, (i + 1...i + 3).allSatisfy({
                        ("0"..."9").contains(s[$0])
                    }) {
                        i += 1
                    } else {
                        break
                    }
                }
                let text = s[start..<i]
                var word = straightened ? String(scalars: ArraySlice(text.map(straightened(_:)))) : String(scalars: text)
                // Initialisms end with their own dot: "U.S." keeps the last period.
                if i < end, s[i] == ".", isInitialism(text) || (
                    abbreviations.contains(word))
                {
                    word.append(".")
                    i += 1
                }
                tokens.append(
                    Token(start: start, end: i, text: word, kind: allDigits ? .number : .word))
                continue
            }
            if isApostrophe(c), let clitic = clitic(s, at: i, end: end, before: nil) {
                let length = clitic.unicodeScalars.count
                tokens.append(Token(start: i, end: i + length, text: clitic, kind: .word))
                i += length
                continue
            }
            tokens.append(Token(start: i, end: i + 1, text: String(normalized(c)), kind: .punctuation))
            i += 1
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            return (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v)
        }
        return isWordScalarBeyondASCII(c)
    }

    private static func isWordScalarBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    /// A word's scalar as the token writes it: hyphens and apostrophes of other forms straightened.
    private static func straightened(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2010}", "\u{2011}": "-"
        case "\u{2019}": "'"
        default: c
        }
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }

    private static func normalized(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2019}", "\u{2018}": "'"
        default: c
        }
    }

    /// Single letters separated by dots: "U.S", "U.K", "E.U".
    private static func isInitialism(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var count = 0
        var expectLetter = true
        for c in text {
            if expectLetter {
                guard c.isUppercase else { return false }
                count += 1
            } else if c != "." {
                return false
            }
            expectLetter.toggle()
        }
        return count >= 1 && !expectLetter && text.count >= 1
            && (count >= 2 || text.count == 1)
    }

    /// The clitic that starts at the apostrophe at `i` ("'s", "'ll", "'re", "'ve", "'d",
    /// "'m"), or "n't" when the word before ends in n and "t" follows.
    private static func clitic(
        _ s: [Unicode.Scalar], at i: Int, end: Int, before: ArraySlice<Unicode.Scalar>?
    ) -> String? {
        func letter(_ k: Int) -> Unicode.Scalar? {
            k < end ? s[k] : nil
        }
        func boundary(_ k: Int) -> Bool {
            guard let c = letter(k) else { return true }
            return !isWordScalar(c)
        }
        if let before, before.last == "n", letter(i + 1) == "t", boundary(i + 2) {
            return "n't"
        }
        for ending in ["s", "ll", "re", "ve", "d", "m"] {
            let scalars = Array(ending.unicodeScalars)
            var matches = true
            for (k, e) in scalars.enumerated() where letter(i + 1 + k) != e {
                matches = false
                break
            }
            if matches, boundary(i + 1 + scalars.count) {
                return "'" + ending
            }
        }
        return nil
    }
}
