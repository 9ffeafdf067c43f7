/// An output buffer of UTF-8 bytes for the XML writers: plain text is copied as bytes, and
/// escaping looks at each byte once.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func bytesAppend(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Writes `text` escaped for XML; `attribute` also turns tab and newline into character
    /// references (a reader turns them into spaces otherwise), and a carriage return is always
    /// one (a reader turns it into a newline otherwise). Characters XML 1.0 forbids become U+FFFD.
    mutating func escaped(_ text: String, attribute: Bool = false) {
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
}
