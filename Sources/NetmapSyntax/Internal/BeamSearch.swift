/// Beam search over arc-eager moves (Zhang and Clark 2008; Zhang and Nivre 2011): the `width`
/// best move sequences are kept at each step, ranked by the sum of their moves' scores, and the
/// best complete one is the parse.
///
/// So that every sequence of a sentence of n tokens has the same length (2n moves: each token is
/// pushed once, by shift or right arc, and popped once, by reduce or left arc), the search does
/// not stop when the buffer is empty: it reduces what is left on the stack, scoring each
/// reduce, and a token popped without a head is given one by ``ArcEager/State/finish(label:)``
/// after the search. Greedy parsing (``Parser/greedy(_:)``) is the search with a width of 1,
/// except that it stops when the buffer is empty and may give the root a later head word
/// (``ArcEager/State/isLegalWhileParsing(_:)``); the search keeps to the moves training knows.
///
/// Training (the `netmap-syntax` trainer) runs the same search with the gold tree, so that the
/// move model learns to rank whole sequences (early update, Collins and Roark 2004): the
/// search stops as soon as no kept sequence is among the least costly ones, by the dynamic
/// oracle's count of gold arcs lost (Goldberg and Nivre 2012), and the model is moved towards
/// the best of those and away from the best kept one.
package enum BeamSearch {
    /// A move sequence: its state, the sum of its moves' scores, the gold arcs it has lost
    /// (when searching with a gold tree), and, when asked for, its moves and their labels.
    package struct Item {
        package var state: ArcEager.State
        package var score: Float
        package var cost: Int
        package var moves: [UInt8]
        package var labels: [Int16]

        /// The start of a sentence of `n` tokens.
        package init(count n: Int) {
            state = ArcEager.State(count: n)
            score = 0
            cost = 0
            moves = []
            labels = []
        }
    }

    /// One way to extend an item of the beam: its index, the move, and the extended sequence's
    /// score and cost.
    package struct Candidate {
        package var item: Int
        package var move: ArcEager.Move
        package var score: Float
        package var cost: Int

        package init(item: Int, move: ArcEager.Move, score: Float, cost: Int) {
            self.item = item
            self.move = move
            self.score = score
            self.cost = cost
        }
    }

    /// Whether `move` may extend `state`: the moves of ``ArcEager``, and reduce alone (of any
    /// token but the root) once the buffer is empty.
    @inline(__always)
    package static func isLegal(_ move: ArcEager.Move, in state: ArcEager.State) -> Bool {
        state.b > state.n ? move == .reduce && state.stack.count > 1 : state.isLegal(move)
    }

    /// The search is over when the buffer is empty and only the root is on the stack.
    @inline(__always)
    package static func isComplete(_ state: ArcEager.State) -> Bool {
        state.b > state.n && state.stack.count == 1
    }

    /// Extends `item` by `move` with `label` (used by arcs only).
    @inline(__always)
    package static func extend(_ item: Item, _ candidate: Candidate, label: Int, history: Bool) -> Item {
        var next = item
        if next.state.b > next.state.n {
            next.state.stack.removeLast()
        } else {
            next.state.apply(candidate.move, label: label)
        }
        next.score = candidate.score
        next.cost = candidate.cost
        if history {
            next.moves.append(UInt8(candidate.move.rawValue))
            next.labels.append(Int16(label))
        }
        return next
    }

    /// Extends the item of `beam` that `candidate` names, labelling an arc with `labelOf` (the
    /// item's index, state and the move).
    @inline(__always)
    package static func extend(
        _ beam: [Item], _ candidate: Candidate, history: Bool, labelOf: (Int, ArcEager.State, ArcEager.Move) -> Int
    ) -> Item {
        let item = beam[candidate.item]
        let arc = item.state.b <= item.state.n && (candidate.move == .left || candidate.move == .right)
        return extend(item, candidate, label: arc ? labelOf(candidate.item, item.state, candidate.move) : 0, history: history)
    }

    /// Searches the parses of a sentence of `n` tokens.
    ///
    /// - Parameters:
    ///   - width: the number of sequences kept (at least 1).
    ///   - gold: the gold head of each token (index 0 unused), to count each candidate's cost.
    ///   - history: whether items keep their moves and labels (for training).
    ///   - scoreMoves: writes the four move scores of the beam's item `i` (its state given).
    ///   - labelOf: the label of an arc made by `move` from item `i`.
    ///   - proceed: sees the candidates of each step, best first, and the beam they extend;
    ///     returning false ends the search (training's early update).
    /// - Returns: the final beam, best first (the beam of the step where `proceed` stopped).
    @inline(__always)
    package static func search(
        n: Int, width: Int, gold: [Int32]? = nil, history: Bool = false,
        scoreMoves: (Int, ArcEager.State, UnsafeMutablePointer<Float>) -> Void,
        labelOf: (Int, ArcEager.State, ArcEager.Move) -> Int,
        proceed: ([Candidate], [Item]) -> Bool = { _, _ in true }
    ) -> [Item] {
        var beam = [Item(count: n)]
        var candidates: [Candidate] = []
        candidates.reserveCapacity(4 * width)
        var next: [Item] = []
        next.reserveCapacity(width)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 4) { scores in
            let s = scores.baseAddress!
            while !isComplete(beam[0].state) {
                candidates.removeAll(keepingCapacity: true)
                for (i, item) in beam.enumerated() {
                    scoreMoves(i, item.state, s)
                    for move in ArcEager.Move.allCases where isLegal(move, in: item.state) {
                        var cost = item.cost
                        if let gold, item.state.b <= n { cost += item.state.cost(move, gold: gold) }
                        candidates.append(Candidate(item: i, move: move, score: item.score + s[move.rawValue], cost: cost))
                    }
                }
                // Best first; ties go to the earlier item and the lower move, so the search is
                // deterministic.
                candidates.sort { a, b in
                    a.score != b.score ? a.score > b.score : a.item != b.item ? a.item < b.item : a.move.rawValue < b.move.rawValue
                }
                guard proceed(candidates, beam) else { return }
                next.removeAll(keepingCapacity: true)
                for candidate in candidates.prefix(width) {
                    next.append(extend(beam, candidate, history: history, labelOf: labelOf))
                }
                swap(&beam, &next)
            }
        }
        return beam
    }
}
