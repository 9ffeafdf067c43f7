/// The greedy arc-eager dependency parser: at each step the move model picks the best legal
/// move; a left or right arc then takes the best label of the label model for its direction.
package struct Parser: Sendable {
    package let moves: WeightTable
    /// Classes 0..<L label left arcs, L..<2L right arcs.
    package let labels: WeightTable
    package let labelNames: [String]

    package init(moves: WeightTable, labels: WeightTable, labelNames: [String]) {
        self.moves = moves
        self.labels = labels
        self.labelNames = labelNames
    }

    /// Parses a sentence of `sentence.words.count - 1` tokens; returns the final state.
    package func parse(_ sentence: ParserFeatures.Sentence) -> ArcEager.State {
        var state = ArcEager.State(count: sentence.words.count - 1)
        let labelCount = labelNames.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(4, 2 * labelCount)) { scores in
                let f = UnsafeBufferPointer(features), s = scores.baseAddress!
                while !state.isTerminal {
                    ParserFeatures.extract(state, sentence, into: features.baseAddress!)
                    moves.score(f, into: s)
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
                        labels.score(f, into: s)
                        let offset = best == .left ? 0 : labelCount
                        label = 1
                        for l in 2..<labelCount where s[offset + l] > s[offset + label] { label = l }
                    }
                    state.apply(best, label: label)
                }
            }
        }
        state.finish(label: labelNames.firstIndex(of: "parataxis") ?? min(1, labelCount - 1))
        return state
    }
}
