/// A JSON writer whose output is safe inside an HTML `<script>` element.
///
///     var json = ScriptJSON()
///     json.string("</script><b>")  // "\u003c/script\u003e\u003cb\u003e"
///
/// Besides JSON's own escapes, `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`,
/// so no text can close the script element or open a comment in it, and the line separators
/// U+2028 and U+2029 and the byte-order mark U+FEFF (which some JSON readers drop) as escapes
/// too. `JSON.parse` reads the text back exactly.
struct ScriptJSON {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes JSON syntax (punctuation, keys known to be plain, numbers) as it is.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{FEFF}": escape(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escape(scalar.value)
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(0x22)
    }

    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func int(_ value: Int) { raw(String(value)) }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    /// `[a, b, ...]` of the items, each written by `write`.
    mutating func array<T>(_ items: some Sequence<T>, _ write: (inout ScriptJSON, T) -> Void) {
        bytes.append(0x5B)
        var first = true
        for item in items {
            if !first { bytes.append(0x2C) }
            first = false
            write(&self, item)
        }
        bytes.append(0x5D)
    }

    /// `"key":`; keys are netmap's own, plain ASCII.
    mutating func key(_ name: String) {
        raw("\"\(name)\":")
    }

    private mutating func escape(_ value: UInt32) {
        let hex = String(value, radix: 16)
        raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
    }
}
