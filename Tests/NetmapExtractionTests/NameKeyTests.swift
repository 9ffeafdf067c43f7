@testable import NetmapExtraction
import Testing

@Test func spellingsOfOneNameShareAKey() {
    #expect(NameKey.make("Zelenskyy") == NameKey.make("Zelensky"))
    #expect(NameKey.make("Zelenskiy") == "zelenski")
    #expect(NameKey.make("Yuriy") == NameKey.make("Yuri"))
    #expect(NameKey.make("Aleksey") == NameKey.make("Alexei"))
    #expect(NameKey.make("Viktor") == NameKey.make("Victor"))
    #expect(NameKey.make("Khodorkovsky") == NameKey.make("Hodorkovsky"))
    #expect(NameKey.make("Erdoğan") == NameKey.make("Erdogan"))
    #expect(NameKey.make("Chavez") != NameKey.make("Kavez"))
    // Each mapping, written out: kh → h, ph → f, x → ks, c → k but ch, w → v, y/j → i, doubles once.
    #expect(NameKey.make("Khodorkovsky") == "hodorkovski")
    #expect(NameKey.make("Philip Hammond") == "filiphamond")
    #expect(NameKey.make("Alexei") == "aleksei")
    #expect(NameKey.make("Chernomyrdin Victor") == "chernomirdinviktor")
    #expect(NameKey.make("Walesa") == "valesa")
    #expect(NameKey.make("Jurij Yanukovych") == "iurianukovich")
    #expect(NameKey.make("O'Brien-Kh") == "obrienh")
}

@Test func anASCIINameHasTheKeyItsSlugGives() {
    // Every string of up to four characters over the letters the key maps, separators and an
    // apostrophe; then longer names.
    let alphabet = Array("kKhpcxyjwa- '.").map(String.init)
    var names = ["O'Brien", " -Kim  Jong-un- ", "U.S.-led", "AT&T", "!!!", "", "Mikhail Khodorkovsky", "Philip  Hammond"]
    var last = [""]
    for _ in 0..<4 {
        last = last.flatMap { prefix in alphabet.map { prefix + $0 } }
        names += last
    }
    for name in names { #expect(NameKey.make(name) == NameKey.foldedKey(name), "\(name)") }
}
