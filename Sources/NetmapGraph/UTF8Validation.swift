/// Where UTF-8 goes wrong: used for the messages about texts and graph files that are not
/// UTF-8, which name the offset of the first bad byte.
///
///     UTF8Validation.firstInvalidByte(Array("café".utf8))  // nil
///     UTF8Validation.firstInvalidByte([0x61, 0xE2, 0x82])  // 1
public enum UTF8Validation {
    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or
    /// nil when every byte does.
    ///
    /// Well-formed input is checked in bulk by the standard library's validator
    /// (`String(validating:as:)`); only ill-formed input is decoded scalar by scalar to find the
    /// offset (the check was a third of the time netmap took to read a 42 MB GraphML file).
    ///
    /// - Complexity: O(*n*).
    public static func firstInvalidByte<Bytes: Sequence>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
