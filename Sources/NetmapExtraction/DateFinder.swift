import NetmapLexicon

/// Finds a document's date in its first lines: `2025-08-15`, `8/14/2025`, `August 15, 2025`,
/// `Aug. 15, 2025`, `15 Sept 2025`, `26-FEB-1987` (months by name or by their abbreviations:
/// the first three letters, or four for "Sept").
///
///     DateFinder.date(in: "Published 14 August 2025") // "2025-08-14"
public enum DateFinder {
    /// Lower-case month names in calendar order, from the lexicon's months table.
    static let months = Lexicon.builtin.months
    /// Words that may stand in a line that is nothing but a date ("Updated 14 August 2025").
    static let dateWords = Lexicon.builtin.words(.dateWord)

    /// The first date in `text`, as `YYYY-MM-DD`.
    public static func date(in text: String) -> String? {
        let words = split(text.lowercased(), at: [" ", ",", "\t"])
        // Most words are neither dates nor months between numbers: turn them away before
        // splitting them or looking them up.
        let numbers = words.map { Int($0) }
        for (i, word) in words.enumerated() {
            let dashed = word.utf8.contains(UInt8(ascii: "-"))
            if dashed, let iso = isoDate(word) { return iso }
            if word.utf8.contains(UInt8(ascii: "/")), let us = slashDate(word) { return us }
            if dashed, let wire = dashDate(word) { return wire }
            // August 15 2025
            let dayYear = i + 2 < numbers.count ? numbers[i + 1].flatMap { d in numbers[i + 2].map { (d, $0) } } : nil
            // 15 August 2025
            let yearAfterDay = i >= 1 && i + 1 < numbers.count ? numbers[i - 1].flatMap { d in numbers[i + 1].map { (d, $0) } } : nil
            if let (day, year) = dayYear ?? yearAfterDay, let month = month(word) {
                return format(year, month, day)
            }
        }
        return nil
    }

    /// The words of `text` between runs of `separators` (ASCII characters).
    ///
    /// Splits by scalars, which is much faster than by characters and the same when no scalar
    /// in the text can join a separator to its neighbours in one character (none below U+0300
    /// can: combining marks start there); other text is split by characters.
    static func split(_ text: String, at separators: [Character]) -> [String] {
        guard text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else {
            return text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        }
        let bytes = separators.map { $0.asciiValue! }
        return text.utf8.split(whereSeparator: { bytes.contains($0) }).map { String(Substring($0)) }
    }

    /// Whether a lower-case line is nothing but a date, perhaps after "date" or "updated".
    static func isDateline(_ line: String) -> Bool {
        let words = split(line, at: [" ", ","])
        guard !words.isEmpty, words.count <= 5, date(in: line) != nil else { return false }
        return words.allSatisfy { word in
            Int(word) != nil || months.contains(word) || isoDate(word) != nil
                || slashDate(word) != nil || dateWords.contains(word)
                || month(word) != nil
        }
    }

    /// The month (1-12) a lower-case word names: "august", "aug", "aug.", "sept.".
    static func month(_ word: String) -> Int? {
        let bare = word.trimmingDot()
        if let full = months.firstIndex(of: bare) { return full + 1 }
        guard bare.count == 3 || bare == "sept" else { return nil }
        return months.firstIndex { $0.hasPrefix(bare) }.map { $0 + 1 }
    }

    /// A date such as `26-feb-1987` (wire archives), with any time after it cut off.
    private static func dashDate(_ word: String) -> String? {
        let parts = word.split(separator: "-")
        guard parts.count == 3, let d = Int(parts[0]), let m = month(String(parts[1])),
            let y = Int(parts[2].prefix(4)), parts[2].count >= 4
        else { return nil }
        return format(y, m, d)
    }

    /// A full date as `YYYY-MM-DD` from a date field written any way ``date(in:)`` reads
    /// (`26-FEB-1987 15:01:01.79`, `2025-08-15T10:00:00Z`, `August 15, 2025`), or nil.
    public static func normalised(_ field: String) -> String? {
        date(in: field)
    }

    static func isoDate(_ word: String) -> String? {
        let parts = word.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
            let d = Int(parts[2].prefix(2))
        else { return nil }
        return format(y, m, d)
    }

    private static func slashDate(_ word: String) -> String? {
        let parts = word.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let m = Int(parts[0]), let d = Int(parts[1]),
            let y = Int(parts[2])
        else { return nil }
        return format(y, m, d)
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else {
            return nil
        }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }
}

extension String {
    fileprivate func trimmingDot() -> String {
        hasSuffix(".") ? String(dropLast()) : self
    }
}
