import Foundation
import NetmapSyntax

extension ParserTrainer {
    /// Trains the move model further for a beam of `width` (``BeamSearch``): for each sentence
    /// the search runs with the gold tree, and where it stops — the first step at which no kept
    /// sequence is among the least costly, or the end, if the best kept one is not — the move
    /// model gains the moves of the best least costly sequence and loses those of the best kept
    /// one, from where the two part (early update, Collins and Roark 2004; the gold sequence
    /// is the best one the dynamic oracle allows, as in Goldberg and Nivre 2012). Arcs are
    /// labelled as in the greedy passes: the gold label where the head is right, else the label
    /// model's. The move model starts from its greedy weights, averaged anew over these passes.
    /// With `keepGreedy`, each sentence also has a greedy pass (``greedyPass``) before its
    /// search, so that the model still ranks single moves well enough to parse greedily.
    func trainBeam(
        _ examples: [Example], moves: Perceptron, labels labelModel: Perceptron, width: Int, passes: Int, keepGreedy: Bool
    ) {
        var generator = SeededGenerator(state: seed &+ 1)
        var order = Array(examples.indices)
        var scores = [Float](repeating: 0, count: 4)
        var labelScores = [Float](repeating: 0, count: 2 * labels.count)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count * width)
        let count = ParserFeatures.count
        moves.restartAverage()
        for pass in 0..<passes {
            generator.shuffle(&order)
            var updates = 0
            for e in order {
                let example = examples[e]
                if keepGreedy { _ = greedyPass(example, moves: moves, labels: labelModel, explore: true, generator: &generator) }
                func labelOf(_ i: Int, _ state: ArcEager.State, _ move: ArcEager.Move) -> Int {
                    let (d, h) = move == .left ? (state.s0, state.b) : (state.b, state.s0)
                    if h == 0 { return 0 }
                    if example.heads[d] == Int32(h) { return max(1, example.labels[d]) }
                    return features.withUnsafeBufferPointer { f in
                        guessLabel(
                            UnsafeBufferPointer(rebasing: f[i * count..<(i + 1) * count]), move: move, model: labelModel,
                            scores: &labelScores
                        ).label
                    }
                }
                var stopped: (good: BeamSearch.Item, bad: BeamSearch.Item)? = nil
                let beam = BeamSearch.search(
                    n: example.heads.count - 1, width: width, gold: example.heads, history: true,
                    scoreMoves: { i, state, out in
                        features.withUnsafeMutableBufferPointer { f in
                            ParserFeatures.extract(state, example.sentence, into: f.baseAddress! + i * count)
                            moves.score(UnsafeBufferPointer(rebasing: f[i * count..<(i + 1) * count]), into: &scores)
                        }
                        for m in 0..<4 { out[m] = scores[m] }
                    },
                    labelOf: labelOf,
                    proceed: { candidates, beam in
                        let least = candidates.lazy.map(\.cost).min()!
                        if candidates.prefix(width).contains(where: { $0.cost == least }) { return true }
                        func extend(_ c: BeamSearch.Candidate) -> BeamSearch.Item {
                            BeamSearch.extend(beam, c, history: true, labelOf: labelOf)
                        }
                        stopped = (extend(candidates.first { $0.cost == least }!), extend(candidates[0]))
                        return false
                    })
                if stopped == nil, let least = beam.map(\.cost).min(), beam[0].cost != least {
                    stopped = (beam.first { $0.cost == least }!, beam[0])
                }
                if let (good, bad) = stopped {
                    updates += 1
                    var common = 0
                    while common < min(good.moves.count, bad.moves.count), good.moves[common] == bad.moves[common],
                        good.labels[common] == bad.labels[common]
                    {
                        common += 1
                    }
                    replay(good, example.sentence, from: common) { f, m in moves.add(f, m, 1) }
                    replay(bad, example.sentence, from: common) { f, m in moves.add(f, m, -1) }
                }
                moves.tick()
            }
            log("beam pass \(pass + 1): \(updates) of \(examples.count) sentences updated")
        }
    }

    /// Calls `body` with the features and move of each step of `item`'s sequence from step `first` on.
    private func replay(
        _ item: BeamSearch.Item, _ sentence: ParserFeatures.Sentence, from first: Int,
        _ body: (UnsafeBufferPointer<UInt64>, Int) -> Void
    ) {
        var current = BeamSearch.Item(count: sentence.words.count - 1)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        for (t, m) in item.moves.enumerated() {
            let move = ArcEager.Move(rawValue: Int(m))!
            if t >= first {
                features.withUnsafeMutableBufferPointer { ParserFeatures.extract(current.state, sentence, into: $0.baseAddress!) }
                features.withUnsafeBufferPointer { body($0, Int(m)) }
            }
            current = BeamSearch.extend(
                current, .init(item: 0, move: move, score: 0, cost: 0), label: Int(item.labels[t]), history: false)
        }
    }
}
