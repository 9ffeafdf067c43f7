/// Finds a document's date in its first lines: `2025-08-15`, `8/14/2025`, `August 15, 2025`,
/// `15 August 2025`.
///
///     DateFinder.date(in: "Published 14 August 2025") // "2025-08-14"
public enum DateFinder {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// The first date in `text`, as `YYYY-MM-DD`.
    public static func date(in text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map(String.init)
        for (i, word) in words.enumerated() {
            if let iso = isoDate(word) { return iso }
            if let us = slashDate(word) { return us }
            if let month = months.firstIndex(of: word) {
                // August 15 2025
                if i + 2 < words.count, let day = Int(words[i + 1]), let year = Int(words[i + 2]) {
                    return format(year, month + 1, day)
                }
                // 15 August 2025
                if i >= 1, i + 1 < words.count, let day = Int(words[i - 1]),
                    let year = Int(words[i + 1])
                {
                    return format(year, month + 1, day)
                }
            }
        }
        return nil
    }

    /// Whether a lower-case line is nothing but a date, perhaps after "date" or "updated".
    static func isDateline(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty, words.count <= 5, date(in: line) != nil else { return false }
        return words.allSatisfy { word in
            Int(word) != nil || months.contains(word) || isoDate(word) != nil
                || slashDate(word) != nil || ["date", "updated", "published", "on"].contains(word)
                || months.contains(where: { $0.hasPrefix(word.trimmingDot()) && word.count >= 3 })
        }
    }

    private static func isoDate(_ word: String) -> String? {
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

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
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
