/// Names and their values in the order given: an XML element's attributes, or the data of a
/// node or an edge. An element has a few, so a lookup is a scan, which costs less than making
/// a hash table for every element of a large file.
struct NameValues {
    private(set) var pairs: [(name: String, value: String)] = []

    init() {}

    var count: Int { pairs.count }

    /// The value of `name`; setting replaces it, or adds the name at the end.
    subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            let index = pairs.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): pairs[index].value = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append((name, value))
            case (nil, nil): break
            }
        }
    }

    /// Adds `name` with `value` unless the name is there already.
    ///
    /// - Returns: false when `name` was there (nothing is changed).
    mutating func insert(_ value: String, for name: String) -> Bool {
        guard !pairs.contains(where: { $0.name == name }) else { return false }
        pairs.append((name, value))
        return true
    }
}
