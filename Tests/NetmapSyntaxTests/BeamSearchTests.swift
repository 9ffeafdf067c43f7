import NetmapLexicon
import NetmapSyntax
import Testing

/// The search with moves scored by `score` (of the item's state) and every arc labelled 1.
private func search(
    n: Int, width: Int, gold: [Int32]? = nil, _ score: @escaping (ArcEager.State) -> [Float] = { _ in [0, 0, 0, 0] }
) -> [BeamSearch.Item] {
    BeamSearch.search(
        n: n, width: width, gold: gold, history: true,
        scoreMoves: { _, state, out in
            let s = score(state)
            for m in 0..<4 { out[m] = s[m] }
        },
        labelOf: { _, _, _ in 1 })
}

@Test func everySequenceIsTwoMovesPerToken() {
    for n in 1...6 {
        for item in search(n: n, width: 16) {
            #expect(item.moves.count == 2 * n)
            #expect(BeamSearch.isComplete(item.state))
        }
    }
}

@Test func aWiderBeamFindsWhatGreedySearchMisses() {
    // Two tokens. The first move scores a little better as a shift, but every sequence that
    // starts with a shift then pays 10 for its next move; a right arc from the root first
    // costs nothing after.
    let score: (ArcEager.State) -> [Float] = { state in
        if state.stack == [0] && state.b == 1 { return [1, 0, 0, 0.5] }
        return state.stack.first(where: { $0 != 0 }) == 1 && state.heads[1] < 0 ? [-10, -10, -10, -10] : [0, 0, 0, 0]
    }
    let greedy = search(n: 2, width: 1, score)[0]
    let beam = search(n: 2, width: 4, score)[0]
    #expect(greedy.moves.first == UInt8(ArcEager.Move.shift.rawValue))
    #expect(beam.moves.first == UInt8(ArcEager.Move.right.rawValue))
    #expect(beam.score > greedy.score)
}

@Test func withTheGoldTreeEverySequenceThatLosesNothingIsTheGoldTree() throws {
    // "Putin met Trump in Alaska ." : met is the root.
    let gold: [Int32] = [-1, 2, 0, 2, 5, 2, 2]
    let beam = search(n: 6, width: 10_000, gold: gold)
    let free = beam.filter { $0.cost == 0 }
    try #require(!free.isEmpty)
    for item in free {
        #expect(item.state.heads == gold, "\(item.moves)")
    }
    // The costliest sequences have lost arcs.
    let costliest = try #require(beam.max { $0.cost < $1.cost })
    var state = costliest.state
    state.finish(label: 1)
    #expect(costliest.cost > 0 && state.heads != gold)
}

@Test func aBeamOfOneIsTheGreedyParse() throws {
    try #require(SyntaxParser.shared.isTrained)
    let model = SyntaxParser.shared.model
    let texts = [
        "Putin met Trump in Alaska .", "After talks with Macron in Paris , Scholz said the two leaders had agreed on aid .",
        "The minister , who arrived on Monday , refused to meet the delegation", "Yes", "( ) , , .",
    ]
    for text in texts {
        let padded = model.tagger.padded(Tokenizer.words(text))
        let sentence = ParserFeatures.Sentence(Tagger.unpadded(padded), tags: model.tagger.tag(padded), classes: model.tagger.classes)
        let greedy = model.parser.greedy(sentence), searched = model.parser.parse(sentence, width: 1)
        #expect(searched.heads == greedy.heads, "\(text)")
        #expect(searched.labels == greedy.labels, "\(text)")
    }
}

@Test func theBuiltInParserSearchesWithTheWidthItWasTrainedFor() throws {
    try #require(SyntaxParser.shared.isTrained)
    let parser = SyntaxParser.shared
    #expect(parser.header.contains("beam of \(parser.beamWidth)") == (parser.beamWidth > 1))
    #expect(parser.searching(width: 1).beamWidth == 1)
    expectTree(parse("Putin met Trump in Alaska .", parser.searching(width: 3)), "width 3")
}
