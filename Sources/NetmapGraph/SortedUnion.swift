extension Array where Element: Comparable {
    /// Adds the elements of `other` to this sorted array without repeats, keeping it sorted;
    /// both arrays must be sorted and without repeats.
    ///
    ///     var a = [1, 3, 5]
    ///     a.formSortedUnion([2, 3, 6])  // a == [1, 2, 3, 5, 6]
    ///
    /// - Complexity: O(*m*) when every element of `other` sorts after this array's last (as
    ///   evidence does, arriving sentence by sentence), O(*n* + *m*) otherwise. A graph folds
    ///   in thousands of mentions of one relation, so this is not a sort of the whole.
    mutating func formSortedUnion(_ other: [Element]) {
        guard let first = other.first else { return }
        guard let last else {
            self = other
            return
        }
        if last < first {
            append(contentsOf: other)
            return
        }
        var merged: [Element] = []
        merged.reserveCapacity(count + other.count)
        var i = startIndex, j = other.startIndex
        while i < endIndex, j < other.endIndex {
            if self[i] < other[j] {
                merged.append(self[i]); i += 1
            } else if other[j] < self[i] {
                merged.append(other[j]); j += 1
            } else {
                merged.append(self[i]); i += 1; j += 1
            }
        }
        merged.append(contentsOf: self[i...])
        merged.append(contentsOf: other[j...])
        self = merged
    }
}
