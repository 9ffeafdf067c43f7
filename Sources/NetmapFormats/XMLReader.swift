import NetmapGraph

/// A small, strict XML reader for the files netmap writes (GraphML and GEXF): elements,
/// attributes, text, comments, CDATA and the predefined and numeric character references.
///
/// It works on UTF-8 bytes in one pass, so it reads files of any size in time linear in their
/// length, and it refuses document type declarations outright: no entity is ever expanded or
/// fetched (no XXE, no entity bombs). Elements nested deeper than `maximumDepth` are refused,
/// and so are what XML 1.0 does not allow: bytes that are not UTF-8, and control characters,
/// raw or as references. Line ends in text are normalised as XML says (CR LF and CR become LF).
///
///     try XMLReader.read(data) { event in ... }
struct XMLReader {
    enum Event {
        case start(name: String, attributes: NameValues)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error {
        var line: Int
        var reason: String
    }

    static let maximumDepth = 64
    /// Longest element or attribute name, most attributes on one element, and longest text or
    /// attribute value: far beyond what a graph needs, short of what exhausts memory.
    static let maximumNameLength = 1024
    static let maximumAttributes = 256
    static let maximumValueLength = 256 << 20

    /// Reads `bytes`, calling `handle` for every start tag, end tag and run of text; a
    /// malformed document is reported as not a `format` graph, with the line.
    static func read(_ bytes: [UInt8], format: String, _ handle: (Event) throws(FormatError) -> Void) throws(FormatError) {
        if let offset = UTF8Validation.firstInvalidByte(bytes) {
            throw .notAGraph(format: format, reason: "not valid UTF-8 at byte \(offset)")
        }
        var reader = Scanner(bytes: bytes)
        do {
            try reader.run(handle)
        } catch let failure as Failure {
            throw .notAGraph(format: format, reason: "XML error at line \(failure.line): \(failure.reason)")
        } catch let error as FormatError {
            throw error
        } catch {
            throw .notAGraph(format: "XML", reason: "\(error)")
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var line = 1
        var stack: [String] = []
        var sawRoot = false

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A byte-order mark.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func fail(_ reason: String) -> Failure { Failure(line: line, reason: reason) }

        mutating func run(_ handle: (Event) throws(FormatError) -> Void) throws {
            var text: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x3C {  // <
                    if !text.isEmpty {
                        if stack.isEmpty {
                            if !text.allSatisfy(Self.isSpace) { throw fail("text outside the root element") }
                        } else {
                            try handle(.text(String(decoding: text, as: UTF8.self)))
                        }
                        text.removeAll(keepingCapacity: true)
                    }
                    try markup(handle)
                } else if b == 0x26 {  // &
                    try reference(into: &text)
                } else if b == 0x0D {
                    // Line-end normalisation: CR LF and a lone CR are one LF.
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 } else { text.append(0x0A); i += 1 }
                } else {
                    // A run of bytes that need nothing done, taken at once (and ended where the
                    // text would pass its limit, so that the error names that line).
                    let start = i
                    let end = min(bytes.count, i + XMLReader.maximumValueLength + 1 - text.count)
                    while i < end {
                        let c = bytes[i]
                        if c >= 0x20 {
                            if c == 0x3C || c == 0x26 { break }
                        } else if c == 0x0A {
                            line += 1
                        } else if c != 0x09 {
                            break
                        }
                        i += 1
                    }
                    if i == start { throw controlCharacter(b) }
                    text.append(contentsOf: bytes[start..<i])
                    if text.count > XMLReader.maximumValueLength {
                        throw fail("a text longer than \(XMLReader.maximumValueLength >> 20) MB")
                    }
                }
            }
            if !stack.isEmpty { throw fail("the file ends inside <\(stack.last!)>") }
            if !sawRoot { throw fail("no root element") }
        }

        func controlCharacter(_ value: UInt32) -> Failure {
            let hex = String(value, radix: 16, uppercase: true)
            return fail("control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex), which XML does not allow")
        }

        func controlCharacter(_ byte: UInt8) -> Failure { controlCharacter(UInt32(byte)) }

        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        static func isNameByte(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x3A
        }

        mutating func skip(past terminator: [UInt8], what: String) throws {
            while i < bytes.count {
                if bytes[i] == terminator[0], bytes[i...].starts(with: terminator) {
                    i += terminator.count
                    return
                }
                if bytes[i] == 0x0A { line += 1 }
                i += 1
            }
            throw fail("unterminated \(what)")
        }

        mutating func name() throws -> String {
            let start = i
            while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
            guard i > start else { throw fail("a malformed tag") }
            guard i - start <= XMLReader.maximumNameLength else {
                throw fail("a name longer than \(XMLReader.maximumNameLength) bytes")
            }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func spaces() {
            while i < bytes.count, Self.isSpace(bytes[i]) {
                if bytes[i] == 0x0A { line += 1 }
                i += 1
            }
        }

        static let piEnd: [UInt8] = Array("?>".utf8)
        static let commentStart: [UInt8] = Array("<!--".utf8)
        static let commentEnd: [UInt8] = Array("-->".utf8)
        static let cdataStart: [UInt8] = Array("<![CDATA[".utf8)
        static let cdataEnd: [UInt8] = Array("]]>".utf8)

        mutating func markup(_ handle: (Event) throws(FormatError) -> Void) throws {
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if next == 0x3F { return try skip(past: Self.piEnd, what: "processing instruction") }  // <?
            if next == 0x21 {  // <!
                let rest = bytes[i...]
                if rest.starts(with: Self.commentStart) { return try skip(past: Self.commentEnd, what: "comment") }
                if rest.starts(with: Self.cdataStart) {
                    guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
                    i += 9
                    let start = i
                    try skip(past: Self.cdataEnd, what: "CDATA section")
                    try handle(.text(String(decoding: bytes[start..<(i - 3)], as: UTF8.self)))
                    return
                }
                throw fail("a document type declaration, which netmap does not read (no entities are expanded)")
            }
            i += 1
            if i < bytes.count, bytes[i] == 0x2F {  // </
                i += 1
                let tag = try name()
                spaces()
                guard i < bytes.count, bytes[i] == 0x3E else { throw fail("a malformed closing tag </\(tag)") }
                i += 1
                guard let open = stack.popLast() else { throw fail("</\(tag)> closes nothing") }
                guard open == tag else { throw fail("</\(tag)> closes <\(open)>") }
                try handle(.end(name: tag))
                return
            }
            let tag = try name()
            var attributes = NameValues()
            while true {
                spaces()
                guard i < bytes.count else { throw fail("the file ends inside <\(tag)>") }
                if bytes[i] == 0x3E {  // >
                    i += 1
                    try open(tag, attributes, handle)
                    return
                }
                if bytes[i] == 0x2F {  // />
                    guard i + 1 < bytes.count, bytes[i + 1] == 0x3E else { throw fail("a malformed tag <\(tag)") }
                    i += 2
                    try open(tag, attributes, handle)
                    stack.removeLast()
                    try handle(.end(name: tag))
                    return
                }
                let key = try name()
                spaces()
                guard i < bytes.count, bytes[i] == 0x3D else { throw fail("attribute \(key) of <\(tag)> has no value") }
                i += 1
                spaces()
                guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else {
                    throw fail("attribute \(key) of <\(tag)> is not quoted")
                }
                let quote = bytes[i]
                i += 1
                // Most values hold no reference and no white space to normalise: taken whole.
                let start = i
                while i < bytes.count, bytes[i] != quote, bytes[i] >= 0x20, bytes[i] != 0x26, bytes[i] != 0x3C { i += 1 }
                var value: [UInt8] = []
                let plain = i < bytes.count && bytes[i] == quote
                if !plain { value = Array(bytes[start..<i]) }
                while i < bytes.count, bytes[i] != quote {
                    switch bytes[i] {
                    case 0x26: try reference(into: &value)
                    case 0x3C: throw fail("'<' inside attribute \(key)")
                    case 0x09, 0x0A, 0x0D:
                        // Attribute-value normalisation: white space characters become spaces.
                        if bytes[i] == 0x0A { line += 1 }
                        value.append(0x20)
                        i += 1
                    case 0x00..<0x20: throw controlCharacter(bytes[i])
                    default:
                        value.append(bytes[i])
                        i += 1
                    }
                }
                guard i < bytes.count else { throw fail("the file ends inside attribute \(key)") }
                let text = plain ? String(decoding: bytes[start..<i], as: UTF8.self) : String(decoding: value, as: UTF8.self)
                i += 1
                guard text.utf8.count <= XMLReader.maximumValueLength else {
                    throw fail("attribute \(key) is longer than \(XMLReader.maximumValueLength >> 20) MB")
                }
                guard attributes.count < XMLReader.maximumAttributes else {
                    throw fail("<\(tag)> has more than \(XMLReader.maximumAttributes) attributes")
                }
                guard attributes.insert(text, for: key) else {
                    throw fail("attribute \(key) appears twice in <\(tag)>")
                }
            }
        }

        mutating func open(_ tag: String, _ attributes: NameValues, _ handle: (Event) throws(FormatError) -> Void) throws {
            if stack.isEmpty {
                if sawRoot { throw fail("a second root element <\(tag)>") }
                sawRoot = true
            }
            stack.append(tag)
            if stack.count > XMLReader.maximumDepth { throw fail("elements nested deeper than \(XMLReader.maximumDepth)") }
            try handle(.start(name: tag, attributes: attributes))
        }

        mutating func reference(into out: inout [UInt8]) throws {
            guard let end = bytes[i...].prefix(12).firstIndex(of: 0x3B) else { throw fail("a malformed '&' reference") }
            let body = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            i = end + 1
            let scalar: Unicode.Scalar?
            switch body {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if body.hasPrefix("#x") {
                    scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    scalar = UInt32(body.dropFirst(1)).flatMap(Unicode.Scalar.init)
                } else {
                    throw fail("an undeclared entity &\(body);")
                }
            }
            guard let scalar else { throw fail("a character reference to no character: &\(body);") }
            let v = scalar.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF {
                throw controlCharacter(v)
            }
            out.append(contentsOf: Array(String(scalar).utf8))
        }
    }
}
