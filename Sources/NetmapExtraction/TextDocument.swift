public import NetmapGraph
public import NetmapLexicon
public import NetmapSyntax

/// A document as the passes see it: the text, then what each pass adds.
///
/// Offsets count Unicode scalars from the start of the text.
public struct TextDocument: Sendable {
    /// Name cited as the source of everything found in it.
    public var name: String
    public var date: String?
    public var scalars: [Unicode.Scalar]
    /// Where the scalars came from in the text as given, when ``Normaliser`` changed them; nil
    /// when `scalars` is the given text.
    public var sourceMap: SourceMap?
    /// The wire dateline that opens the story, found by ``DatelineReader``.
    public var dateline: Dateline?
    /// The document's date as `YYYY-MM-DD`, for dated look-ups (``DocumentDater``).
    public var day: String?
    /// Who leads each state or organisation in the document, by entity id, as ``OfficeFinder``
    /// read it from titles: what a description such as "the Russian leader" stands for.
    public var leaders: [String: String] = [:]
    /// Whether the text is a document's start rather than a later part of a long one: only a
    /// start has a dateline.
    public var isFirstPart = true
    /// Line ranges recognised as boilerplate (captions, credits, "Read more"): kept out of
    /// relation extraction.
    public var boilerplate: [Range<Int>] = []
    public var sentences: [Sentence] = []
    public var mentions: [Mention] = []
    public var relations: [Relation] = []

    public init(name: String, text: String, date: String? = nil) {
        self.name = name
        self.date = date
        self.scalars = [Unicode.Scalar](scalarsOf: text)
    }

    /// The range of the text as given that `range` of `scalars` stands for.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        sourceMap?.range(range) ?? range
    }

    /// The text of `range`.
    public func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The evidence a relation stated in `sentence` carries: this document as its source, the
    /// sentence's text and its range (Unicode scalars of the normalised text), and the cue.
    func evidence(_ sentence: Sentence, cue: String) -> Evidence {
        Evidence(
            source: name, sentence: text(sentence.range), start: sentence.range.lowerBound, end: sentence.range.upperBound,
            cue: cue)
    }

    /// Looks up the word classes of every sentence's lower-case tokens (``Sentence/wordClasses``)
    /// where not done yet.
    mutating func classifyWords(_ lexicon: Lexicon) {
        for index in sentences.indices where sentences[index].wordClasses.count != sentences[index].lower.count {
            sentences[index].wordClasses = sentences[index].lower.map(lexicon.classes(of:))
        }
    }
}

/// A sentence: its range, its tokens, and whether it is boilerplate.
public struct Sentence: Sendable {
    public var range: Range<Int>
    public var tokens: [Token]
    /// Token texts, as names are matched.
    public var words: [String]
    /// Lower-case token texts, as cues and titles are matched.
    public var lower: [String]
    public var isBoilerplate: Bool
    /// The sentence's tokens tagged, lemmatised and parsed (one per token), when
    /// ``DependencyParse`` parsed it; empty otherwise.
    public var syntax: [SyntaxToken] = []
    /// Whether the sentence stands alone on its line with no final punctuation (a headline).
    public var isHeadline: Bool
    /// A headline in which most words are capitalised, so capitals say little about names.
    public var isTitleCase: Bool
    /// The longest table name and title starting at each token, looked up once by
    /// ``MentionTagger`` (lookups hash strings, and the tagger asks about a token many times).
    var nameMatches: [(length: Int, values: [Lexicon.Term])?] = []
    var titleMatches: [(length: Int, values: [Lexicon.Title])?] = []
    /// Whether each token can be part of a person's name, decided once by ``MentionTagger``
    /// after the matches above (both sweeps ask about most tokens more than once).
    var nameWords: [Bool] = []
    /// The function-word classes of each lower-case token (``Lexicon/classes(of:)``), looked
    /// up once by ``TextDocument/classifyWords(_:)``: passes ask about every token.
    var wordClasses: [Lexicon.WordClasses] = []

    func nameMatch(_ k: Int) -> (length: Int, values: [Lexicon.Term])? {
        k < nameMatches.count ? nameMatches[k] : nil
    }

    func titleMatch(_ k: Int) -> (length: Int, values: [Lexicon.Title])? {
        k < titleMatches.count ? titleMatches[k] : nil
    }

    public init(range: Range<Int>, tokens: [Token], isBoilerplate: Bool, isHeadline: Bool) {
        self.range = range
        self.tokens = tokens
        self.words = tokens.map(\.text)
        self.lower = words.map(Token.lowercase)
        self.isBoilerplate = isBoilerplate
        self.isHeadline = isHeadline
        if isHeadline {
            let words = tokens.filter { $0.kind == .word && $0.text.count > 3 }
            self.isTitleCase = words.count >= 3 && words.filter(\.isCapitalized).count * 10 >= words.count * 6
        } else {
            self.isTitleCase = false
        }
    }
}

/// A span of a sentence that names an entity, or describes one.
public struct Mention: Sendable {
    /// How the mention takes part in the sentence.
    public enum Role: Sendable, Equatable {
        /// It can take part in relations.
        case actor
        /// It qualifies a title before a name ("Russian" in "Russian President Vladimir Putin").
        case modifier
        /// A place where something happens ("talks in Moscow").
        case location
        /// A pronoun or description that stands for another mention.
        case reference
    }

    public var sentence: Int
    /// Token indices within the sentence.
    public var tokens: Range<Int>
    public var kind: Entity.Kind
    /// The surface form, as it stands (without title).
    public var surface: String
    /// The name the resolver starts from: a lexicon slug when `known`, else the name itself.
    public var key: String
    public var known: Bool
    public var role: Role
    /// A pronoun or "the country" that ``Coreference`` resolved: it takes part in relations but
    /// is not part of the sentence's named material.
    public var isAnaphor = false
    /// The title right before a person's name, with its token range.
    public var title: Lexicon.Title?
    public var titleTokens: Range<Int>?
    /// The entities a plural anaphor stands for ("the two countries" after "Greece and
    /// Turkey"), set by ``Coreference``; `entity` is the first of them.
    public var members: [String]?
    /// An apposition that gives the person's office, from the comma after the name to the
    /// comma that closes it, or to the sentence's end ("Steve Witkoff, Trump's special envoy,"),
    /// set by ``OfficeFinder``: ``DependencyParse`` reads it as part of the name.
    public var apposition: Range<Int>?
    /// The resolved entity id, set by ``AliasResolver``.
    public var entity: String?
    /// Whether a state is named by its capital ("Moscow"), which speaks for it but does not
    /// qualify titles ("London's King Cross").
    public var bySeat = false

    public init(
        sentence: Int, tokens: Range<Int>, kind: Entity.Kind, surface: String, key: String,
        known: Bool, role: Role = .actor
    ) {
        self.sentence = sentence
        self.tokens = tokens
        self.kind = kind
        self.surface = surface
        self.key = key
        self.known = known
        self.role = role
    }
}
