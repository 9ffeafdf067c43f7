import NetmapLexicon

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
            return String(scalars[..<scalars.index(scalars.endIndex, offsetBy: -cut)]) + append
        }
    }

    /// The same tables keyed by hashes, so that a lookup builds no string.
    private let exceptionsByHash: PrehashedTable<String>
    private let rulesByHash: PrehashedTable<Rule>

    package init(exceptions: [String: String], rules: [String: Rule]) {
        self.exceptions = exceptions
        self.rules = rules
        var byHash: [UInt64: String] = [:]
        for (key, lemma) in exceptions {
            let parts = key.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let upos = UPOS(rawValue: String(parts[1])) else { continue }
            byHash[Self.exceptionKey(FeatureHash.string(String(parts[0])), upos)] = lemma
        }
        exceptionsByHash = PrehashedTable(byHash)
        var rulesByHash: [UInt64: Rule] = [:]
        for (key, rule) in rules {
            let parts = key.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let tag = Int(parts[0]) else { continue }
            rulesByHash[Self.ruleKey(tag, FeatureHash.string(String(parts[1])))] = rule
        }
        self.rulesByHash = PrehashedTable(rulesByHash)
    }

    private static func exceptionKey(_ form: UInt64, _ upos: UPOS) -> UInt64 {
        FeatureHash.combine(300, form, FeatureHash.string(upos.rawValue))
    }

    private static func ruleKey(_ tag: Int, _ suffix: UInt64) -> UInt64 {
        FeatureHash.combine(301, UInt64(tag), suffix)
    }

    /// The form the tables are keyed on: proper nouns as they are, others lower-cased.
    package static func key(_ form: String, upos: UPOS) -> String {
        upos == .propn ? form : form.lowercased()
    }

    package func lemma(_ form: String, tag: Int, upos: UPOS) -> String {
        if upos == .punct || upos == .num || upos == .sym { return form }
        let key = upos == .propn ? form : Token.lowercase(form)
        if let lemma = exceptionsByHash[Self.exceptionKey(FeatureHash.string(key), upos)], !lemma.isEmpty { return lemma }
        // A rule may cut a word it was not learnt on to nothing ("ed" as a verb): keep the form.
        guard let lemma = byRules(key, tag: tag), !lemma.isEmpty else { return key }
        return lemma
    }

    /// The lemma the suffix rules give, without the exception table.
    package func byRules(_ key: String, tag: Int) -> String? {
        var text = key
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.longestSuffix) { starts in
                // Where each of the last scalars starts (UTF-8 continuation bytes are 10xxxxxx).
                var found = 0
                var i = bytes.count
                while i > 0, found < Self.longestSuffix {
                    i -= 1
                    if bytes[i] & 0xC0 != 0x80 {
                        starts[found] = i
                        found += 1
                    }
                }
                // The longest suffix first, down to the empty one.
                for k in stride(from: found, through: 0, by: -1) {
                    let suffix = FeatureHash.bytes(bytes[(k == 0 ? bytes.count : starts[k - 1])...])
                    if let rule = rulesByHash[Self.ruleKey(tag, suffix)], let lemma = rule.apply(key) { return lemma }
                }
                return nil
            }
        }
    }
}
