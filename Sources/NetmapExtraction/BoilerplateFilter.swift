/// Marks lines that are not the article's prose: photo captions and credits, "Read more"
/// links, share prompts, image alt text and datelines. Their entities still count as mentions,
/// but no relation is read from them.
///
///     "Photograph: Alexei Nikolsky/AFP via Getty Images"  // boilerplate
public struct BoilerplateFilter: ExtractionPass {
    /// Lower-case line openings that mark boilerplate.
    static let openings = [
        "photograph:", "photo:", "photos:", "image:", "picture:", "credit:", "source:",
        "read also", "read more", "also read", "related:", "related articles", "for more info",
        "for more information", "you may also like", "you might also like", "leave a reply",
        "sign up", "subscribe", "share this", "advertisement", "click here", "follow us",
        "update.", "updated:", "published:", "copyright", "©", "all rights reserved",
    ]

    /// Lower-case phrases that mark a caption or credit anywhere in the line.
    static let markers = [
        "photograph:", "via getty images", "getty images", "/afp", "/reuters", "/ap photo",
        "(photo by", "photo credit", "/shutterstock", "/epa", "/pool",
    ]

    public init() {}

    public func run(_ document: inout TextDocument) {
        var seen: [String: Int] = [:]
        var lines: [Range<Int>] = []
        var start = 0
        let s = document.scalars
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        for line in lines {
            let text = document.text(line).lowercased().trimmed()
            if !text.isEmpty { seen[text, default: 0] += 1 }
        }
        for line in lines {
            let original = document.text(line).trimmed()
            let text = original.lowercased()
            if text.isEmpty { continue }
            if isBoilerplate(original, repeated: seen[text, default: 0] > 1) {
                document.boilerplate.append(line)
            }
        }
    }

    /// Whether a trimmed line is boilerplate; `repeated` when the same line occurs again.
    func isBoilerplate(_ original: String, repeated: Bool) -> Bool {
        let line = original.lowercased()
        if Self.openings.contains(where: { line.hasPrefix($0) }) { return true }
        if Self.markers.contains(where: { line.contains($0) }) { return true }
        if DateFinder.isDateline(line) { return true }
        // Image alt text and repeated snippets: a line seen twice, or a lower-case line with no
        // final punctuation.
        if repeated, !line.hasSuffix(".") { return true }
        if let first = original.unicodeScalars.first, first.properties.isLowercase,
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
