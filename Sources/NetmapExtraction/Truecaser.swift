public import NetmapLexicon

/// Gives the words of an all-caps sentence (a wire headline, an old telex body) the case they
/// would have in running text, so that names, titles and cues are found in it.
///
///     "PUTIN MEETS XI IN BEIJING, PRAISES CHINA."  // → "Putin meets Xi in Beijing, praises China."
///
/// A word takes, in order: the form the document itself gives it elsewhere, away from the start
/// of a sentence ("Shevardnadze" in the body for "SHEVARDNADZE" in the headline); its all-caps
/// form when the lexicon's names have it ("NATO", "U.S."); its capitalised form when the
/// lexicon knows that as a name or given name ("Putin", "Beijing"); lower case otherwise.
/// Only token texts change (what the later passes match); offsets and the document's text stay.
///
/// - Complexity: O(n) in the number of tokens.
public struct Truecaser: ExtractionPass {
    public var requires: Set<DocumentPart> { [.sentences] }
    public var adds: Set<DocumentPart> { [.casing] }
    let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func run(_ document: inout TextDocument) {
        let shouting = document.sentences.indices.filter { Self.isAllCaps(document.sentences[$0]) }
        guard !shouting.isEmpty else { return }
        let forms = Self.forms(document.sentences, except: Set(shouting))
        for index in shouting {
            var sentence = document.sentences[index]
            for k in sentence.tokens.indices where sentence.tokens[k].kind == .word {
                let word = sentence.tokens[k].text
                let cased = forms[word.lowercased()] ?? recase(word)
                sentence.tokens[k].text = cased
                sentence.words[k] = cased
            }
            sentence.isTitleCase = false
            document.sentences[index] = sentence
        }
    }

    /// The case of a word the document does not show otherwise.
    func recase(_ word: String) -> String {
        if lexicon.nameWords.contains(word) { return word }
        let lower = word.lowercased()
        let capitalised = Self.capitalised(lower)
        if lexicon.nameWords.contains(capitalised) || lexicon.givenNames.contains(capitalised) { return capitalised }
        return lower
    }

    /// "JONG-UN" → "Jong-un": the first letter upper case.
    static func capitalised(_ lower: String) -> String {
        guard let first = lower.first else { return lower }
        return first.uppercased() + lower.dropFirst()
    }

    /// Whether a sentence has no lower-case letter and at least two words of two letters or more.
    static func isAllCaps(_ sentence: Sentence) -> Bool {
        var words = 0
        for token in sentence.tokens where token.kind == .word {
            // Clitics ("'s", "n't") are written in lower case by the tokenizer.
            if let first = token.text.unicodeScalars.first, first == "'" || first == "n" && token.text == "n't" { continue }
            var letters = 0
            for c in token.text.unicodeScalars where c.isAlphabetic {
                if c.isLowercase { return false }
                letters += 1
            }
            if letters >= 2 { words += 1 }
        }
        return words >= 2
    }

    /// The most frequent written form of each lower-cased word, from the sentences not in
    /// `except`, leaving out each sentence's first word (capitalised wherever it stands).
    static func forms(_ sentences: [Sentence], except: Set<Int>) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        for (index, sentence) in sentences.enumerated() where !except.contains(index) {
            for (k, token) in sentence.tokens.enumerated() where k > 0 && token.kind == .word {
                counts[token.text.lowercased(), default: [:]][token.text, default: 0] += 1
            }
        }
        return counts.mapValues { forms in
            forms.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        }
    }
}
