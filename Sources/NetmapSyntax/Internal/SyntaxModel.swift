/// A trained syntax model: header text, tagger, lemmatiser and parser, read in place from the
/// model's bytes.
///
/// File layout (little-endian): the magic `NMSYNTX3`; the header (a string: training data,
/// licence, command, scores); tag classes; labels; lemma exceptions (`form \t class \t lemma`);
/// lemma rules (`class \t suffix \t cut:append`); the word clusters (two `UInt32` prefix
/// lengths in bits, a `UInt32` count, the words' `UInt64` hashes and their `UInt32` paths, see
/// ``WordClusters``); the parser's beam width (a `UInt32`: the move sequences its search keeps,
/// 1 for greedy parsing); then the ``WeightTable``s of the tagger (left
/// to right, right to left, morphology) and of the parser (moves and labels in one table, so
/// that one lookup per feature serves both). Strings are a `UInt32` byte count and UTF-8; lists a `UInt32`
/// count and their strings.
package struct SyntaxModel: Sendable {
    package static let magic = Array("NMSYNTX3".utf8)

    package let header: String
    package let tagger: Tagger
    package let lemmatizer: Lemmatizer
    package var parser: Parser

    /// Reads a model whose bytes stay valid (and unchanged) as long as the model is used.
    package init(bytes: UnsafeRawPointer, count: Int) throws(ModelError) {
        guard count >= 8, (0..<8).allSatisfy({ bytes.load(fromByteOffset: $0, as: UInt8.self) == Self.magic[$0] }) else {
            throw ModelError.notAModel("does not start with \(String(decoding: Self.magic, as: UTF8.self))")
        }
        var reader = ModelReader(base: bytes, count: count)
        _ = try reader.array(UInt8.self, count: 8)
        header = try reader.string()
        let classes = try reader.strings().map(Tagger.TagClass.init)
        let labelNames = try reader.strings()
        var exceptions: [String: String] = [:]
        for line in try reader.strings() {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { throw ModelError.malformed("lemma exception '\(line)'") }
            exceptions["\(parts[0])\t\(parts[1])"] = String(parts[2])
        }
        var rules: [String: Lemmatizer.Rule] = [:]
        for line in try reader.strings() {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let rule = Lemmatizer.Rule(String(parts[2])) else {
                throw ModelError.malformed("lemma rule '\(line)'")
            }
            rules["\(parts[0])\t\(parts[1])"] = rule
        }
        let shortPrefix = Int(try reader.uint32()), longPrefix = Int(try reader.uint32())
        let clusterCount = Int(try reader.uint32())
        guard clusterCount <= count / 12, shortPrefix <= 31, longPrefix <= 31 else {
            throw ModelError.malformed("\(clusterCount) word clusters with prefixes of \(shortPrefix) and \(longPrefix) bits")
        }
        let clusterWords = try reader.array(UInt64.self, count: clusterCount)
        let clusterPaths = try reader.array(UInt32.self, count: clusterCount)
        let clusters = WordClusters(
            words: Array(UnsafeBufferPointer(start: clusterWords, count: clusterCount)),
            paths: Array(UnsafeBufferPointer(start: clusterPaths, count: clusterCount)),
            shortPrefix: shortPrefix, longPrefix: longPrefix)
        let beamWidth = Int(try reader.uint32())
        guard (1...64).contains(beamWidth) else { throw ModelError.malformed("a beam width of \(beamWidth)") }
        let forward = try WeightTable(reading: &reader)
        let backward = try WeightTable(reading: &reader)
        let morphology = try WeightTable(reading: &reader)
        let weights = try WeightTable(reading: &reader)
        reader.align()
        guard reader.offset == count else {
            throw ModelError.malformed("\(count) bytes where the tables take \(reader.offset)")
        }
        let (tags, bundles) = Tagger.layout(classes)
        guard forward.classes == tags.count, backward.classes == tags.count, morphology.classes == bundles.count,
            weights.classes == 4 + 2 * labelNames.count,
            labelNames.first == "root", labelNames.count <= 64
        else {
            throw ModelError.malformed("\(classes.count) tag classes, \(labelNames.count) labels and tables of \(forward.classes), \(morphology.classes), \(weights.classes) classes")
        }
        tagger = Tagger(forward: forward, backward: backward, morphology: morphology, classes: classes, clusters: clusters)
        lemmatizer = Lemmatizer(exceptions: exceptions, rules: rules)
        parser = Parser(weights: weights, labelNames: labelNames, beamWidth: beamWidth)
    }

    /// A model that knows nothing: every token `X`, attached to the first.
    package init() {
        header = "no model"
        tagger = Tagger(forward: .empty(classes: 1), backward: .empty(classes: 1), morphology: .empty(classes: 1), classes: [Tagger.TagClass("X")], clusters: .none)
        lemmatizer = Lemmatizer(exceptions: [:], rules: [:])
        parser = Parser(weights: .empty(classes: 6), labelNames: ["root"])
    }
}
