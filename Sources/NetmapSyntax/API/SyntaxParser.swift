internal import CNetmapSyntaxModel
public import NetmapLexicon

/// Tags, lemmatises and parses sentences of netmap tokens into Universal Dependencies trees.
///
///     let parser = SyntaxParser.shared
///     let tokens = Tokenizer.tokenize(scalars, in: 0..<scalars.count)
///     for word in parser.parse(tokens) { print(word.token.text, word.upos, word.relation) }
///
/// The shared parser uses the model built into the binary (trained on UD English EWT, see
/// ``header``). Parsing never fails: an empty sentence gives no tokens, and a sentence longer
/// than ``maximumLength`` tokens is parsed in pieces of that length, the root of each later
/// piece attached to the root of the first as `parataxis`. The parser searches a beam of
/// ``beamWidth`` move sequences, the width its model was trained for (the built-in model's is
/// 1: greedy parsing); ``searching(width:)`` gives another.
///
/// - Complexity: O(n · w) in the number of tokens n and the beam width w.
public struct SyntaxParser: Sendable {
    /// The longest piece parsed as one tree.
    public static let maximumLength = 400

    /// The model's parts (valid while this parser lives).
    package private(set) var model: SyntaxModel
    /// Keeps a model's bytes alive when they were given rather than built in.
    private let storage: Storage?

    final class Storage: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        init(_ bytes: [UInt8]) {
            pointer = .allocate(byteCount: max(bytes.count, 1), alignment: 64)
            bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        }
        deinit { pointer.deallocate() }
    }

    /// The parser of the model built into netmap, read once per process. A build without a model
    /// (an empty model file) tags every token `X`; ``isTrained`` tells.
    public static let shared: SyntaxParser = {
        let size = netmap_syntax_model_size()
        guard size > 0, let model = try? SyntaxModel(bytes: UnsafeRawPointer(netmap_syntax_model_bytes()), count: size) else {
            return SyntaxParser(model: SyntaxModel(), storage: nil)
        }
        return SyntaxParser(model: model, storage: nil)
    }()

    private init(model: SyntaxModel, storage: Storage?) {
        self.model = model
        self.storage = storage
    }

    /// A parser for a model file's bytes (as `netmap-syntax train` writes them).
    public init(modelBytes: [UInt8]) throws(ModelError) {
        let storage = Storage(modelBytes)
        self.model = try SyntaxModel(bytes: UnsafeRawPointer(storage.pointer), count: modelBytes.count)
        self.storage = storage
    }

    /// The model's header: its training data and licence, the command that trained it, its scores.
    public var header: String { model.header }

    /// The number of move sequences the parser's beam search keeps: the width the model was
    /// trained for, unless ``searching(width:)`` gave another (1: greedy, one sequence).
    public var beamWidth: Int { model.parser.beamWidth }

    /// This parser with a beam of `width` move sequences (at least 1). Parsing time grows
    /// about in proportion to the width. A model scores best at the width it was trained for
    /// (`netmap-syntax train --beam-width`): a narrower beam gives a faster, less accurate
    /// parse, and a greedy model (trained for a width of 1) a worse one in a wider beam, its
    /// move scores not being trained to compare whole sequences.
    public func searching(width: Int) -> SyntaxParser {
        var copy = self
        copy.model.parser.beamWidth = max(1, width)
        return copy
    }

    /// Whether a trained model is loaded.
    public var isTrained: Bool { model.header != "no model" }

    /// The tokens of one sentence, tagged, lemmatised and parsed.
    public func parse(_ tokens: [Token]) -> [SyntaxToken] {
        parse(tokens, if: { _ in true }) ?? []
    }

    /// The tokens of one sentence tagged and lemmatised, then parsed when `wanted` says so of
    /// them; nil when it does not. `wanted` sees every token with its tag, features and lemma,
    /// as the parse will have them, but no tree yet (`head` nil, relation `dep`): a caller that
    /// needs the tree only for some words (a relation cue of the right part of speech) spares
    /// the parse, which costs about three times the tagging.
    public func parse(_ tokens: [Token], if wanted: ([SyntaxToken]) -> Bool) -> [SyntaxToken]? {
        var pieces: [(words: [WordInfo], tags: [Int])] = []
        var result: [SyntaxToken] = []
        result.reserveCapacity(tokens.count)
        var start = 0
        while start < tokens.count {
            let piece = tokens[start..<min(tokens.count, start + Self.maximumLength)]
            pieces.append(tag(piece, into: &result))
            start += piece.count
        }
        guard wanted(result) else { return nil }
        var firstRoot: Int? = nil
        start = 0
        let names = model.parser.labelNames
        for piece in pieces {
            let state = model.parser.parse(ParserFeatures.Sentence(Tagger.unpadded(piece.words), tags: piece.tags, classes: model.tagger.classes))
            let count = piece.tags.count
            for i in 0..<count {
                let head = Int(state.heads[i + 1])
                let label = Int(state.labels[i + 1])
                if head > 0 {
                    result[start + i].head = start + head - 1
                    result[start + i].relation = label > 0 && label < names.count ? names[label] : "dep"
                } else if let root = firstRoot {
                    result[start + i].head = root
                    result[start + i].relation = "parataxis"
                } else {
                    firstRoot = start + i
                    result[start + i].relation = "root"
                }
            }
            start += count
        }
        return result
    }

    /// The lemma the model gives `word` read as `upos` (with the first of the model's tag
    /// classes of that part of speech): "said" as a verb → "say".
    public func lemma(of word: String, as upos: UPOS) -> String {
        let tag = model.tagger.classes.firstIndex { $0.upos == upos } ?? 0
        return model.lemmatizer.lemma(word, tag: tag, upos: upos)
    }

    /// Tags only: tag class index per token (for evaluation and training).
    package func tags(_ texts: [String]) -> [Int] {
        model.tagger.tag(model.tagger.padded(texts))
    }

    /// Tags and lemmatises `tokens` (one piece of a sentence) onto `result`, and returns what
    /// the parser reads of them: the tagger's padded words and the tag classes.
    private func tag(_ tokens: ArraySlice<Token>, into result: inout [SyntaxToken]) -> (words: [WordInfo], tags: [Int]) {
        let texts = tokens.map(\.text)
        let words = model.tagger.padded(texts)
        let tags = model.tagger.tag(words)
        for (i, token) in zip(texts.indices, tokens) {
            let tag = model.tagger.classes[tags[i]]
            result.append(
                SyntaxToken(
                    token: token, upos: tag.upos, features: tag.features,
                    lemma: model.lemmatizer.lemma(texts[i], tag: tags[i], upos: tag.upos), head: nil, relation: "dep"))
        }
        return (words, tags)
    }
}
