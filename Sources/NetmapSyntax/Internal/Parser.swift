/// The greedy arc-eager dependency parser: at each step the move model picks the best legal
/// move; a left or right arc then takes the best label of the label model for its direction.
/// Both models share one table: classes 0..<4 are the moves, 4..<4+L the labels of left arcs
/// and 4+L..<4+2L those of right arcs.
package struct Parser: Sendable {
    package let weights: WeightTable
    package let labelNames: [String]

    package init(weights: WeightTable, labelNames: [String]) {
        self.weights = weights
        self.labelNames = labelNames
    }

    /// Parses a sentence of `sentence.words.count - 1` tokens; returns the final state.
    package func parse(_ sentence: ParserFeatures.Sentence) -> ArcEager.State {
        var state = ArcEager.State(count: sentence.words.count - 1)
        let labelCount = labelNames.count
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
                    for move in ArcEager.Move.allCases where state.isLegal(move) && s[move.rawValue] > bestScore {
                        best = move
                        bestScore = s[move.rawValue]
                    }
                    var label = 0
                    if best == .right && state.s0 == 0 {
                        label = 0
                    } else if best == .left || best == .right, labelCount > 1 {
                        // Only the labels of the arc's direction are scored.
                        let offset = best == .left ? 4 : 4 + labelCount
                        weights.prefetch(r, found)
                        weights.add(r, found, classes: offset..<offset + labelCount, into: s)
                        label = 1
                        for l in 2..<labelCount where s[offset + l] > s[offset + label] { label = l }
                    }
                    state.apply(best, label: label)
                }
              }
            }
        }
        state.finish(label: labelNames.firstIndex(of: "parataxis") ?? min(1, labelCount - 1))
        return state
    }
}
