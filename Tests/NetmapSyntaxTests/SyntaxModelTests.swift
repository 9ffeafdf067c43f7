import NetmapSyntax
import Testing

private func parts(header: String = "test model") -> SyntaxModel.Parts {
    SyntaxModel.Parts(
        header: header, classes: ["NOUN|Number=Sing", "VERB|Tense=Past|VerbForm=Fin", "X"], labels: ["root", "dep", "nsubj"],
        exceptions: ["went\tVERB\tgo"], rules: ["0\ts\t1:"],
        forward: [(key: FeatureHash.mix(7), weights: [0.5, -0.25, 0]), (key: FeatureHash.mix(3), weights: [0, 1, 0])],
        backward: [(key: FeatureHash.mix(7), weights: [0, 0.25, 0])], morphology: [(key: FeatureHash.mix(5), weights: [0, 0, 1])],
        moves: [(key: 9, weights: [1, 0, 0, -1])], labelWeights: [(key: 9, weights: [0, 0, 0, 0, 0, 0.5])],
        scales: (1000, 1000, 1000))
}

@Test func aModelReadsBackWhatWasWritten() throws {
    let parser = try SyntaxParser(modelBytes: SyntaxModel.encode(parts()))
    defer { withExtendedLifetime(parser) {} }
    let model = parser.model
    #expect(model.header == "test model")
    #expect(model.tagger.classes.map(\.name) == ["NOUN|Number=Sing", "VERB|Tense=Past|VerbForm=Fin", "X"])
    #expect(model.parser.labelNames == ["root", "dep", "nsubj"])
    #expect(model.tagger.tags == [.noun, .verb, .x])
    #expect(model.tagger.bundles.count == 3)
    #expect(model.lemmatizer.exceptions["went\tVERB"] == "go")
    #expect(model.lemmatizer.rules["0\ts"] == Lemmatizer.Rule(cut: 1, append: ""))
    var scores = [Int32](repeating: 0, count: 3)
    scores.withUnsafeMutableBufferPointer { model.tagger.forward.add(FeatureHash.mix(7), to: $0.baseAddress!) }
    #expect(scores == [500, -250, 0])
    scores = [0, 0, 0]
    scores.withUnsafeMutableBufferPointer { model.tagger.forward.add(FeatureHash.mix(12345), to: $0.baseAddress!) }
    #expect(scores == [0, 0, 0])
}

@Test func writingTheSameModelTwiceGivesTheSameBytes() {
    var shuffled = parts()
    shuffled.forward.reverse()
    #expect(SyntaxModel.encode(parts()) == SyntaxModel.encode(shuffled))
}

@Test func aModelIsAParserOfItsOwn() throws {
    let parser = try SyntaxParser(modelBytes: SyntaxModel.encode(parts(header: "mine")))
    #expect(parser.header == "mine")
    let words = parse("They went home .", parser)
    #expect(words.count == 4)
    expectTree(words, "own model")
}

@Test func brokenModelsAreRefusedNotCrashedOn() {
    let bytes = SyntaxModel.encode(parts())
    #expect(throws: ModelError.self) { try SyntaxParser(modelBytes: []) }
    #expect(throws: ModelError.self) { try SyntaxParser(modelBytes: Array("NOTAMODEL and more".utf8)) }
    for cut in stride(from: 8, to: bytes.count - 1, by: 7) {
        #expect(throws: ModelError.self) { try SyntaxParser(modelBytes: Array(bytes[..<cut])) }
    }
}

@Test func theBuiltInModelNamesItsDataLicenceAndScores() throws {
    try #require(SyntaxParser.shared.isTrained)
    let header = SyntaxParser.shared.header
    #expect(header.contains("UD English EWT"))
    #expect(header.contains("CC BY-SA 4.0"))
    #expect(header.contains("Scripts/train-syntax"))
    #expect(header.contains("test: UPOS"))
}
