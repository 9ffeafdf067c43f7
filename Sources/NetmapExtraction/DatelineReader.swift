import NetmapLexicon

/// Reads a wire dateline at the start of a story's first sentences: its place is a place, its
/// agency credit names no actor, and its date dates the document.
///
///     "ANCHORAGE, Alaska, Aug. 15, 2025 (Reuters) - US President Donald Trump met ..."
///     // place ANCHORAGE, Alaska; agency Reuters (no entity); date 2025-08-15
///     "WASHINGTON, March 31 - ..."   "LONDON (AP) — ..."   "MOSCOW, April 13 - ..."
///
/// A dateline is a place in capitals (up to four words), then optionally a region, a date
/// (a month by name or abbreviation and a day, perhaps a year) and an agency in brackets, then
/// a dash, all within the first five sentences. Mentions in the place become locations; those
/// in the agency's brackets are dropped. Runs after ``MentionTagger``.
public struct DatelineReader: ExtractionPass {
    public var requires: Set<DocumentPart> { [.mentions] }
    public var adds: Set<DocumentPart> { [.dateline] }
    public init() {}

    public func run(_ document: inout TextDocument) {
        for index in document.sentences.indices.prefix(5) where !document.sentences[index].isHeadline {
            guard let found = Self.dateline(in: document.sentences[index]) else { continue }
            let sentence = document.sentences[index]
            var dateline = Dateline(
                range: sentence.tokens[0].start..<sentence.tokens[found.dash].end, month: found.month, day: found.day,
                year: found.year)
            if let agency = found.agency {
                dateline.agency = agency.map { sentence.tokens[$0].text }.joined(separator: " ")
            }
            document.dateline = dateline
            document.mentions.removeAll { $0.sentence == index && found.agency?.overlaps($0.tokens) == true }
            for k in document.mentions.indices where document.mentions[k].sentence == index
                && document.mentions[k].tokens.overlaps(found.place)
            {
                document.mentions[k].role = .location
            }
            return
        }
    }

    struct Found {
        var place: Range<Int>
        var agency: Range<Int>?
        var month: Int?
        var day: Int?
        var year: Int?
        var dash: Int
    }

    static let dashes: Set<String> = ["-", "–", "—", "--"]

    /// The dateline that opens `sentence`, as token ranges.
    static func dateline(in sentence: Sentence) -> Found? {
        let t = sentence.tokens
        var k = 0
        while k < min(t.count, 4), t[k].kind == .word, isCapitals(t[k].text) { k += 1 }
        guard k > 0 else { return nil }
        var found = Found(place: 0..<k, dash: 0)
        // A region: ", Alaska".
        if k + 1 < t.count, t[k].text == ",", t[k + 1].kind == .word, t[k + 1].isCapitalized,
            DateFinder.month(t[k + 1].text.lowercased()) == nil
        {
            var end = k + 1
            while end < min(t.count, k + 4), t[end].kind == .word, t[end].isCapitalized,
                DateFinder.month(t[end].text.lowercased()) == nil
            {
                end += 1
            }
            found.place = 0..<end
            k = end
        }
        // A date: ", Aug. 15, 2025" or ", March 4".
        var m = k
        if m < t.count, t[m].text == "," { m += 1 }
        if m + 1 < t.count, let month = DateFinder.month(t[m].text.lowercased()), let day = Int(t[m + 1].text),
            (1...31).contains(day)
        {
            found.month = month
            found.day = day
            k = m + 2
            if k + 1 < t.count, t[k].text == ",", t[k + 1].text.count == 4, let year = Int(t[k + 1].text) {
                found.year = year
                k += 2
            }
        }
        // An agency: "(Reuters)".
        if k < t.count, t[k].text == "(" {
            guard let close = t[k...].prefix(6).firstIndex(where: { $0.text == ")" }), close > k + 1 else { return nil }
            found.agency = (k + 1)..<close
            k = close + 1
        }
        guard k + 1 < t.count, dashes.contains(t[k].text) else { return nil }
        found.dash = k
        return found
    }

    /// A word in capitals: two letters or more, none lower case ("MOSCOW", "U.S.", "ST.").
    static func isCapitals(_ word: String) -> Bool {
        var letters = 0
        for c in word.unicodeScalars where c.isAlphabetic {
            if !c.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}

/// A wire dateline: where it stands, its agency, and the date it gives (month and day, the year
/// when it has one).
public struct Dateline: Sendable, Equatable {
    /// Its scalar range in the document's text, up to and with the dash.
    public var range: Range<Int>
    public var agency: String?
    public var month: Int?
    public var day: Int?
    public var year: Int?
}
