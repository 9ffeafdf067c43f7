/// Lemmas from a form and its tag class: an exception table learnt from the treebank's lemmas,
/// then suffix rules (strip so many scalars, append a string) chosen by the longest known
/// suffix of the form for its tag class.
///
///     lemmatizer.lemma("talks", tag: nounPlural)  // "talk"
///
/// Proper nouns keep their form as it is; other forms are lower-cased first.
package struct Lemmatizer: Sendable {
    /// `form \t UPOS` → lemma.
    package let exceptions: [String: String]
    /// `class \t suffix` → rule (`cut:append`).
    package let rules: [String: Rule]
    /// The longest suffix the rules look at.
    package static let longestSuffix = 6

    package struct Rule: Sendable, Hashable {
        package var cut: Int
        package var append: String

        package init(cut: Int, append: String) {
            self.cut = cut
            self.append = append
        }

        /// The rule that turns `form` into `lemma`.
        package init(from form: String, to lemma: String) {
            let f = Array(form.unicodeScalars), l = Array(lemma.unicodeScalars)
            var common = 0
            while common < f.count, common < l.count, f[common] == l[common] { common += 1 }
            cut = f.count - common
            var view = String.UnicodeScalarView()
            view.append(contentsOf: l[common...])
            append = String(view)
        }

        package init?(_ text: String) {
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let cut = Int(parts[0]) else { return nil }
            self.cut = cut
            append = String(parts[1])
        }

        package var text: String { "\(cut):\(append)" }

        package func apply(_ form: String) -> String? {
            let scalars = form.unicodeScalars
            guard cut <= scalars.count else { return nil }
            var view = String.UnicodeScalarView(scalars.dropLast(cut))
            view.append(contentsOf: append.unicodeScalars)
            return String(view)
        }
    }

    package init(exceptions: [String: String], rules: [String: Rule]) {
        self.exceptions = exceptions
        self.rules = rules
    }

    /// The form the tables are keyed on: proper nouns as they are, others lower-cased.
    package static func key(_ form: String, upos: UPOS) -> String {
        upos == .propn ? form : form.lowercased()
    }

    package func lemma(_ form: String, tag: Int, upos: UPOS) -> String {
        let key = Self.key(form, upos: upos)
        if upos == .punct || upos == .num || upos == .sym { return form }
        if let lemma = exceptions["\(key)\t\(upos.rawValue)"] { return lemma }
        return byRules(key, tag: tag) ?? key
    }

    /// The lemma the suffix rules give, without the exception table.
    package func byRules(_ key: String, tag: Int) -> String? {
        let scalars = Array(key.unicodeScalars)
        var k = min(Self.longestSuffix, scalars.count)
        while k >= 0 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(scalars.count - k)...])
            if let rule = rules["\(tag)\t\(String(view))"], let lemma = rule.apply(key) { return lemma }
            k -= 1
        }
        return nil
    }
}
