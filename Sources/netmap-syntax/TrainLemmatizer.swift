import NetmapSyntax

/// Learns the lemmatiser from the treebank's lemmas: suffix rules by tag class (the most
/// frequent rule among the word types ending so), then exceptions for the types the rules get
/// wrong. Only tokens that are one treebank word each are used.
enum LemmatizerTrainer {
    /// Lines for the model: exceptions `form \t UPOS \t lemma` and rules `class \t suffix \t rule`.
    static func train(_ samples: [Sample], classIndex: [String: Int]) -> (exceptions: [String], rules: [String]) {
        // The most frequent lemma of each (form, class) type.
        var typeLemmas: [String: [String: Int]] = [:]
        // By form and UPOS: the lemmas, and the classes seen.
        var uposLemmas: [String: [String: Int]] = [:]
        var uposClasses: [String: [Int: Int]] = [:]
        for sample in samples {
            let names = sample.tagNames
            for (i, target) in sample.projection.targets.enumerated() where sample.projection.oneToOne[i] {
                guard let c = classIndex[names[i]], let upos = UPOS(rawValue: target.upos) else { continue }
                if upos == .punct || upos == .num || upos == .sym { continue }
                let key = Lemmatizer.key(sample.texts[i], upos: upos)
                typeLemmas["\(key)\t\(c)", default: [:]][target.lemma, default: 0] += 1
                uposLemmas["\(key)\t\(upos.rawValue)", default: [:]][target.lemma, default: 0] += 1
                uposClasses["\(key)\t\(upos.rawValue)", default: [:]][c, default: 0] += 1
            }
        }
        var types: [(form: String, tag: Int, lemma: String)] = []
        for (type, lemmas) in typeLemmas {
            let parts = type.split(separator: "\t")
            let lemma = lemmas.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            types.append((String(parts[0]), Int(parts[1])!, lemma))
        }
        types.sort { ($0.tag, $0.form) < ($1.tag, $1.form) }
        // Rule counts by class and suffix, over word types.
        var counts: [String: [String: Int]] = [:]
        for t in types {
            let rule = Lemmatizer.Rule(from: t.form, to: t.lemma).text
            let scalars = Array(t.form.unicodeScalars)
            for k in 0...min(Lemmatizer.longestSuffix, scalars.count) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[(scalars.count - k)...])
                counts["\(t.tag)\t\(String(view))", default: [:]][rule, default: 0] += 1
            }
        }
        var best: [String: (rule: String, count: Int)] = [:]
        for (key, rules) in counts {
            let top = rules.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
            best[key] = (top.key, top.value)
        }
        // Keep a suffix's rule when it is seen on two types or more and differs from the rule
        // of the suffix one shorter (which the lookup falls back to).
        var rules: [String: Lemmatizer.Rule] = [:]
        for (key, value) in best {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let suffix = String(parts[1])
            if suffix.isEmpty {
                rules[key] = Lemmatizer.Rule(value.rule)
                continue
            }
            guard value.count >= 2 else { continue }
            let shorter = "\(parts[0])\t\(String(suffix.unicodeScalars.dropFirst()))"
            if best[shorter]?.rule != value.rule { rules[key] = Lemmatizer.Rule(value.rule) }
        }
        // Suffixes dropped above fall back to a shorter suffix that may itself be dropped; keep
        // a rule wherever the fallback chain would now give a different one.
        let lemmatizer = Lemmatizer(exceptions: [:], rules: rules)
        var exceptions: [String] = []
        for (type, lemmas) in uposLemmas {
            let lemma = lemmas.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let tag = uposClasses[type]!.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let form = String(type.split(separator: "\t")[0])
            if lemmatizer.byRules(form, tag: tag) ?? form != lemma { exceptions.append("\(type)\t\(lemma)") }
        }
        let ruleLines = rules.keys.sorted().map { "\($0)\t\(rules[$0]!.text)" }
        return (exceptions.sorted(), ruleLines)
    }
}
