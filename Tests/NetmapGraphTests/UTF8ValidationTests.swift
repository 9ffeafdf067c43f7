import NetmapGraph
import Testing

@Test func wellFormedTextHasNoBadByte() {
    #expect(UTF8Validation.firstInvalidByte(Array("café — Київ 🇺🇦".utf8)) == nil)
    #expect(UTF8Validation.firstInvalidByte([UInt8]()) == nil)
    #expect(UTF8Validation.firstInvalidByte(Array("x".utf8)[...]) == nil)
}

/// The offsets the Unicode Standard's rules for ill-formed sequences give (chapter 3, D92):
/// a truncated sequence, a stray continuation byte, an overlong form, an encoded surrogate,
/// a byte that never occurs, and a code point past U+10FFFF.
@Test(arguments: [
    ([0x61, 0xE2, 0x82] as [UInt8], 1),
    ([0x61, 0x62, 0x80, 0x63], 2),
    ([0x61, 0xC0, 0x80], 1),
    ([0xC3, 0xA9, 0xED, 0xA0, 0x80], 2),
    ([0x61, 0x62, 0x63, 0xFF], 3),
    ([0xF0, 0x9F, 0x87, 0xBA, 0xF4, 0x90, 0x80, 0x80], 4),
])
func theFirstBadByteIsNamed(bytes: [UInt8], offset: Int) {
    #expect(UTF8Validation.firstInvalidByte(bytes) == offset)
    #expect(UTF8Validation.firstInvalidByte(bytes[...]) == offset)
}
