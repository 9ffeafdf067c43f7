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
/// piece attached to the root of the first as `parataxis`.
///
/// - Complexity: O(n) in the number of tokens.
public struct SyntaxParser: Sendable {
    /// The longest piece parsed as one tree.
    public static let maximumLength = 400

    /// The model's parts (valid while this parser lives).
    package let model: SyntaxModel
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

    /// Whether a trained model is loaded.
    public var isTrained: Bool { model.header != "no model" }

    /// The tokens of one sentence, tagged, lemmatised and parsed.
    public func parse(_ tokens: [Token]) -> [SyntaxToken] {
        var result: [SyntaxToken] = []
        result.reserveCapacity(tokens.count)
        var firstRoot: Int? = nil
        var start = 0
        while start < tokens.count {
            let piece = Array(tokens[start..<min(tokens.count, start + Self.maximumLength)])
            var words = parsePiece(piece, offset: start)
            for k in words.indices where words[k].head == nil {
                if let root = firstRoot {
                    words[k].head = root
                    words[k].relation = "parataxis"
                } else {
                    firstRoot = start + k
                }
            }
            result += words
            start += piece.count
        }
        return result
    }

    /// Tags only: tag class index per token (for evaluation and training).
    package func tags(_ texts: [String]) -> [Int] {
        model.tagger.tag(Tagger.padded(texts))
    }

    private func parsePiece(_ tokens: [Token], offset: Int) -> [SyntaxToken] {
        let texts = tokens.map(\.text)
        let words = Tagger.padded(texts)
        let tags = model.tagger.tag(words)
        var parserWords: [UInt64] = [ParserFeatures.rootWord]
        var parserTags: [UInt64] = [ParserFeatures.rootTag]
        parserWords.reserveCapacity(tokens.count + 1)
        parserTags.reserveCapacity(tokens.count + 1)
        for i in tokens.indices {
            parserWords.append(words[i + 2].lower)
            parserTags.append(ParserFeatures.tag(tags[i]))
        }
        let state = model.parser.parse(ParserFeatures.Sentence(words: parserWords, tags: parserTags))
        let names = model.parser.labelNames
        return tokens.indices.map { i in
            let tag = model.tagger.classes[tags[i]]
            let head = Int(state.heads[i + 1])
            let label = Int(state.labels[i + 1])
            return SyntaxToken(
                token: tokens[i], upos: tag.upos, features: tag.features,
                lemma: model.lemmatizer.lemma(texts[i], tag: tags[i], upos: tag.upos),
                head: head <= 0 ? nil : offset + head - 1,
                relation: head <= 0 ? "root" : label > 0 && label < names.count ? names[label] : "dep")
        }
    }
}
