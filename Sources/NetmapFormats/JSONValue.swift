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

    /// Reads `bytes`, a JSON text whose top level should be an object, handing its members to
    /// `member` one by one as they are read, so that no tree of the whole text is made: `member`
    /// gets the member's name and the ``Parser`` at its value (depth 1), and must read the value.
    ///
    /// - Returns: false when the top-level value is not an object (it is read and checked all
    ///   the same).
    /// - Throws: ``Failure`` where the text is not JSON.
    static func members(of bytes: [UInt8], _ member: (String, inout Parser) throws(Failure) -> Void) throws(Failure) -> Bool {
        var parser = Parser(bytes: bytes)
        parser.space()
        guard parser.at(0x7B) else {
            _ = try parse(bytes)
            return false
        }
        parser.i += 1
        try parser.members(depth: 0, member)
        parser.space()
        guard parser.i == bytes.count else { throw Failure(offset: parser.i, reason: "text after the JSON value") }
        return true
    }

    /// Reads JSON from UTF-8 bytes: whole values (``value(depth:)``), or an object's members and
    /// an array's items one by one (``members(depth:_:)``, ``items(depth:_:)``) for a reader that
    /// makes its own records without a tree. `depth` is the nesting of the value read (the top
    /// level is 0), for the ``JSONValue/maximumDepth`` check.
    struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func space() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        func fail(_ reason: String) -> Failure { Failure(offset: i, reason: reason) }

        /// Whether the next byte is `byte` (an opening bracket or brace, say).
        func at(_ byte: UInt8) -> Bool { i < bytes.count && bytes[i] == byte }

        /// Reads a value, checking it as ``value(depth:)`` does, without making it.
        mutating func skip(depth: Int) throws(Failure) {
            guard depth < JSONValue.maximumDepth else { throw fail("nesting deeper than \(JSONValue.maximumDepth)") }
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7B:
                i += 1
                try members(depth: depth) { (_, parser) throws(Failure) in try parser.skip(depth: depth + 1) }
            case 0x5B:
                i += 1
                try items(depth: depth) { (parser) throws(Failure) in try parser.skip(depth: depth + 1) }
            case 0x22: _ = try string()
            case 0x74: try literal("true")
            case 0x66: try literal("false")
            case 0x6E: try literal("null")
            default: _ = try number()
            }
        }

        /// The string value here, or nil when the value is of another type (it is read all the
        /// same).
        mutating func stringValue(depth: Int) throws(Failure) -> String? {
            if at(0x22) { return try string() }
            try skip(depth: depth)
            return nil
        }

        /// The number here, or nil when the value is of another type (it is read all the same).
        /// As in ``value(depth:)``, whatever does not start another type is read as a number.
        mutating func numberValue(depth: Int) throws(Failure) -> Double? {
            guard depth < JSONValue.maximumDepth else { throw fail("nesting deeper than \(JSONValue.maximumDepth)") }
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7B, 0x5B, 0x22, 0x74, 0x66, 0x6E:
                try skip(depth: depth)
                return nil
            default:
                return try number()
            }
        }

        mutating func value(depth: Int) throws(Failure) -> JSONValue {
            guard depth < JSONValue.maximumDepth else { throw fail("nesting deeper than \(JSONValue.maximumDepth)") }
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7B:  // {
                i += 1
                var members = Members()
                try self.members(depth: depth) { (key, parser) throws(Failure) in
                    members.pairs.append((key, try parser.value(depth: depth + 1)))
                }
                return .object(members)
            case 0x5B:  // [
                i += 1
                var items: [JSONValue] = []
                try self.items(depth: depth) { (parser) throws(Failure) in items.append(try parser.value(depth: depth + 1)) }
                return .array(items)
            case 0x22: return .string(try string())
            case 0x74: try literal("true"); return .bool(true)
            case 0x66: try literal("false"); return .bool(false)
            case 0x6E: try literal("null"); return .null
            default: return .number(try number())
            }
        }

        /// Reads the object here, handing each member to `member` as ``members(depth:_:)`` does.
        ///
        /// - Returns: false when the value is not an object (it is read all the same).
        mutating func object(depth: Int, _ member: (String, inout Parser) throws(Failure) -> Void) throws(Failure) -> Bool {
            guard at(0x7B) else {
                try skip(depth: depth)
                return false
            }
            i += 1
            try members(depth: depth, member)
            return true
        }

        /// Reads the array here, handing each item to `item` as ``items(depth:_:)`` does.
        ///
        /// - Returns: false when the value is not an array (it is read all the same).
        mutating func array(depth: Int, _ item: (inout Parser) throws(Failure) -> Void) throws(Failure) -> Bool {
            guard at(0x5B) else {
                try skip(depth: depth)
                return false
            }
            i += 1
            try items(depth: depth, item)
            return true
        }

        /// Reads an object's members after its `{`, through its `}`: `member` gets each name
        /// with the parser at the value, and must read the value.
        mutating func members(depth: Int, _ member: (String, inout Parser) throws(Failure) -> Void) throws(Failure) {
            space()
            if i < bytes.count, bytes[i] == 0x7D { i += 1; return }
            while true {
                space()
                guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a member name") }
                let key = try string()
                space()
                guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':'") }
                i += 1
                space()
                try member(key, &self)
                space()
                guard i < bytes.count else { throw fail("unexpected end in an object") }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x7D { i += 1; return }
                throw fail("expected ',' or '}'")
            }
        }

        /// Reads an array's items after its `[`, through its `]`: `item` gets the parser at
        /// each item, and must read it.
        mutating func items(depth: Int, _ item: (inout Parser) throws(Failure) -> Void) throws(Failure) {
            space()
            if i < bytes.count, bytes[i] == 0x5D { i += 1; return }
            while true {
                space()
                try item(&self)
                space()
                guard i < bytes.count else { throw fail("unexpected end in an array") }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x5D { i += 1; return }
                throw fail("expected ',' or ']'")
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
