public import NetmapLexicon
import NetmapGraph
public import NetmapSyntax

/// Tags, lemmatises and parses the sentences that can state a relation: those that name two or
/// more entities (names, descriptions and pronouns that ``Coreference`` resolved), outside
/// boilerplate, and hold a relation cue whose frame their words can fill — tested on the words
/// before tagging (``mayHoldRelation(_:)``) and on the tags and lemmas before parsing
/// (``mayStateRelation(_:)``). Other sentences keep an empty ``Sentence/syntax``: tagging and
/// parsing are the costliest steps of extraction, and a relation needs two sides.
///
/// Each name with its title ("Japanese Finance Minister Kiichi Miyazawa"), and each description
/// resolved to a person ("the Turkish president"), is parsed as one
/// word, its last, as spaCy's `merge_entities` does: the parser was trained on a treebank with
/// few long names, and a name read as one word attaches as one. The name's other tokens then
/// depend on that word as `flat`. The parser reads the tokens as ``Truecaser`` cased them, so
/// that a headline in capitals is parsed as running text. The model is the one built into
/// netmap (``SyntaxParser/shared``, trained on UD English EWT).
public struct DependencyParse: ExtractionPass {
    public var requires: Set<DocumentPart> { [.sentences, .casing, .entities, .coreference] }
    public var adds: Set<DocumentPart> { [.syntax] }
    let parser: SyntaxParser
    /// Word forms of relation cues (``Lexicon/cueForms``): a sentence without one states no relation.
    let cueForms: Set<String>
    /// Nouns that describe an organisation before its name ("UK bank Barclays", "carmaker
    /// Fiat"): the organisation-nouns table.
    let organisationNouns: Set<String>
    /// Relation cues by lemma, and the obligation words, for the test made before parsing.
    let cues: [String: [Lexicon.Cue]]
    let obligations: Set<String>
    /// Parse every sentence that names two entities and holds a cue's form, whether or not
    /// ``mayStateRelation(_:)`` says a relation can be read from it (for tests that check the
    /// test spares only work).
    package var parsesEverySentence = false

    /// The cue rows each cue form may stand for: the rows of every lemma it is a regular form
    /// of, and for an irregular form (the cue-form class) those of the lemma the model gives it
    /// as a verb ("said" → "say"); an irregular form whose lemma has no rows maps to none and
    /// is not tested before tagging.
    let rowsByForm: [String: [Lexicon.Cue]]

    public init(lexicon: Lexicon, parser: SyntaxParser = .shared) {
        self.parser = parser
        self.cueForms = lexicon.cueForms
        self.organisationNouns = lexicon.organisationNouns
        self.cues = lexicon.cues
        self.obligations = lexicon.words(.obligation)
        var rows: [String: [Lexicon.Cue]] = [:]
        for (lemma, cues) in lexicon.cues {
            for form in Lexicon.regularForms(of: lemma) { rows[form, default: []] += cues }
        }
        for form in lexicon.words(.cueForm) {
            if let cues = lexicon.cues[parser.lemma(of: form, as: .verb).lowercased()] { rows[form, default: []] += cues }
        }
        rowsByForm = rows
    }

    /// Whether a sentence's lower-case words hold a cue's form whose rows their words can fill
    /// (``SentenceReading/mayFill(_:lemmas:obligations:)`` on the words themselves): the test
    /// before tagging, as ``mayStateRelation(_:)`` is after it. A cue form with no known rows
    /// passes.
    package func mayHoldRelation(_ lower: [String]) -> Bool {
        var words: Set<String>? = nil
        for word in lower where cueForms.contains(word) {
            guard let rows = rowsByForm[word] else { return true }
            if words == nil { words = Set(lower) }
            if rows.contains(where: { SentenceReading.mayFill($0, lemmas: words!, obligations: obligations) }) { return true }
        }
        return false
    }

    /// Whether a sentence, tagged and lemmatised (`words`: each token's lemma and tag as the
    /// parsed sentence will have them), holds a relation cue of the right part of speech whose
    /// frame its words can fill (``SentenceReading/mayFill(_:lemmas:obligations:)``): only
    /// then can ``RelationFinder`` read a relation from its tree. A sentence that passed
    /// ``mayHoldRelation(_:)`` fails it when its cue's form is tagged as another part of
    /// speech, or its words are not the lemmas they looked like.
    func mayStateRelation(_ words: [(lemma: String, upos: UPOS)]) -> Bool {
        let lemmas = Set(words.map(\.lemma))
        return words.contains { word in
            cues[word.lemma]?.contains {
                SentenceReading.fits($0, upos: word.upos) && SentenceReading.mayFill($0, lemmas: lemmas, obligations: obligations)
            } ?? false
        }
    }

    public func run(_ document: inout TextDocument) {
        var entities = Array(repeating: Set<String>(), count: document.sentences.count)
        var spans = Array(repeating: [(Range<Int>, Entity.Kind)](), count: document.sentences.count)
        var appositions = Array(repeating: [Range<Int>](), count: document.sentences.count)
        var actorSpans = Array(repeating: [Range<Int>](), count: document.sentences.count)
        for mention in document.mentions where mention.entity != nil {
            if let apposition = mention.apposition { appositions[mention.sentence].append(apposition) }
            if mention.role == .actor || mention.role == .reference {
                actorSpans[mention.sentence].append(mention.tokens)
                entities[mention.sentence].insert(mention.entity!)
                entities[mention.sentence].formUnion(mention.members ?? [])
            }
            // Pronouns keep their words and grammar ("his counterparts"); a description ("the
            // Turkish president") is read as the name it stands for.
            // "the two companies" keeps its words too: it is plural.
            guard mention.role != .reference || (mention.tokens.count > 1 && mention.members == nil) else { continue }
            var span = mention.tokens
            if let title = mention.titleTokens {
                span = min(span.lowerBound, title.lowerBound)..<max(span.upperBound, title.upperBound)
            }
            spans[mention.sentence].append((span, mention.kind))
        }
        for index in document.sentences.indices where entities[index].count >= 2 {
            guard !document.sentences[index].isBoilerplate,
                parsesEverySentence ? document.sentences[index].lower.contains(where: cueForms.contains)
                    : mayHoldRelation(document.sentences[index].lower)
            else { continue }
            // A wire dateline ("BRUSSELS, March 27 -") is not part of the sentence's grammar.
            let sentence = document.sentences[index]
            let dateline = document.dateline.map { line in sentence.tokens.prefix { $0.end <= line.range.upperBound }.count } ?? 0
            // An apposition that gives an office is read as part of its name, unless it names
            // another actor ("Steve Witkoff, Trump's special envoy, held talks" is parsed as
            // "Witkoff held talks").
            let dropped = appositions[index].filter { apposition in
                !actorSpans[index].contains { $0.overlaps(apposition) }
            }
            document.sentences[index].syntax = parse(sentence, names: spans[index], skipping: dateline, appositions: dropped)
        }
    }

    /// The word a name is parsed as: a proper noun of its kind that the treebank uses often, so
    /// that a name the tagger has not seen ("Theresa May", "Germany") is tagged and attached as
    /// a name of that kind (UD English EWT has many "Bush", "Iraq" and "Enron").
    static func stand(for kind: Entity.Kind) -> String {
        switch kind {
        case .person: "Bush"
        case .state: "Iraq"
        case .organisation: "Enron"
        }
    }

    /// The sentence parsed with each name span read as its last word; the first `skipping`
    /// tokens (a dateline) depend on the root as `dep`; the tokens of each of `appositions`
    /// are left out of the parse and depend on the word before them (the name) as `appos`.
    /// Unless ``parsesEverySentence``, a sentence that fails ``mayStateRelation(_:)`` once
    /// tagged is not parsed, and gives no tokens.
    func parse(
        _ sentence: Sentence, names: [(Range<Int>, Entity.Kind)], skipping: Int = 0, appositions: [Range<Int>] = []
    ) -> [SyntaxToken] {
        let count = sentence.tokens.count
        guard skipping < count else { return [] }
        var attached = [Int?](repeating: nil, count: count)  // a left-out token → the name it belongs to
        for apposition in appositions where apposition.lowerBound > skipping && apposition.upperBound <= count {
            for k in apposition { attached[k] = apposition.lowerBound - 1 }
        }
        var names = names.filter { name in !name.0.contains { attached[$0] != nil } }
        // The longest name covering each token; names do not overlap after this.
        // A state or body named right before a titled name is part of it ("Belarusian leader
        // Alexander Lukashenko", "NATO chief Mark Rutte").
        // "UK bank Barclays", "carmaker Fiat": a noun describing an organisation right before
        // its name is part of it, as a title is of a person's, with a state or body right before
        // the noun ("UK bank Barclays" is one word standing for Barclays).
        for (n, (span, entityKind)) in names.enumerated() where entityKind == .organisation {
            guard span.lowerBound > 0, organisationNouns.contains(sentence.lower[span.lowerBound - 1]) else { continue }
            var start = span.lowerBound - 1
            let possessive = start > 0 && sentence.words[start - 1] == "'s"
            let end = possessive ? start - 1 : start
            if let m = names.firstIndex(where: { $0.0.upperBound == end && $0.1 != .person }) { start = names[m].0.lowerBound }
            names[n].0 = start..<span.upperBound
        }
        for (n, (span, entityKind)) in names.enumerated() where entityKind == .person {
            // "Burkina Faso's military leader Ibrahim Traoré" too.
            let possessive = span.lowerBound > 0 && sentence.words[span.lowerBound - 1] == "'s"
            let end = possessive ? span.lowerBound - 1 : span.lowerBound
            if let m = names.firstIndex(where: { $0.0.upperBound == end && $0.1 != .person }) {
                names[n].0 = names[m].0.lowerBound..<span.upperBound
            }
        }
        var owner = [Range<Int>?](repeating: nil, count: count)
        var kind = [Entity.Kind?](repeating: nil, count: count)
        for (span, entityKind) in names.sorted(by: { $0.0.count > $1.0.count }) where span.upperBound <= count {
            if span.allSatisfy({ owner[$0] == nil }) {
                for k in span { owner[k] = span }
                kind[span.upperBound - 1] = entityKind
            }
        }
        var merged: [Token] = []
        var original: [Int] = []  // merged index → the sentence token that stands for it
        var position = [Int](repeating: 0, count: count)  // sentence token → merged index
        for k in 0..<count {
            var token = sentence.tokens[k]
            token.text = sentence.words[k]
            if k < skipping || attached[k] != nil {
                position[k] = -1
                continue
            }
            if let span = owner[k], k != span.upperBound - 1 {
                position[k] = merged.count
                continue
            }
            if let entityKind = kind[k] { token.text = Self.stand(for: entityKind) }
            if let span = owner[k], span.count > 1 {
                token.start = sentence.tokens[span.lowerBound].start
                for j in span { position[j] = merged.count }
            } else {
                position[k] = merged.count
            }
            merged.append(token)
            original.append(k)
        }
        // Tokens keep the tagger's lemma and tag but for names (their own word) and left-out
        // tokens, as below; the tree is made only where a relation can be read from it.
        let wanted: ([SyntaxToken]) -> Bool = { tagged in
            parsesEverySentence
                || mayStateRelation(
                    (0..<count).map { k in
                        let m = position[k]
                        guard m >= 0 else { return (sentence.words[k].lowercased(), .x) }
                        guard original[m] == k else { return (sentence.words[k].lowercased(), .propn) }
                        return ((kind[k] != nil ? sentence.words[k] : tagged[m].lemma).lowercased(), tagged[m].upos)
                    })
        }
        guard let parsed = parser.parse(merged, if: wanted) else { return [] }
        var result: [SyntaxToken] = []
        result.reserveCapacity(count)
        let root = parsed.firstIndex { $0.head == nil }.map { original[$0] }
        for k in 0..<count {
            let m = position[k]
            guard m >= 0 else {
                if let name = attached[k] {
                    result.append(SyntaxToken(token: sentence.tokens[k], upos: .x, lemma: sentence.words[k], head: name, relation: "appos"))
                } else {
                    result.append(SyntaxToken(token: sentence.tokens[k], upos: .x, lemma: sentence.words[k], head: root, relation: "dep"))
                }
                continue
            }
            let word = parsed[m]
            if original[m] == k {
                var token = word
                token.token = sentence.tokens[k]
                if kind[k] != nil { token.lemma = sentence.words[k] }
                token.head = word.head.map { original[$0] }
                result.append(token)
            } else {
                result.append(
                    SyntaxToken(token: sentence.tokens[k], upos: .propn, lemma: sentence.words[k], head: original[m], relation: "flat"))
            }
        }
        return result
    }
}
