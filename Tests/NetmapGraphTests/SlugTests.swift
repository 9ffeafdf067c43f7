import NetmapGraph
import Testing

@Test func slugFoldsAccentsAndCase() {
    #expect(Slug.make("António Costa") == "antonio-costa")
    #expect(Slug.make("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
    #expect(Slug.make("Friedrich Merz") == "friedrich-merz")
}

@Test func slugJoinsWordsWithSingleHyphens() {
    #expect(Slug.make("Kim Jong-un") == "kim-jong-un")
    #expect(Slug.make("  U.S.  State -- Department ") == "u-s-state-department")
}

@Test func slugDropsApostrophesInsideWords() {
    #expect(Slug.make("Côte d'Ivoire") == "cote-divoire")
    #expect(Slug.make("O’Brien") == "obrien")
}

@Test func slugOfNothingIsStillAnId() {
    #expect(Slug.make("!!!") == "unnamed")
    #expect(Slug.make("") == "unnamed")
}

@Test func anASCIINameHasTheSlugItsScalarsGive() {
    // Every string of up to three characters over letters, digits and separators.
    let alphabet = Array("aZ09 -'.,&/(\"\t").map(String.init)
    var names = ["O'Brien", " -Kim  Jong-un- ", "U.S.-led", "AT&T"]
    var last = [""]
    for _ in 0..<3 {
        last = last.flatMap { prefix in alphabet.map { prefix + $0 } }
        names += last
    }
    for name in names { #expect(Slug.make(name) == Slug.foldedSlug(name), "\(name)") }
}
