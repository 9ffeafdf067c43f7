extension Unicode.Scalar {
    /// `properties.isUppercase` (Unicode's Uppercase property), answered without the property
    /// tables for ASCII, where it holds for A–Z only.
    @inline(__always)
    package var isUppercase: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// `properties.isLowercase` (Unicode's Lowercase property), answered without the property
    /// tables for ASCII, where it holds for a–z only.
    @inline(__always)
    package var isLowercase: Bool {
        value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase
    }

    /// `properties.isAlphabetic` (Unicode's Alphabetic property), answered without the property
    /// tables for ASCII, where it holds for A–Z and a–z only.
    @inline(__always)
    package var isAlphabetic: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }
}
