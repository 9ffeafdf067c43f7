import CLibXML2
public import NetmapLexicon

/// Reads text as it comes: joins hard-wrapped lines, mends end-of-line hyphenation, drops
/// invisible characters and decodes character references, keeping a ``SourceMap`` back to the
/// text as given.
///
///     "Ursula von der\nLeyen met Volodymyr Zelen-\nsky in Brussels."
///     // → "Ursula von der Leyen met Volodymyr Zelensky in Brussels."
///
/// What it does, in one pass over the scalars after one look at the lines:
/// - **Wrapped text.** A document is wrapped when at least half of its line breaks between
///   two lines of text follow a line of nearly full width (half the 90th-percentile width or
///   more) that ends without closing punctuation, or a word cut by a hyphen before a lower-case
///   continuation, and there are at least three such breaks (a cut word counting twice).
///   Then a line break inside a paragraph is a space; a blank line, an indented line, a
///   list item (a line opening with a lone mark such as `•`, `*`, `-`, `&` or `1.`)
///   and a line after a short one start a new block. One-paragraph-per-line text is not
///   wrapped and keeps every line break.
/// - **Hyphenation.** A word cut by a hyphen at a line end ("nego-⏎tiations") is joined
///   when the next line goes on in lower case and the hyphenated form is neither a word of
///   the lexicon's names nor found elsewhere in the document; otherwise the hyphen stays
///   ("Jong-⏎un", "Franco-⏎German"). This also holds outside wrapped text.
/// - **Invisible characters** (Unicode's Default_Ignorable_Code_Point: soft hyphens, zero-width
///   spaces and joiners, a BOM inside the text) are dropped.
/// - **Character references** (`&amp;`, `&#8217;`, `&#x2019;`, `&nbsp;`; the HTML 4 names, as
///   libxml2's `htmlEntityLookup` knows them) are decoded; text such as "AT&T" is left alone.
/// - **Escaped white space** (a literal `\t`, `\n` or `\r` written by a tool that escaped its
///   text twice) is a space when it does not stand inside a word.
/// - **Paragraph marks**: an ampersand alone at the start of a line, before white space or an
///   escaped tab (Reuters-21578 opens each paragraph with one), is dropped.
///
/// Offsets stay exact: the pass leaves `document.sourceMap` for ``Extractor`` to put evidence
/// spans back into the given text. Text that needs none of this is left as it is, with no map.
///
/// - Complexity: O(n) in the text's length.
public struct Normaliser: ExtractionPass {
    public var requires: Set<DocumentPart> { [] }
    public var adds: Set<DocumentPart> { [.normalisedText] }
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func run(_ document: inout TextDocument) {
        guard let (scalars, map) = normalise(document.scalars) else { return }
        document.scalars = scalars
        document.sourceMap = map
    }

    /// The normalised scalars and their map, or nil when the text needs no change.
    func normalise(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], SourceMap)? {
        let lines = Line.lines(of: s)
        let layout = Layout(lines: lines, scalars: s)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var map = SourceMap(sourceLength: s.count)
        map.starts.reserveCapacity(s.count)
        map.ends.reserveCapacity(s.count)
        var changed = false
        var words: Set<String>?  // the document's words, made when a hyphen needs them
        var lineIndex = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                let line = lines[lineIndex]
                lineIndex += 1
                if lineIndex < lines.count, let join = layout.join(after: line, next: lines[lineIndex], scalars: s) {
                    let next = lines[lineIndex]
                    changed = true
                    switch join {
                    case .space:
                        out.append(" ")
                        map.append(i..<(i + 1))
                    case .hyphen(let at):
                        if words == nil { words = Self.words(of: s) }
                        if keepsHyphen(s, hyphen: at, next: next, words: words!) {
                            // The hyphen was copied already; drop the break.
                        } else {
                            // Take back the hyphen (and any space copied after it).
                            while let last = map.starts.last, Int(last) >= at {
                                out.removeLast()
                                map.starts.removeLast()
                                map.ends.removeLast()
                            }
                        }
                    }
                    i = next.textStart
                    continue
                }
                out.append(c)
                map.append(i..<(i + 1))
                i += 1
                continue
            }
            if c.value >= 0xAD, c.properties.isDefaultIgnorableCodePoint {
                changed = true
                i += 1
                continue
            }
            if c == "&", Self.isParagraphMark(s, at: i) {
                changed = true
                i += 1
                continue
            }
            if c == "&", let (decoded, length) = Self.reference(s, at: i) {
                changed = true
                out.append(decoded)
                map.append(i..<(i + length))
                i += length
                continue
            }
            if c == "\\", Self.isEscapedSpace(s, at: i) {
                changed = true
                out.append(" ")
                map.append(i..<(i + 2))
                i += 2
                continue
            }
            out.append(c)
            map.append(i..<(i + 1))
            i += 1
        }
        return changed ? (out, map) : nil
    }

    /// Whether the hyphen at `hyphen`, which ends a line, belongs to the word.
    private func keepsHyphen(_ s: [Unicode.Scalar], hyphen: Int, next: Line, words: Set<String>) -> Bool {
        var start = hyphen
        while start > 0, Self.isLetter(s[start - 1]) { start -= 1 }
        var end = next.textStart
        while end < s.count, Self.isLetter(s[end]) || s[end] == "-" { end += 1 }
        guard end > next.textStart, start < hyphen else { return true }
        let first = s[next.textStart]
        if !first.isLowercase { return true }
        let left = String(String.UnicodeScalarView(s[start..<hyphen]))
        let right = String(String.UnicodeScalarView(s[next.textStart..<end]))
        let hyphenated = left + "-" + right
        if lexicon.nameWords.contains(hyphenated) { return true }
        if words.contains(hyphenated.lowercased()) { return true }
        return false
    }

    /// The lower-case words of a text, hyphenated compounds kept whole.
    static func words(of s: [Unicode.Scalar]) -> Set<String> {
        var words = Set<String>()
        var current = String.UnicodeScalarView()
        for c in s {
            if isLetter(c) || (c == "-" && !current.isEmpty) {
                current.append(c)
            } else if !current.isEmpty {
                words.insert(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.insert(String(current).lowercased()) }
        return words
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isAlphabetic
    }

    // MARK: - Character references

    /// A character reference at `i` (`&name;`, `&#NNN;`, `&#xHHH;`): its scalar and length.
    static func reference(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var k = i + 1
        guard k < s.count else { return nil }
        if s[k] == "#" {
            k += 1
            let hex = k < s.count && (s[k] == "x" || s[k] == "X")
            if hex { k += 1 }
            let digitsStart = k
            var value: UInt32 = 0
            while k < s.count, k - digitsStart < 7, let digit = Self.digit(s[k], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                k += 1
            }
            guard k > digitsStart, k < s.count, s[k] == ";", value != 0, let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, k + 1 - i)
        }
        var name: [UInt8] = []
        while k < s.count, name.count < 32, s[k].isASCII, s[k].isAlphabetic || ("0"..."9").contains(s[k]) {
            name.append(UInt8(s[k].value))
            k += 1
        }
        guard !name.isEmpty, k < s.count, s[k] == ";" else { return nil }
        name.append(0)
        guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return (scalar, k + 1 - i)
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 0x30
        case "a"..."f" where hex: c.value - 0x61 + 10
        case "A"..."F" where hex: c.value - 0x41 + 10
        default: nil
        }
    }

    /// Whether the ampersand at `i` is a paragraph mark: alone at the start of a line and
    /// followed by white space or an escaped tab, as Reuters-21578's wire copy marks each
    /// paragraph ("&\\tThe dry period means ..."). Read as a word, it would be parsed as a
    /// conjunction opening the sentence.
    static func isParagraphMark(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i == 0 || s[i - 1] == "\n", i + 1 < s.count else { return false }
        let next = s[i + 1]
        return next == " " || next == "\t" || (next == "\\" && isEscapedSpace(s, at: i + 1))
    }

    /// Whether the backslash at `i` starts a literal `\t`, `\n` or `\r` that stands for white
    /// space: not inside a word ("C:\temp" keeps its backslash).
    static func isEscapedSpace(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < s.count, ["t", "n", "r"].contains(s[i + 1]) else { return false }
        if i > 0, isLetter(s[i - 1]) || ("0"..."9").contains(s[i - 1]) || s[i - 1] == "\\" { return false }
        if i + 2 < s.count, s[i + 2].isLowercase { return false }
        return true
    }
}
