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

@Test func theBeamWidthTravelsInTheModel() throws {
    var wide = parts()
    wide.beamWidth = 5
    #expect(try SyntaxParser(modelBytes: SyntaxModel.encode(wide)).beamWidth == 5)
    #expect(try SyntaxParser(modelBytes: SyntaxModel.encode(parts())).beamWidth == 1)
    wide.beamWidth = 0
    #expect(throws: ModelError.self) { try SyntaxParser(modelBytes: SyntaxModel.encode(wide)) }
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

@Test func wordClustersTravelInTheModelAndGiveEachWordItsPathPrefixes() throws {
    var withClusters = parts()
    withClusters.clusters = (["monday", "tuesday", "paris", "Monday"], [0b1_0110_0, 0b1_0110_1, 0b1_1001_0, 0b1_1111_1], 2, 4)
    let parser = try SyntaxParser(modelBytes: SyntaxModel.encode(withClusters))
    defer { withExtendedLifetime(parser) {} }
    let clusters = parser.model.tagger.clusters
    #expect(clusters.count == 3)  // "Monday" is "monday" again: the first path stays
    let words = parser.model.tagger.padded(["Monday", "tuesday", "Paris", "Lyon"])
    let monday = words[2].cluster, tuesday = words[3].cluster, paris = words[4].cluster, lyon = words[5].cluster
    #expect(monday.0 == tuesday.0 && monday.1 == tuesday.1 && monday.2 != tuesday.2)
    #expect(monday.0 != paris.0 && monday.2 != paris.2)
    #expect(lyon == WordClusters.unknown)
    // A model without clusters gives every word the unknown features.
    let plain = try SyntaxParser(modelBytes: SyntaxModel.encode(parts()))
    defer { withExtendedLifetime(plain) {} }
    #expect(plain.model.tagger.clusters.count == 0)
    #expect(plain.model.tagger.padded(["Monday"])[2].cluster == WordClusters.unknown)
}

@Test func clusterPathsAreReadAsBitsBelowALengthMark() {
    #expect(WordClusters.path("0110") == 0b10110)
    #expect(WordClusters.path("0") == 0b10)
    #expect(WordClusters.path(Substring(String(repeating: "1", count: 31))) == UInt32.max)
    #expect(WordClusters.path("") == nil)
    #expect(WordClusters.path("0120") == nil)
    #expect(WordClusters.path(Substring(String(repeating: "0", count: 32))) == nil)
}

@Test func theBuiltInModelCarriesItsWordClusters() throws {
    try #require(SyntaxParser.shared.isTrained)
    let tagger = SyntaxParser.shared.model.tagger
    #expect(tagger.clusters.count > 10_000)
    let words = tagger.padded(["Monday", "Tuesday", "xqzvbw"])
    #expect(words[2].cluster.1 == words[3].cluster.1)
    #expect(words[4].cluster == WordClusters.unknown)
    #expect(SyntaxParser.shared.header.contains("word clusters"))
}

@Test func theParserReadsTheClustersOfTheWordsItWeighs() throws {
    try #require(SyntaxParser.shared.isTrained)
    // The same words and tags with and without their clusters give different features.
    let texts = ["Officials", "met", "on", "Monday"], tags = [1, 2, 3, 1]
    let tagger = SyntaxParser.shared.model.tagger
    let with = ParserFeatures.Sentence(texts.map { WordInfo($0, clusters: tagger.clusters) }, tags: tags, classes: tagger.classes)
    let without = ParserFeatures.Sentence(texts.map { WordInfo($0) }, tags: tags, classes: tagger.classes)
    #expect(with.words == without.words && with.tags == without.tags)
    var state = ArcEager.State(count: 4)
    state.apply(.shift, label: 0)
    var a = [UInt64](repeating: 0, count: ParserFeatures.count), b = a
    a.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, with, into: $0.baseAddress!) }
    b.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, without, into: $0.baseAddress!) }
    #expect(a[..<81] == b[..<81])
    #expect(a[81..<88] != b[81..<88])
    #expect(a[88...] == b[88...])
}

@Test func theParserFindsTheNextVerbAndMarkPastEachWord() {
    let classes = ["PROPN", "PUNCT", "PRON", "VERB", "ADP"].map(Tagger.TagClass.init)
    // root Putin , who arrived , met Trump .
    let texts = ["Putin", ",", "who", "arrived", ",", "met", "Trump", "."], tags = [0, 1, 2, 3, 1, 3, 0, 1]
    let sentence = ParserFeatures.Sentence(texts.map { WordInfo($0) }, tags: tags, classes: classes)
    #expect(sentence.nextVerb == [4, 4, 4, 4, 6, 6, -1, -1, -1])
    #expect(sentence.nextPunct == [2, 2, 5, 5, 5, 8, 8, 8, -1])
    #expect(sentence.verbsUpTo == [0, 0, 0, 0, 1, 1, 2, 2, 2])
}

@Test func theParserWeighsTheNextVerbPastTheBufferFront() throws {
    // Two sentences that differ only in a verb three words past the buffer front ("said" with
    // "Officials" on the stack) differ only in the feature that reads that verb.
    let classes = ["NOUN", "VERB", "ADP", "PROPN", "SCONJ"].map(Tagger.TagClass.init)
    let tags = [0, 1, 2, 3, 4, 3, 1, 3]
    func features(_ verb: String) -> [UInt64] {
        let texts = ["Officials", "said", "on", "Friday", "that", "Putin", verb, "Trump"]
        let sentence = ParserFeatures.Sentence(texts.map { WordInfo($0) }, tags: tags, classes: classes)
        var state = ArcEager.State(count: texts.count)
        state.apply(.shift, label: 0)
        var out = [UInt64](repeating: 0, count: ParserFeatures.count)
        out.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, sentence, into: $0.baseAddress!) }
        return out
    }
    let met = features("met"), saw = features("saw")
    #expect(met.indices.filter { met[$0] != saw[$0] } == [88])
}
