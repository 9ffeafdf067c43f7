@testable import NetmapSyntax
import Testing

@Test func aPrehashedTableFindsWhatADictionaryFinds() {
    // Keys sharing their low bits probe past each other; 0 is a key like any other.
    var pairs: [UInt64: String] = [0: "zero"]
    for k in 1...200 { pairs[UInt64(k) << 40 | 7] = "v\(k)" }
    for k in 1...50 { pairs[FeatureHash.mix(UInt64(k))] = "m\(k)" }
    let table = PrehashedTable(pairs)
    for (key, value) in pairs { #expect(table[key] == value) }
    for k in 201...260 { #expect(table[UInt64(k) << 40 | 7] == nil) }
    #expect(table[FeatureHash.mix(999)] == nil)
    #expect(PrehashedTable<Int>([:])[42] == nil)
}
