import NetmapLexicon
import NetmapSyntax
import Testing

private func token(_ text: String, _ start: Int) -> Token {
    Token(start: start, end: start + text.unicodeScalars.count, text: text, kind: .word)
}

@Test func aSentenceIsWrittenInTenColumns() {
    let words = [
        SyntaxToken(token: token("Putin", 0), upos: .propn, features: Morphology(number: .sing), lemma: "Putin", head: 1, relation: "nsubj"),
        SyntaxToken(token: token("met", 6), upos: .verb, features: Morphology(verbForm: .fin, tense: .past), lemma: "meet", head: nil, relation: "root"),
        SyntaxToken(token: token("Trump", 10), upos: .propn, features: Morphology(number: .sing), lemma: "Trump", head: 1, relation: "obj"),
        SyntaxToken(token: token(".", 15), upos: .punct, lemma: ".", head: 1, relation: "punct"),
    ]
    #expect(CoNLLU.sentence(words, id: "doc-1", text: "Putin met Trump.") == """
        # sent_id = doc-1
        # text = Putin met Trump.
        1\tPutin\tPutin\tPROPN\t_\tNumber=Sing\t2\tnsubj\t_\tTokenRange=0:5
        2\tmet\tmeet\tVERB\t_\tTense=Past|VerbForm=Fin\t0\troot\t_\tTokenRange=6:9
        3\tTrump\tTrump\tPROPN\t_\tNumber=Sing\t2\tobj\t_\tTokenRange=10:15|SpaceAfter=No
        4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tTokenRange=15:16


        """)
}

@Test func charactersALineCannotHoldAreReplaced() {
    let word = SyntaxToken(token: token("a\u{0B}b", 0), upos: .x, lemma: "", head: nil, relation: "root")
    let text = CoNLLU.sentence([word], id: "x\ny", text: "a\u{0B}b\nc\u{2028}")
    #expect(text.contains("# sent_id = x\u{FFFD}y\n"))
    #expect(text.contains("# text = a\u{FFFD}b c\u{FFFD}\n"))
    #expect(text.contains("1\ta\u{FFFD}b\t_\tX\t"))
    #expect(text.split(separator: "\n").count == 3)
}
