/// The part-of-speech tagger: two greedy averaged perceptrons over ``TaggerFeatures``, one
/// reading left to right and one right to left, whose scores are summed for each token's UPOS;
/// then a third model (``MorphologyFeatures``) gives the verb form, tense and number that go
/// with that UPOS. The pair of UPOS and features is the token's tag class.
package struct Tagger: Sendable {
    package let forward: WeightTable
    package let backward: WeightTable
    package let morphology: WeightTable
    /// Tag classes (`VERB|Tense=Past|VerbForm=Fin`), as the lemmatiser and parser know them.
    package let classes: [TagClass]
    /// The classes of the two UPOS models, and of the morphology model.
    package let tags: [UPOS]
    package let bundles: [Morphology]
    /// The tag class of each pair of tag and bundle, or -1 where the pair was never seen.
    let pairs: [Int]

    /// A tag class of the model, as written in it: `VERB|Tense=Past|VerbForm=Fin`.
    package struct TagClass: Sendable, Hashable {
        package var upos: UPOS
        package var features: Morphology

        package init(_ text: String) {
            let parts = text.split(separator: "|", maxSplits: 1)
            upos = parts.first.flatMap { UPOS(rawValue: String($0)) } ?? .x
            features = Morphology(conllu: parts.count > 1 ? String(parts[1]) : "")
        }

        package var name: String {
            let f = features.conllu
            return f == "_" ? upos.rawValue : "\(upos.rawValue)|\(f)"
        }
    }

    /// The word clusters of the model (``WordClusters/none`` for a model without): the UPOS
    /// models read them, and the parser reads them from the tagger's ``padded(_:)`` words.
    package let clusters: WordClusters

    package init(
        forward: WeightTable, backward: WeightTable, morphology: WeightTable, classes: [TagClass], clusters: WordClusters
    ) {
        self.clusters = clusters
        self.forward = forward
        self.backward = backward
        self.morphology = morphology
        self.classes = classes
        let (tags, bundles) = Self.layout(classes)
        self.tags = tags
        self.bundles = bundles
        var pairs = [Int](repeating: -1, count: tags.count * bundles.count)
        for (k, c) in classes.enumerated() {
            pairs[tags.firstIndex(of: c.upos)! * bundles.count + bundles.firstIndex(of: c.features)!] = k
        }
        self.pairs = pairs
    }

    /// The UPOS tags and feature bundles of a list of tag classes, in order of first appearance:
    /// the classes of the UPOS and morphology models.
    package static func layout(_ classes: [TagClass]) -> (tags: [UPOS], bundles: [Morphology]) {
        var tags: [UPOS] = [], bundles: [Morphology] = []
        for c in classes {
            if !tags.contains(c.upos) { tags.append(c.upos) }
            if !bundles.contains(c.features) { bundles.append(c.features) }
        }
        return (tags, bundles)
    }

    /// The sentence with two padding positions each side, as ``TaggerFeatures`` reads it, each
    /// word with its place in the tagger's ``clusters``.
    package func padded(_ texts: [String]) -> [WordInfo] {
        Self.padded(texts, clusters: clusters)
    }

    /// The sentence padded as ``padded(_:)`` does, with the given clusters (for training).
    package static func padded(_ texts: [String], clusters: WordClusters) -> [WordInfo] {
        var words: [WordInfo] = [.start, .start]
        words.reserveCapacity(texts.count + 4)
        for text in texts { words.append(WordInfo(text, clusters: clusters)) }
        words += [.end, .end]
        return words
    }

    /// The tokens' words of a ``padded(_:)`` sentence, without the padding.
    package static func unpadded(_ padded: [WordInfo]) -> ArraySlice<WordInfo> {
        padded[2..<(padded.count - 2)]
    }

    /// `padded` with the tokens in reverse order (as the right-to-left model reads them).
    package static func reversed(_ padded: [WordInfo]) -> [WordInfo] {
        var words: [WordInfo] = [.start, .start]
        words.reserveCapacity(padded.count)
        words += unpadded(padded).reversed()
        words += [.end, .end]
        return words
    }

    /// Scores of every class of `model` at each token (token-major), tagging greedily.
    package static func scores(_ model: WeightTable, _ words: [WordInfo], into result: inout [Int32]) {
        let n = words.count - 4
        let k = model.classes
        result = [Int32](repeating: 0, count: max(0, n) * k)
        guard n > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
            result.withUnsafeMutableBufferPointer { out in
                words.withUnsafeBufferPointer { buffer in
                    var t1 = TaggerFeatures.noTag, t2 = TaggerFeatures.noTag
                    for i in 0..<n {
                        let scores = out.baseAddress! + i * k
                        TaggerFeatures.extract(buffer, i + 2, t1: t1, t2: t2, into: features.baseAddress!)
                        model.score(UnsafeBufferPointer(features), into: scores)
                        var best = 0
                        for c in 1..<k where scores[c] > scores[best] { best = c }
                        t2 = t1
                        t1 = TaggerFeatures.tag(best)
                    }
                }
            }
        }
    }

    /// The UPOS (an index into ``tags``) of each token, both directions' scores summed.
    package func upos(_ words: [WordInfo]) -> [Int] {
        let n = words.count - 4
        guard n > 0 else { return [] }
        let k = forward.classes
        var left: [Int32] = [], right: [Int32] = []
        Self.scores(forward, words, into: &left)
        Self.scores(backward, Self.reversed(words), into: &right)
        return (0..<n).map { i in
            let a = i * k, b = (n - 1 - i) * k
            var best = 0
            for c in 1..<k where left[a + c] &+ right[b + c] > left[a + best] &+ right[b + best] { best = c }
            return best
        }
    }

    /// The tag class (an index into ``classes``) of each token of `words` (padded as by
    /// ``padded(_:)``).
    package func tag(_ words: [WordInfo]) -> [Int] {
        let n = words.count - 4
        guard n > 0 else { return [] }
        guard classes.count > 1 else { return Array(repeating: 0, count: n) }
        let upos = self.upos(words)
        let b = bundles.count
        var result = [Int](repeating: 0, count: n)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: MorphologyFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, b)) { scores in
                words.withUnsafeBufferPointer { buffer in
                    for i in 0..<n {
                        let t = upos[i]
                        let row = t * b
                        // A tag seen with one bundle only needs no model.
                        var only = -1, count = 0
                        for m in 0..<b where pairs[row + m] >= 0 {
                            only = m
                            count += 1
                        }
                        if count <= 1 {
                            result[i] = only >= 0 ? pairs[row + only] : 0
                            continue
                        }
                        MorphologyFeatures.extract(buffer, i + 2, upos: upos, into: features.baseAddress!)
                        morphology.score(UnsafeBufferPointer(features), into: scores.baseAddress!)
                        var best = -1
                        for m in 0..<b where pairs[row + m] >= 0 && (best < 0 || scores[m] > scores[best]) { best = m }
                        result[i] = pairs[row + best]
                    }
                }
            }
        }
        return result
    }
}
