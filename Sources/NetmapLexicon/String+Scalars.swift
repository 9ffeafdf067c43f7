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
