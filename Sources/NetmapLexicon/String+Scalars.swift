extension String {
    /// The string of `scalars`, written as UTF-8 straight into the string's storage (much
    /// faster than appending scalars to a `String.UnicodeScalarView` one by one).
    ///
    ///     let scalars = Array("Putin met Xi".unicodeScalars)
    ///     String(scalars: scalars[6..<9])  // "met"
    ///
    /// - Complexity: O(n) in the number of scalars.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for c in scalars { count += UTF8.width(c) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: v)
                    k += 1
                } else {
                    UTF8.encode(c) { byte in
                        buffer[k] = byte
                        k += 1
                    }
                }
            }
            return k
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The Unicode scalars of `text`, as `Array(text.unicodeScalars)` gives them: its UTF-8
    /// bytes are counted (one scalar a leading byte), then decoded straight into storage of that
    /// size (several times faster on long texts than the scalar view).
    ///
    /// - Complexity: O(n) in the length of `text` in bytes.
    public init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { utf8 in
            // Every scalar has one leading byte; continuation bytes are 0b10xxxxxx.
            var count = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialised in
                var i = 0, k = 0
                let n = utf8.count
                while i < n {
                    let b0 = UInt32(utf8[i])
                    var value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    // A Swift string holds valid UTF-8, so every value is a scalar.
                    buffer[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    k += 1
                }
                initialised = k
            }
        }
    }
}
