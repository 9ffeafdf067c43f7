@testable import NetmapLexicon
import Testing

@Test func caseTestsAgreeWithUnicodesPropertiesOnEveryASCIIScalarAndSomeOthers() {
    let others: [Unicode.Scalar] = ["É", "é", "ß", "ª", "º", "Ω", "ω", "ǅ", "Ⅻ", "ⅻ", "日", "\u{2019}", "\u{0301}", "١", "\u{10400}"]
    for scalar in (0..<0x80).compactMap(Unicode.Scalar.init) + others {
        #expect(scalar.isUppercase == scalar.properties.isUppercase, "\(scalar.value)")
        #expect(scalar.isLowercase == scalar.properties.isLowercase, "\(scalar.value)")
        #expect(scalar.isAlphabetic == scalar.properties.isAlphabetic, "\(scalar.value)")
    }
}
