import Foundation
import NetmapSyntax

/// Trains the arc-eager parser online with the dynamic oracle and exploration (Goldberg and
/// Nivre 2012): from the second pass on, the parser follows its own prediction when it is
/// wrong, and learns the best move from wherever it is. The label model learns on every arc
/// whose head is right.
struct ParserTrainer {
    let labels: [String]
    let epochs: Int
    let seed: UInt64
    /// The pass from which the parser follows its own mistakes, and how often.
    var exploreFrom = 1
    var exploreRate = 0.9

    struct Example {
        var sentence: ParserFeatures.Sentence
        /// Gold head of each token (index 0 the root, its own entry unused).
        var heads: [Int32]
        var labels: [Int]
    }

    /// The trained models; `export` gives their averaged weights for a minimum number of updates.
    func train(_ examples: [Example]) -> (moves: Perceptron, labels: Perceptron) {
        let moveModel = Perceptron(classes: 4)
        let labelModel = Perceptron(classes: 2 * labels.count)
        var generator = SeededGenerator(state: seed)
        var order = Array(examples.indices)
        for epoch in 0..<epochs {
            generator.shuffle(&order)
            var correct = 0, total = 0
            for e in order {
                let (right, moves) = greedyPass(
                    examples[e], moves: moveModel, labels: labelModel, explore: epoch >= exploreFrom, generator: &generator)
                correct += right
                total += moves
            }
            log("parser pass \(epoch + 1): \(String(format: "%.4f", Double(correct) / Double(max(total, 1)))) of moves right")
        }
        return (moveModel, labelModel)
    }

    /// One greedy pass over a sentence with the dynamic oracle: the move model learns the best
    /// move wherever the parser is, and follows its own wrong prediction at `exploreRate` when
    /// `explore`; the label model learns on every arc whose head is right. Returns the moves
    /// predicted right and the moves made.
    func greedyPass(
        _ example: Example, moves moveModel: Perceptron, labels labelModel: Perceptron, explore: Bool,
        generator: inout SeededGenerator
    ) -> (right: Int, moves: Int) {
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var moveScores = [Float](repeating: 0, count: 4)
        var labelScores = [Float](repeating: 0, count: 2 * labels.count)
        var correct = 0, total = 0
        var state = ArcEager.State(count: example.heads.count - 1)
        while !state.isTerminal {
            features.withUnsafeMutableBufferPointer { f in
                ParserFeatures.extract(state, example.sentence, into: f.baseAddress!)
            }
            features.withUnsafeBufferPointer { f in
                moveModel.score(f, into: &moveScores)
                var costs = [Int](repeating: Int.max, count: 4)
                for move in ArcEager.Move.allCases where state.isLegal(move) {
                    costs[move.rawValue] = state.cost(move, gold: example.heads)
                }
                let least = costs.min()!
                var predicted = -1, best = -1
                for m in 0..<4 where costs[m] != Int.max {
                    if predicted < 0 || moveScores[m] > moveScores[predicted] { predicted = m }
                    if costs[m] == least, best < 0 || moveScores[m] > moveScores[best] { best = m }
                }
                total += 1
                if costs[predicted] == least {
                    correct += 1
                } else {
                    moveModel.update(f, good: best, bad: predicted)
                }
                moveModel.tick()
                var next = best
                if explore, costs[predicted] != least, generator.unit() < exploreRate { next = predicted }
                let move = ArcEager.Move(rawValue: next)!
                var label = 0
                if move == .left || move == .right {
                    let (d, h) = move == .left ? (state.s0, state.b) : (state.b, state.s0)
                    if h == 0 {
                        label = 0
                    } else {
                        let (guess, offset) = guessLabel(f, move: move, model: labelModel, scores: &labelScores)
                        label = guess
                        if example.heads[d] == Int32(h) {
                            let gold = max(1, example.labels[d])
                            if gold != guess { labelModel.update(f, good: offset + gold, bad: offset + guess) }
                            labelModel.tick()
                            label = gold
                        }
                    }
                }
                state.apply(move, label: label)
            }
        }
        return (correct, total)
    }

    /// The label model's best label (from 1) among those of `move`'s direction (left or right)
    /// for the features `f`, and where that direction's labels start among the model's classes
    /// (left arcs' first, then right arcs'). `scores` (2 × the labels) receives every score.
    func guessLabel(
        _ f: UnsafeBufferPointer<UInt64>, move: ArcEager.Move, model: Perceptron, scores: inout [Float]
    ) -> (label: Int, offset: Int) {
        model.score(f, into: &scores)
        let offset = move == .left ? 0 : labels.count
        var guess = 1
        for l in 2..<max(2, labels.count) where scores[offset + l] > scores[offset + guess] { guess = l }
        return (guess, offset)
    }
}
