import Foundation
import NetmapLexicon
import Testing

@Test func possessivesBecomeTokensOfTheirOwn() {
    #expect(Tokenizer.words("Russia's army") == ["Russia", "'s", "army"])
    #expect(Tokenizer.words("Russia’s army") == ["Russia", "'s", "army"])
}

@Test func initialismsAndAbbreviationsKeepTheirDots() {
    #expect(Tokenizer.words("the U.S. envoy") == ["the", "U.S.", "envoy"])
    #expect(Tokenizer.words("Mr. Putin and Gen. Milley.") == ["Mr.", "Putin", "and", "Gen.", "Milley", "."])
    #expect(Tokenizer.words("Donald J. Trump") == ["Donald", "J.", "Trump"])
}

@Test func hyphenatedNamesStayWhole() {
    #expect(Tokenizer.words("Kim Jong-un met") == ["Kim", "Jong-un", "met"])
}

@Test func cliticsSplitOff() {
    #expect(Tokenizer.words("didn't") == ["did", "n't"])
    #expect(Tokenizer.words("They’ll go") == ["They", "'ll", "go"])
    #expect(Tokenizer.words("can't") == ["ca", "n't"])
}

@Test func innerApostrophesStayInNames() {
    #expect(Tokenizer.words("Côte d'Ivoire") == ["Côte", "d'Ivoire"])
}

@Test func numbersKeepDecimalsAndThousands() {
    #expect(Tokenizer.words("1,300 prisoners at 11.30am") == ["1,300", "prisoners", "at", "11.30am"])
}

@Test func tokensKeepTheirOffsets() {
    let text = "“Hello,” said Mr Zelensky."
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars, in: 0..<scalars.count)
    for token in tokens {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.start..<token.end])
        let original = String(view).replacingOccurrences(of: "’", with: "'")
        #expect(original == token.text)
    }
    #expect(tokens.map(\.text).contains("Zelensky"))
}

@Test func otherHyphensAndApostrophesAreStraightenedInsideWords() {
    #expect(Tokenizer.words("Kim Jong\u{2011}un and Jong\u{2010}il") == ["Kim", "Jong-un", "and", "Jong-il"])
    #expect(Tokenizer.words("Côte d’Ivoire") == ["Côte", "d'Ivoire"])
    #expect(Tokenizer.words("didn’t") == ["did", "n't"])
    // The offsets still cover the scalars as written.
    let scalars = Array("O’Neill".unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars, in: 0..<scalars.count)
    #expect(tokens.map(\.text) == ["O'Neill"])
    #expect(tokens.first.map { $0.start..<$0.end } == 0..<7)
}
