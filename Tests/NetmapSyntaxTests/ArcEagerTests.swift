import NetmapSyntax
import Testing

/// Follows the cheapest legal move from the start (the first of equal costs) and returns the
/// heads and the summed cost. Without `finish`, tokens the moves left without a head keep -1.
private func followOracle(_ gold: [Int32], detour: [Int: ArcEager.Move] = [:], finish: Bool = true) -> (heads: [Int32], cost: Int) {
    var state = ArcEager.State(count: gold.count - 1)
    var total = 0
    var step = 0
    while !state.isTerminal {
        let legal = ArcEager.Move.allCases.filter { state.isLegal($0) }
        var move = legal.min { state.cost($0, gold: gold) < state.cost($1, gold: gold) }!
        if let forced = detour[step], state.isLegal(forced) { move = forced }
        total += state.cost(move, gold: gold)
        state.apply(move, label: 1)
        step += 1
    }
    if finish { state.finish(label: 1) }
    return (state.heads, total)
}

private func errors(_ heads: [Int32], _ gold: [Int32]) -> Int {
    (1..<gold.count).filter { heads[$0] != gold[$0] }.count
}

@Test func theOracleRebuildsAProjectiveTree() {
    // "Putin met Trump in Alaska ." : met is the root.
    let gold: [Int32] = [-1, 2, 0, 2, 5, 2, 2]
    let (heads, cost) = followOracle(gold)
    #expect(cost == 0)
    #expect(heads == gold)
}

@Test func theOracleRebuildsRandomProjectiveTrees() {
    var seed: UInt64 = 42
    func next(_ n: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(n))
    }
    for _ in 0..<200 {
        let n = 1 + next(15)
        let gold = randomProjectiveTree(n, next)
        let (heads, cost) = followOracle(gold)
        #expect(cost == 0)
        #expect(heads == gold, "\(gold)")
    }
}

/// A projective tree over 1...n: each span picks a head, the parts either side hang from it.
private func randomProjectiveTree(_ n: Int, _ next: (Int) -> Int) -> [Int32] {
    var heads = [Int32](repeating: -1, count: n + 1)
    func build(_ range: Range<Int>, parent: Int) {
        guard !range.isEmpty else { return }
        let h = range.lowerBound + next(range.count)
        heads[h] = Int32(parent)
        // Split each side into consecutive subtrees.
        var start = range.lowerBound
        while start < h {
            let end = start + 1 + next(h - start)
            build(start..<end, parent: h)
            start = end
        }
        start = h + 1
        while start < range.upperBound {
            let end = start + 1 + next(range.upperBound - start)
            build(start..<end, parent: h)
            start = end
        }
    }
    build(1..<(n + 1), parent: 0)
    return heads
}

@Test func theCostOfAWrongMoveIsTheArcsItLoses() {
    let gold: [Int32] = [-1, 2, 0, 2, 5, 2, 2]
    // Each detour, then the cheapest moves: the arcs the moves get wrong or leave unmade are
    // the costs paid (finishing may then still guess some right).
    for step in 0..<8 {
        for move in ArcEager.Move.allCases {
            let (heads, cost) = followOracle(gold, detour: [step: move], finish: false)
            #expect(errors(heads, gold) == cost, "move \(move) at step \(step)")
            let (finished, _) = followOracle(gold, detour: [step: move])
            #expect(errors(finished, gold) <= cost)
        }
    }
}

@Test func illegalMovesAreRefused() {
    var state = ArcEager.State(count: 2)
    #expect(!state.isLegal(.reduce))
    #expect(!state.isLegal(.left))
    state.apply(.right, label: 0)
    // The root takes one dependent only.
    state.apply(.reduce, label: 0)
    #expect(!state.isLegal(.right))
    #expect(state.isLegal(.shift))
}

@Test func finishingGivesEveryTokenAHeadAndOneRoot() {
    var state = ArcEager.State(count: 4)
    while !state.isTerminal { state.apply(.shift, label: 0) }
    state.finish(label: 3)
    #expect(state.heads[1...].allSatisfy { $0 >= 0 })
    #expect(state.heads[1...].filter { $0 == 0 }.count == 1)
}

@Test func aParseMayGiveTheRootALaterHeadAndFinishingKeepsIt() {
    // "If it rains , we stay": the parse gave the root "rains" first, then finds "stay".
    var state = ArcEager.State(count: 6)
    state.apply(.shift, label: 0)  // If
    state.apply(.shift, label: 0)  // it
    state.apply(.left, label: 4)  // it <- rains
    state.apply(.left, label: 5)  // If <- rains
    state.apply(.right, label: 0)  // root -> rains
    state.apply(.right, label: 6)  // rains -> ,
    state.apply(.reduce, label: 0)
    state.apply(.reduce, label: 0)
    state.apply(.shift, label: 0)  // we
    state.apply(.left, label: 4)  // we <- stay
    // Training's system refuses a second dependent of the root; a parse may make it.
    #expect(!state.isLegal(.right))
    #expect(state.isLegalWhileParsing(.right))
    state.apply(.right, label: 0)  // root -> stay
    state.finish(label: 9)
    #expect(state.heads[6] == 0)
    #expect(state.heads[3] == 6)
    #expect(state.labels[3] == 9)
    #expect(state.heads[1...].filter { $0 == 0 }.count == 1)
    // The clause's own tree is untouched.
    #expect(state.heads[1] == 3 && state.heads[2] == 3 && state.heads[4] == 3)
}
