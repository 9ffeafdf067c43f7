import NetmapLexicon
import Testing

@Test func scalarsAreDecodedAsTheStringsOwnViewGivesThem() {
    let texts = [
        "", "Putin met Xi.", "Erdoğan – “talks” ’s", "日本の首相", "emoji 🇺🇦 and 👩‍👩‍👧 end", "a\u{301}e\u{0300}",
        "\u{10FFFF}\u{FFFD}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}", String(repeating: "Łódź ", count: 100),
    ]
    for text in texts {
        #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars), "\(text)")
        // And back: the scalars make the same string.
        #expect(String(scalars: [Unicode.Scalar](scalarsOf: text)[...]) == text)
    }
}
