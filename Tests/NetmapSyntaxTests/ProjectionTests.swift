import NetmapSyntax
import Testing

private let sample = """
    # sent_id = 1
    # text = I don't like search-engines.
    1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tlike\tlike\tVERB\tVB\t_\t0\troot\t_\t_
    5\tsearch\tsearch\tNOUN\tNN\t_\t7\tcompound\t_\tSpaceAfter=No
    6\t-\t-\tPUNCT\tHYPH\t_\t5\tpunct\t_\tSpaceAfter=No
    7\tengines\tengine\tNOUN\tNNS\tNumber=Plur\t4\tobj\t_\tSpaceAfter=No
    8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    """

@Test func theGoldTreeIsCarriedOntoNetmapsTokens() {
    let sentence = Treebank.read(sample)[0]
    #expect(sentence.words.count == 8)
    #expect(sentence.multiword.count == 1)
    // netmap: I | do | n't | like | search-engines | .
    let tokens = [0..<1, 2..<4, 4..<7, 8..<12, 13..<27, 27..<28]
    let projection = Projection(sentence, onto: tokens)
    #expect(projection.targets.map(\.head) == [4, 4, 4, 0, 4, 4])
    #expect(projection.targets.map(\.relation) == ["nsubj", "aux", "advmod", "root", "obj", "punct"])
    #expect(projection.targets[4].upos == "NOUN")
    #expect(projection.oneToOne == [true, true, true, true, false, true])
    #expect(projection.leads.allSatisfy { $0 })
}

@Test func aWordSplitInPiecesHangsTheRestOnItsFirstPiece() {
    let sentence = Treebank.read("# text = at 5 a.m. today\n1\tat\tat\tADP\t_\t_\t2\tcase\t_\t_\n2\t5\t5\tNUM\t_\t_\t0\troot\t_\t_\n3\ta.m.\ta.m.\tNOUN\t_\t_\t2\tnmod\t_\t_\n4\ttoday\ttoday\tNOUN\t_\t_\t2\tobl\t_\t_\n\n")[0]
    let projection = Projection(sentence, onto: [0..<2, 3..<4, 5..<6, 6..<7, 7..<8, 8..<9, 10..<15])
    #expect(projection.targets.map(\.head) == [2, 0, 2, 3, 3, 3, 2])
    #expect(projection.targets.map(\.relation) == ["case", "root", "nmod", "goeswith", "goeswith", "goeswith", "obl"])
    #expect(projection.leads == [true, true, true, false, false, false, true])
}
