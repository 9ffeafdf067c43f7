@testable import NetmapExtraction
import NetmapGraph
import NetmapLexicon
import PropertyBased
import Testing

private func normalised(_ text: String) -> String {
    let normaliser = Normaliser(lexicon: .builtin)
    guard let (scalars, _) = normaliser.normalise(Array(text.unicodeScalars)) else { return text }
    return String(String.UnicodeScalarView(scalars))
}

private func relations(_ text: String, _ kind: Relation.Kind) -> [String] {
    Extractor().extract(name: "t", text: text).describe(kind)
}

@Test func wrappedLinesJoinIntoTheirParagraph() {
    let text = """
        European Commission President Ursula von der
        Leyen met Ukrainian President Volodymyr
        Zelensky in Brussels on Thursday. German Chancellor Friedrich Merz
        said Berlin was allied with Kyiv and demanded that
        Russia withdraw its forces.

        """
    #expect(normalised(text).hasPrefix("European Commission President Ursula von der Leyen met Ukrainian President Volodymyr Zelensky in Brussels"))
    let graph = Extractor().extract(name: "t", text: text)
    #expect(graph.describe(.met) == ["Ursula von der Leyen -> Volodymyr Zelensky (occurred)"])
    #expect(graph.describe(.alliedWith) == ["Germany -> Ukraine (occurred)"])
    #expect(!graph.entities.contains { $0.label == "Ursula" })
}

@Test func oneParagraphALineIsLeftAsItIs() {
    let text = "Trump meets Putin\n\nDonald Trump met Vladimir Putin in Alaska on Friday.\nThe talks lasted three hours, officials said.\nNo deal was reached.\n"
    #expect(Normaliser(lexicon: .builtin).normalise(Array(text.unicodeScalars)) == nil)
}

@Test func wireParagraphsStartAtIndentedOrMarkedLines() {
    let text = """
        TALKS HEADLINE

            MOSCOW, April 13 - The foreign ministers of the two countries met today in an
        elegant mansion in pursuit of the first arms control agreement in nearly a
        decade, officials said on Monday.
        &\\tThe secretary arrived from Helsinki aboard an air force plane and went
        straight into a closed-door meeting with his counterpart and negotiators.
        """
    let out = normalised(text)
    #expect(out.contains("met today in an elegant mansion in pursuit of the first arms control agreement in nearly a decade"))
    // The paragraph mark "&\\t" is not a word of the sentence.
    #expect(out.contains("said on Monday.\n The secretary arrived"))
    #expect(out.hasPrefix("TALKS HEADLINE\n\n    MOSCOW"))
}

@Test func aParagraphMarkIsNotReadAsAConjunction() {
    let text = "WASHINGTON, April 8 - Officials spoke.\n&\\tTreasury Secretary James Baker will press Japan to\nboost its domestic demand, officials said.\n"
    #expect(relations(text, .demandedOf) == ["James Baker -> Japan (planned)"])
    // An ampersand inside a line is text.
    #expect(normalised("Procter &\\tGamble\n") == "Procter & Gamble\n")
}

@Test func aWordCutAtALineEndIsMendedUnlessItsHyphenBelongsToIt() {
    let text = """
        French President Emmanuel Macron met Ukrainian President Volodymyr Zelen-
        sky in Paris to discuss peace nego-
        tiations with North Korean leader Kim Jong-
        un and the members of the long-established and respected Franco-
        German brigade. Polish Prime Minister Donald Tusk crit\u{AD}icised Russian President Vladimir Pu\u{AD}tin.
        """
    let out = normalised(text)
    #expect(out.contains("Volodymyr Zelensky in Paris"))
    #expect(out.contains("peace negotiations"))
    #expect(out.contains("Kim Jong-un and"))
    #expect(out.contains("Franco-German brigade"))
    #expect(out.contains("criticised Russian President Vladimir Putin."))
    let graph = Extractor().extract(name: "t", text: text)
    #expect(graph.describe(.criticised).contains("Donald Tusk -> Vladimir Putin (occurred)"))
    #expect(graph.entities.contains { $0.label == "Volodymyr Zelensky" })
}

@Test func aHyphenatedFormFoundElsewhereInTheDocumentKeepsItsHyphen() {
    let text = "The peace-keeping force was sent by the council to the border region after the long\ndebate, and the peace-\nkeeping force arrived on Monday after a long journey across the mountains.\nThe ministers said so."
    #expect(normalised(text).contains("the peace-keeping force arrived"))
}

@Test func characterReferencesAreDecoded() {
    let text = "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa.&nbsp;Carney&#8217;s government criticised the United States over tariffs. Sheinbaum said Mexico &amp; Canada were allied against the levies, the&nbsp;AP reported."
    #expect(normalised(text).contains("Carney\u{2019}s government"))
    #expect(normalised(text).contains("Mexico & Canada"))
    let graph = Extractor().extract(name: "t", text: text)
    let decoded = Extractor().extract(
        name: "t",
        text: "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa. Carney\u{2019}s government criticised the United States over tariffs. Sheinbaum said Mexico & Canada were allied against the levies, the AP reported.")
    #expect(graph.relations.count == 5)
    #expect(graph.relations.map(\.id) == decoded.relations.map(\.id))
}

@Test func textThatOnlyLooksLikeAReferenceStays() {
    #expect(normalised("AT&T and R&D; &notaname; & co") == "AT&T and R&D; &notaname; & co")
    #expect(normalised("C:\\temp\\new") == "C:\\temp\\new")
}

@Test func evidenceSpansSliceTheTextAsGiven() {
    let text = "\u{FEFF}Intro line.\n\nFrench President Emmanuel Macron met German Chancellor Olaf\nScholz in Paris on Monday after long and difficult talks over the budget.\nPolish Prime Minister Donald Tusk met&#160;Ukrainian President Volodymyr Zelen-\nsky in Warsaw on Tuesday, officials from both governments said that day.\n"
    let scalars = Array(text.unicodeScalars)
    let graph = Extractor().extract(name: "t", text: text)
    let met = graph.relations.filter { $0.kind == .met }
    #expect(met.count == 2)
    for relation in met {
        for evidence in relation.evidence {
            let slice = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
            #expect(squashed(slice) == squashed(evidence.sentence), "\(slice)")
        }
    }
}

/// A text without its white space, invisible characters, line-end hyphens and references.
private func squashed(_ text: String) -> String {
    normalised(text).unicodeScalars.filter { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
        .map(String.init).joined()
}

/// Random documents of wrapped, hyphenated, entity-laden lines with a BOM: every evidence span
/// slices the raw text to the sentence the evidence gives.
@Test func everyEvidenceSpanSlicesTheRawTextToItsSentence() async {
    let pieces = [
        "French President Emmanuel Macron met", "German Chancellor Olaf Scholz", "in Paris on Monday.",
        "Polish Prime Minister Donald Tusk criticised", "Russian President Vladimir Pu\u{AD}tin", "and",
        "Mexico &amp; Canada were allied", "against the levies.", "Ukrainian President Volodymyr Zelen-\nsky",
        "held talks with", "US President Donald Trump", "on Friday, officials said.", "nego-\ntiations",
        "Carney&#8217;s government", "\u{200B}", "&nbsp;", "\n\n", "\n", "\n    ",
    ]
    await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 5...60), Gen.bool) { picks, bom in
        let text = (bom ? "\u{FEFF}" : "") + picks.map { pieces[$0] }.joined(separator: " ")
        let scalars = Array(text.unicodeScalars)
        let graph = Extractor().extract(name: "t", text: text)
        for relation in graph.relations {
            for evidence in relation.evidence {
                #expect(0 <= evidence.start && evidence.start < evidence.end && evidence.end <= scalars.count)
                let slice = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
                #expect(squashed(slice) == squashed(evidence.sentence))
            }
        }
    }
}

@Test func aSourceMapTakesRangesBackToTheGivenText() {
    let text = "nego-\ntiations &amp; more"
    let (scalars, map) = Normaliser(lexicon: .builtin).normalise(Array(text.unicodeScalars))!
    #expect(String(String.UnicodeScalarView(scalars)) == "negotiations & more")
    #expect(map.range(0..<12) == 0..<14)
    #expect(map.range(13..<14) == 15..<20)
    #expect(map.range(19..<19) == 25..<25)
}
