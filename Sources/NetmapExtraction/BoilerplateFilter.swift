public import NetmapLexicon

/// Marks lines that are not the article's prose: photo captions and credits, "Read more"
/// links, share prompts, image alt text and datelines. Their entities still count as mentions,
/// but no relation is read from them.
///
///     "Photograph: Alexei Nikolsky/AFP via Getty Images"  // boilerplate
public struct BoilerplateFilter: ExtractionPass {
    public var requires: Set<DocumentPart> { [.normalisedText] }
    public var adds: Set<DocumentPart> { [.boilerplate] }


    /// Lower-case line openings that mark boilerplate, from the boilerplate table.
    let openings: [String]
    /// Lower-case phrases that mark a caption or credit anywhere in the line, as bytes.
    let markerBytes: [[UInt8]]

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    public init(lexicon: Lexicon = .builtin) {
        openings = lexicon.boilerplateOpenings
        markerBytes = lexicon.boilerplateMarkers.map { Array($0.utf8) }
    }

    public func run(_ document: inout TextDocument) {
        var seen: [String: Int] = [:]
        var lines: [Range<Int>] = []
        var start = 0
        let s = document.scalars
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        // Boilerplate lines are short; long paragraphs are prose and are not looked into.
        var texts: [(range: Range<Int>, original: String, lower: String)] = []
        for line in lines where line.count <= Self.longestBoilerplate {
            let original = document.text(line).trimmed()
            if original.isEmpty { continue }
            let lower = original.lowercased()
            seen[lower, default: 0] += 1
            texts.append((line, original, lower))
        }
        for (line, original, lower) in texts where isBoilerplate(original, lower: lower, repeated: seen[lower, default: 0] > 1) {
            document.boilerplate.append(line)
        }
    }

    /// Lines longer than this (in scalars) are prose.
    static let longestBoilerplate = 400

    /// Whether a trimmed line is boilerplate; `repeated` when the same line occurs again.
    func isBoilerplate(_ original: String, lower line: String, repeated: Bool) -> Bool {
        if openings.contains(where: { line.hasPrefix($0) }) { return true }
        let bytes = Array(line.utf8)
        if markerBytes.contains(where: { Self.contains(bytes, $0) }) { return true }
        if line.count < 60, DateFinder.isDateline(line) { return true }
        // Image alt text and repeated snippets: a line seen twice, or a lower-case line with no
        // final punctuation.
        if repeated, !line.hasSuffix(".") { return true }
        if let first = original.unicodeScalars.first, first.isLowercase,
            !line.hasSuffix("."), !line.hasSuffix("”"), !line.hasSuffix("\"")
        {
            return true
        }
        return false
    }
}

extension String {
    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
