/// Where each scalar of a normalised text came from in the text as given.
///
/// ``Normaliser`` joins wrapped lines, drops soft hyphens and decodes character references;
/// the passes after it read the normalised text, and the map takes their offsets back to the
/// text as it was given, so that evidence spans slice the input file.
///
///     // "nego-\ntiations" became "negotiations": the normalised range of the word maps
///     // back to the whole of "nego-\ntiations".
///     map.range(0..<11)  // 0..<15
///
/// Offsets count Unicode scalars. Memory: eight bytes per scalar of the normalised text.
public struct SourceMap: Sendable, Equatable {
    /// For each normalised scalar, the start and end of the given text it stands for.
    var starts: [Int32] = []
    var ends: [Int32] = []
    /// The length of the given text, in scalars.
    public private(set) var sourceLength = 0

    init(sourceLength: Int) {
        self.sourceLength = sourceLength
    }

    mutating func append(_ source: Range<Int>) {
        starts.append(Int32(source.lowerBound))
        ends.append(Int32(source.upperBound))
    }

    /// The number of normalised scalars.
    public var count: Int { starts.count }

    /// The range of the given text that the normalised `range` stands for.
    ///
    /// An empty range maps to an empty range at the place of its bound.
    public func range(_ range: Range<Int>) -> Range<Int> {
        let lower = range.lowerBound < count ? Int(starts[range.lowerBound]) : sourceLength
        guard !range.isEmpty else { return lower..<lower }
        return lower..<Int(ends[min(range.upperBound, count) - 1])
    }
}
