/// The arc-eager dependency parser: the move model ranks the legal moves, greedily or in a
/// ``BeamSearch`` of `beamWidth` sequences; a left or right arc takes the best label of the
/// label model for its direction. Both models share one table: classes 0..<4 are the moves,
/// 4..<4+L the labels of left arcs and 4+L..<4+2L those of right arcs.
package struct Parser: Sendable {
    package let weights: WeightTable
    package let labelNames: [String]
    /// The number of move sequences the search keeps (1: greedy).
    package var beamWidth: Int

    package init(weights: WeightTable, labelNames: [String], beamWidth: Int = 1) {
        self.weights = weights
        self.labelNames = labelNames
        self.beamWidth = max(1, beamWidth)
    }

    /// The label given to a token left without a head, under the root's dependent.
    var leftoverLabel: Int { labelNames.firstIndex(of: "parataxis") ?? min(1, labelNames.count - 1) }

    /// Parses a sentence of `sentence.words.count - 1` tokens; returns the final state.
    package func parse(_ sentence: ParserFeatures.Sentence) -> ArcEager.State {
        beamWidth > 1 ? parse(sentence, width: beamWidth) : greedy(sentence)
    }

    /// The best of `width` move sequences (``BeamSearch``).
    package func parse(_ sentence: ParserFeatures.Sentence, width: Int) -> ArcEager.State {
        let n = sentence.words.count - 1
        let count = ParserFeatures.count
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count * 2 * width) { buffer in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: width) { found in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: weights.classes) { scores in
                    // The features and located entries of each item of the beam, for its labels.
                    let features = buffer.baseAddress!, ranges = features + count * width, s = scores.baseAddress!
                    var best = BeamSearch.search(
                        n: n, width: width,
                        scoreMoves: { i, state, out in
                            let f = features + i * count
                            ParserFeatures.extract(state, sentence, into: f)
                            s.update(repeating: 0, count: 4)
                            found[i] = weights.locate(
                                UnsafeBufferPointer(start: f, count: count), into: ranges + i * count, adding: s, prefetchEntries: false)
                            for m in 0..<4 { out[m] = Float(s[m]) }
                        },
                        labelOf: { i, state, move in
                            label(of: move, from: state, ranges: ranges + i * count, found: found[i], scores: s, prefetch: false)
                        })[0].state
                    best.finish(label: leftoverLabel)
                    return best
                }
            }
        }
    }

    /// The best label for an arc made by `move` (left or right) from `state`: 0 for the root's
    /// arc or a model of one label, else the best of the arc's direction's labels (from 1),
    /// scored from the features `locate` found (`ranges`, `found`) into that range of `scores`.
    @inline(__always)
    func label(
        of move: ArcEager.Move, from state: ArcEager.State, ranges: UnsafeMutablePointer<UInt64>, found: Int,
        scores s: UnsafeMutablePointer<Int32>, prefetch: Bool
    ) -> Int {
        let labelCount = labelNames.count
        if move == .right && state.s0 == 0 || labelCount < 2 { return 0 }
        // Only the labels of the arc's direction are scored.
        let offset = move == .left ? 4 : 4 + labelCount
        if prefetch { weights.prefetch(ranges, found) }
        (s + offset).update(repeating: 0, count: labelCount)
        weights.add(ranges, found, classes: offset..<offset + labelCount, into: s)
        var label = 1
        for l in 2..<labelCount where s[offset + l] > s[offset + label] { label = l }
        return label
    }

    /// Greedy parsing: the best legal move at each step.
    package func greedy(_ sentence: ParserFeatures.Sentence) -> ArcEager.State {
        var state = ArcEager.State(count: sentence.words.count - 1)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: weights.classes) { scores in
              withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { ranges in
                let f = UnsafeBufferPointer(features), s = scores.baseAddress!, r = ranges.baseAddress!
                while !state.isTerminal {
                    ParserFeatures.extract(state, sentence, into: features.baseAddress!)
                    // Moves first; the labels' weights only when an arc is made.
                    s.update(repeating: 0, count: weights.classes)
                    let found = weights.locate(f, into: r, adding: s, prefetchEntries: false)
                    var best: ArcEager.Move = .shift
                    var bestScore = Int32.min
                    for move in ArcEager.Move.allCases where state.isLegalWhileParsing(move) && s[move.rawValue] > bestScore {
                        best = move
                        bestScore = s[move.rawValue]
                    }
                    let label = best == .left || best == .right
                        ? label(of: best, from: state, ranges: r, found: found, scores: s, prefetch: true) : 0
                    state.apply(best, label: label)
                }
              }
            }
        }
        state.finish(label: leftoverLabel)
        return state
    }
}
