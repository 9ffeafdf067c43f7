/// An output buffer of UTF-8 bytes for the XML writers: plain text is copied as bytes, and
/// escaping looks at each byte once. Also the JSON writers' buffer (``jsonString(_:)``).
package struct ByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Makes room for `count` more bytes.
    package mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    package mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes `text` escaped for XML; `attribute` also turns tab and newline into character
    /// references (a reader turns them into spaces otherwise), and a carriage return is always
    /// one (a reader turns it into a newline otherwise). Characters XML 1.0 forbids become U+FFFD.
    mutating func escaped(_ text: String, attribute: Bool = false) {
        var text = text
        // Most names and sentences need no escape and hold no U+FFFE or U+FFFF (whose UTF-8
        // starts with EF): copied whole.
        let plain = text.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF })
            else {
                bytes.append(contentsOf: utf8)
                return true
            }
            return false
        }
        if plain { return }
        for b in text.utf8 {
            switch b {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: bytes.append(contentsOf: [0x26, 0x61, 0x70, 0x6F, 0x73, 0x3B])  // &apos;
            case 0x09: if attribute { bytes.append(contentsOf: [0x26, 0x23, 0x39, 0x3B]) } else { bytes.append(b) }
            case 0x0A: if attribute { bytes.append(contentsOf: [0x26, 0x23, 0x31, 0x30, 0x3B]) } else { bytes.append(b) }
            case 0x0D: bytes.append(contentsOf: [0x26, 0x23, 0x31, 0x33, 0x3B])
            case 0x00..<0x20: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            default: bytes.append(b)
            }
        }
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
        if text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            fixNonCharacters(count: text.utf8.count)
        }
    }

    private mutating func fixNonCharacters(count: Int) {
        var k = max(0, bytes.count - count * 6)
        while k + 2 < bytes.count {
            if bytes[k] == 0xEF, bytes[k + 1] == 0xBF, bytes[k + 2] == 0xBE || bytes[k + 2] == 0xBF { bytes[k + 2] = 0xBD }
            k += 1
        }
    }

    /// Writes `text` as a JSON string (RFC 8259), quotes included: `"` and `\` escaped, control
    /// characters as `\n`, `\r`, `\t` or `\u00XX`, everything else as its UTF-8 bytes.
    package mutating func jsonString(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            // Most names and sentences need no escape: copied whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for b in utf8 {
                switch b {
                case 0x22: write("\\\"")
                case 0x5C: write("\\\\")
                case 0x0A: write("\\n")
                case 0x0D: write("\\r")
                case 0x09: write("\\t")
                case 0x00..<0x20:
                    let hex = String(b, radix: 16)
                    write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: bytes.append(b)
                }
            }
        }
        bytes.append(0x22)
    }

    /// Writes `items` as a JSON array of strings on one line: `["a", "b"]`.
    package mutating func jsonStrings(_ items: [String]) {
        write("[")
        for (k, item) in items.enumerated() {
            if k > 0 { write(", ") }
            jsonString(item)
        }
        write("]")
    }
}
