/// A parsed JSON value, read from UTF-8 bytes in one pass (Foundation's decoder is several times
/// slower on large graphs). Objects keep their members in the order given (``Members``).
enum JSONValue {
    case object(Members)
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    /// An object's members in the order given. A graph's objects have a few members each, so
    /// a lookup is a scan, which costs less than making a hash table for every object.
    struct Members {
        var pairs: [(key: String, value: JSONValue)] = []

        /// The value of `key`; the last one given when a name repeats (RFC 8259 leaves that to
        /// the reader, and most readers keep the last).
        subscript(key: String) -> JSONValue? {
            pairs.last { $0.key == key }?.value
        }
    }

    /// Nesting deeper than this is refused.
    static let maximumDepth = 512

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var parser = Parser(bytes: bytes)
        parser.space()
        let value = try parser.value(depth: 0)
        parser.space()
        guard parser.i == bytes.count else { throw Failure(offset: parser.i, reason: "text after the JSON value") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func space() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        func fail(_ reason: String) -> Failure { Failure(offset: i, reason: reason) }

        mutating func value(depth: Int) throws(Failure) -> JSONValue {
            guard depth < JSONValue.maximumDepth else { throw fail("nesting deeper than \(JSONValue.maximumDepth)") }
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7B:  // {
                i += 1
                var members = Members()
                space()
                if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(members) }
                while true {
                    space()
                    guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a member name") }
                    let key = try string()
                    space()
                    guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':'") }
                    i += 1
                    space()
                    members.pairs.append((key, try value(depth: depth + 1)))
                    space()
                    guard i < bytes.count else { throw fail("unexpected end in an object") }
                    if bytes[i] == 0x2C { i += 1; continue }
                    if bytes[i] == 0x7D { i += 1; return .object(members) }
                    throw fail("expected ',' or '}'")
                }
            case 0x5B:  // [
                i += 1
                var items: [JSONValue] = []
                space()
                if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
                while true {
                    space()
                    items.append(try value(depth: depth + 1))
                    space()
                    guard i < bytes.count else { throw fail("unexpected end in an array") }
                    if bytes[i] == 0x2C { i += 1; continue }
                    if bytes[i] == 0x5D { i += 1; return .array(items) }
                    throw fail("expected ',' or ']'")
                }
            case 0x22: return .string(try string())
            case 0x74: try literal("true"); return .bool(true)
            case 0x66: try literal("false"); return .bool(false)
            case 0x6E: try literal("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { throw fail("unexpected character") }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { throw fail("unexpected character") }
            i += count
        }

        mutating func number() throws(Failure) -> Double {
            let start = i
            var integer = 0
            var simple = true
            if i < bytes.count, bytes[i] == 0x2D { i += 1; simple = false }
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x30 && b <= 0x39 {
                    if simple, integer < 1 << 50 { integer = integer * 10 + Int(b - 0x30) } else { simple = false }
                } else if b == 0x2E || b == 0x65 || b == 0x45 || b == 0x2B || b == 0x2D {
                    simple = false
                } else {
                    break
                }
                i += 1
            }
            guard i > start else { throw Failure(offset: start, reason: "unexpected character") }
            if simple { return Double(integer) }
            guard let value = Double(String(decoding: bytes[start..<i], as: UTF8.self)), value.isFinite else {
                throw Failure(offset: start, reason: "a malformed number")
            }
            return value
        }

        mutating func string() throws(Failure) -> String {
            i += 1  // opening quote
            let start = i
            // Fast path: no escapes.
            while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
                guard bytes[i] >= 0x20 else { throw fail("a control character in a string") }
                i += 1
            }
            guard i < bytes.count else { throw fail("unterminated string") }
            if bytes[i] == 0x22 {
                i += 1
                return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b == 0x5C {
                    i += 1
                    guard i < bytes.count else { break }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case 0x22, 0x5C, 0x2F: out.append(e)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x6E: out.append(0x0A)
                    case 0x72: out.append(0x0D)
                    case 0x74: out.append(0x09)
                    case 0x75:
                        let code = try hex4()
                        var scalar = Unicode.Scalar(code)
                        // A high surrogate takes the low one after it; unpaired, either is U+FFFD.
                        if (0xD800...0xDBFF).contains(code), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                            let pair = i
                            i += 2
                            let low = try hex4()
                            if (0xDC00...0xDFFF).contains(low) {
                                scalar = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
                            } else {
                                i = pair
                            }
                        }
                        out.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
                    default: throw fail("a bad escape in a string")
                    }
                } else {
                    guard b >= 0x20 else { throw fail("a control character in a string") }
                    out.append(b)
                    i += 1
                }
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard i + 4 <= bytes.count, bytes[i..<(i + 4)].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
                let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
            else {
                throw fail("a bad \\u escape")
            }
            i += 4
            return v
        }
    }
}
