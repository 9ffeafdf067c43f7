import Foundation
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

    /// Whether `needle` occurs in `haystack`, byte for byte: the C library's `memchr` finds each
    /// place its first byte occurs, `memcmp` compares the rest.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { needle in
            let last = base + (haystack.count - needle.count)
            var at = base
            while at <= last {
                guard let hit = memchr(at, Int32(first), last - at + 1) else { return false }
                let candidate = hit.assumingMemoryBound(to: UInt8.self)
                if memcmp(candidate, needle.baseAddress!, needle.count) == 0 { return true }
                at = UnsafePointer(candidate) + 1
            }
            return false
        }
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
        var text = line
        if text.withUTF8({ bytes in markerBytes.contains { Self.contains(bytes, $0) } }) { return true }
        // Fewer than 60 characters (the 60th is not there: counting them all costs more).
        if line.dropFirst(59).isEmpty, DateFinder.isDateline(line) { return true }
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
