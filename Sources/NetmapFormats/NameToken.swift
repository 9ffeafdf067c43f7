/// Ids as GraphML needs them: its schema types node ids, edge ids and edge ends as
/// `xs:NMTOKEN`, which allows only name characters. netmap's own ids (`person:ana-lima`) pass
/// through unchanged; any other character, in ids from elsewhere, is written `_xHHHH_` (the
/// convention of .NET's `XmlConvert.EncodeName`), and so is a `_` that would read as the
/// start of one. Reading decodes them, so every id comes back as it was.
///
///     NameToken.encode("person:ana-lima")  // "person:ana-lima"
///     NameToken.encode("Ana Lima")         // "Ana_x0020_Lima"
///     NameToken.decode("Ana_x0020_Lima")   // "Ana Lima"
enum NameToken {
    static func encode(_ id: String) -> String {
        // The empty id is `_x_`; an id that is `_x_` itself has its `_` written out.
        guard !id.isEmpty else { return "_x_" }
        if id == "_x_" { return "_x005F_x_" }
        if isPlainToken(id) { return id }
        let scalars = Array(id.unicodeScalars)
        var out = ""
        for (i, c) in scalars.enumerated() {
            if isPlain(c), !(c == "_" && escapeLooksAhead(scalars, i)) {
                out.unicodeScalars.append(c)
            } else {
                let hex = String(c.value, radix: 16, uppercase: true)
                let width = c.value > 0xFFFF ? 8 : 4
                out += "_x" + String(repeating: "0", count: width - hex.count) + hex + "_"
            }
        }
        return out
    }

    static func decode(_ token: String) -> String {
        if token == "_x_" { return "" }
        guard hasEscapeStart(token) else { return token }
        let scalars = Array(token.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", let (scalar, length) = escape(scalars, i) {
                out.append(scalar)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// Whether `id` is only plain characters with no `_x` in it, so written as it is (looked
    /// at byte by byte: nearly every id is).
    private static func isPlainToken(_ id: String) -> Bool {
        var previous: UInt8 = 0
        for byte in id.utf8 {
            guard byte < 0x80, isPlain(Unicode.Scalar(byte)), !(previous == 0x5F && byte == 0x78) else { return false }
            previous = byte
        }
        return true
    }

    /// Whether `token` holds `_x` as two characters, where an escape could start: among the
    /// bytes of an ASCII token, among the characters of another (where a `_` can belong to the
    /// character before it).
    private static func hasEscapeStart(_ token: String) -> Bool {
        guard !token.utf8.contains(where: { $0 >= 0x80 }) else { return token.contains("_x") }
        var previous: UInt8 = 0
        for byte in token.utf8 {
            if previous == 0x5F && byte == 0x78 { return true }
            previous = byte
        }
        return false
    }

    /// ASCII name characters, which every XML version and every schema validator accept.
    private static func isPlain(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x2D, 0x2E, 0x3A, 0x5F: true  // - . : _
        default: false
        }
    }

    private static func escapeLooksAhead(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        escape(scalars, i) != nil
    }

    /// The scalar of an `_xHHHH_` or `_xHHHHHHHH_` at `i`, and its length.
    private static func escape(_ scalars: [Unicode.Scalar], _ i: Int) -> (Unicode.Scalar, Int)? {
        for width in [4, 8] {
            let end = i + 2 + width
            guard end < scalars.count, scalars[i + 1] == "x", scalars[end] == "_" else { continue }
            let hex = String(String.UnicodeScalarView(scalars[(i + 2)..<end]))
            guard hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                continue
            }
            return (scalar, width + 3)
        }
        return nil
    }
}
