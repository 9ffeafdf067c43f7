/// A table from keys that are hashes already (``FeatureHash`` values, well mixed) to values:
/// open addressing on the key's low bits, so that a look-up runs no hasher. A Swift
/// `Dictionary` runs SipHash over every key it is asked for, which costs several times the
/// rest of such a look-up.
///
/// - Complexity: a look-up is O(1) expected (the table is at most half full).
struct PrehashedTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// The table of `pairs`.
    init(_ pairs: [UInt64: Value]) {
        var capacity = 16
        while capacity < 2 * pairs.count { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        for (key, value) in pairs {
            var slot = Int(truncatingIfNeeded: key) & mask
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
