import NetmapSyntax
import Testing

@Test func theBuiltInTaggerTagsANewsSentence() throws {
    try #require(SyntaxParser.shared.isTrained)
    let words = parse("Russian President Vladimir Putin met Donald Trump in Alaska on Friday .")
    #expect(words.map(\.upos) == [.adj, .propn, .propn, .propn, .verb, .propn, .propn, .adp, .propn, .adp, .propn, .punct])
}

@Test func theTaggerGivesTenseNumberAndVerbForm() throws {
    try #require(SyntaxParser.shared.isTrained)
    let words = parse("Officials said the talks had failed .")
    let said = words[1], talks = words[3], failed = words[5]
    #expect(said.features.verbForm == .fin && said.features.tense == .past)
    #expect(talks.features.number == .plur)
    #expect(failed.features.verbForm == .part && failed.features.tense == .past)
}

@Test func tagClassesReadAndWriteTheirFeatures() {
    let features = Morphology(conllu: "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    #expect(features == Morphology(verbForm: .fin, tense: .pres, number: .sing))
    #expect(features.conllu == "Number=Sing|Tense=Pres|VerbForm=Fin")
    #expect(Morphology(conllu: "Number=Ptan").number == .plur)
    #expect(Morphology().conllu == "_")
}
