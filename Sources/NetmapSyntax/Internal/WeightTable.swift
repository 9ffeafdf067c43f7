internal import CNetmapSyntaxModel

/// The weights of one linear model as the trained model stores them: an open-addressing table
/// from feature keys to short lists of (class, weight) pairs, read in place from the model's
/// bytes (nothing is copied at load time).
///
/// Layout (little-endian, each array 8-byte aligned): capacity `UInt32` (about 5/4 of the
/// features),
/// classes `UInt32`, entries `UInt32`, a spare `UInt32`; slots `[UInt64]` (capacity + 1), each
/// the key's fingerprint in the high 32 bits (0: empty) and the start of its entries in the low
/// 32 (a slot's entries end where the next slot's start); entries `[UInt32]`, each a class in
/// the high 16 bits and an `Int16` weight in the low 16. A key's slot is its low 32 bits times
/// the capacity, shifted right by 32; its fingerprint its high 32 bits (never 0); collisions
/// probe linearly, wrapping at the end. A lookup touches about
/// two cache lines, and scoring prefetches every feature's slot first.
///
/// - Complexity: a lookup is O(1) expected; scoring is O(features × entries per feature).
package struct WeightTable: @unchecked Sendable {
    package let classes: Int
    let capacity: Int
    let slots: UnsafePointer<UInt64>
    let entries: UnsafePointer<UInt32>
    package let featureCount: Int

    nonisolated(unsafe) private static let emptyStorage: UnsafeMutablePointer<UInt64> = {
        let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: 2)
        storage.initialize(repeating: 0, count: 2)
        return storage
    }()

    /// An empty table (every score 0) for `classes` classes.
    static func empty(classes: Int) -> WeightTable {
        WeightTable(
            classes: classes, capacity: 1, slots: UnsafePointer(emptyStorage),
            entries: UnsafeRawPointer(emptyStorage).assumingMemoryBound(to: UInt32.self), featureCount: 0)
    }

    private init(classes: Int, capacity: Int, slots: UnsafePointer<UInt64>, entries: UnsafePointer<UInt32>, featureCount: Int) {
        self.classes = classes
        self.capacity = capacity
        self.slots = slots
        self.entries = entries
        self.featureCount = featureCount
    }

    /// Reads a table at `reader`'s position, which it moves past the table.
    init(reading reader: inout ModelReader) throws(ModelError) {
        let capacity = Int(try reader.uint32())
        classes = Int(try reader.uint32())
        let count = Int(try reader.uint32())
        _ = try reader.uint32()
        guard capacity > 0, classes > 0, classes <= 256 else {
            throw ModelError.malformed("weight table of capacity \(capacity) for \(classes) classes")
        }
        self.capacity = capacity
        slots = try reader.array(UInt64.self, count: capacity + 1)
        entries = try reader.array(UInt32.self, count: count)
        var used = 0
        for slot in 0..<capacity {
            if slots[slot] >> 32 != 0 { used += 1 }
            guard UInt32(truncatingIfNeeded: slots[slot]) <= UInt32(truncatingIfNeeded: slots[slot + 1]) else {
                throw ModelError.malformed("weight table starts decrease")
            }
        }
        guard Int(UInt32(truncatingIfNeeded: slots[capacity])) == count else {
            throw ModelError.malformed("weight table entries do not add up")
        }
        for k in 0..<count where Int(entries[k] >> 16) >= classes {
            throw ModelError.malformed("weight table class \(entries[k] >> 16) of \(classes)")
        }
        guard used < capacity else { throw ModelError.malformed("weight table has no empty slot") }
        featureCount = used
    }

    /// Adds the weights of `key` to `scores`.
    @inline(__always)
    package func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        var slot = Self.slot(key, capacity)
        let fingerprint = UInt64(Self.fingerprint(key))
        while true {
            let s = slots[slot]
            let f = s >> 32
            if f == fingerprint {
                let end = Int(UInt32(truncatingIfNeeded: slots[slot + 1]))
                var k = Int(UInt32(truncatingIfNeeded: s))
                while k < end {
                    let e = entries[k]
                    scores[Int(e >> 16)] &+= Int32(Int16(truncatingIfNeeded: e))
                    k += 1
                }
                return
            }
            if f == 0 { return }
            slot += 1
            if slot == capacity { slot = 0 }
        }
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((key & 0xffff_ffff) &* UInt64(capacity)) >> 32)
    }

    /// Scores of every class for a feature vector.
    @inline(__always)
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        for key in keys { netmap_syntax_prefetch(slots + Self.slot(key, capacity)) }
        scores.update(repeating: 0, count: classes)
        for key in keys { add(key, to: scores) }
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: key >> 32)
        return f == 0 ? 1 : f
    }

    /// Serialises averaged weights: `rows` maps a key to its weights per class; entries whose
    /// quantised weight is smaller than `minimum` are dropped, and features left without any.
    ///
    /// - Parameters:
    ///   - scale: multiplies a weight before rounding to `Int16`.
    ///   - minimum: the smallest quantised weight kept (pruning).
    package static func encode(
        rows: [(key: UInt64, weights: [Float])], classes: Int, scale: Float, minimum: Int16 = 1, into writer: inout ModelWriter
    ) {
        var kept: [(key: UInt64, entries: [UInt32])] = []
        for row in rows {
            var entries: [UInt32] = []
            for (c, w) in row.weights.enumerated() {
                let q = Int16(max(-32767, min(32767, (w * scale).rounded())))
                if abs(q) >= max(1, minimum) { entries.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: q))) }
            }
            if !entries.isEmpty { kept.append((row.key, entries)) }
        }
        let capacity = kept.count * 5 / 4 + 16
        var owner = [Int](repeating: -1, count: capacity)
        // Insert in key order so that the layout does not depend on the caller's order.
        for i in kept.indices.sorted(by: { kept[$0].key < kept[$1].key }) {
            var slot = Self.slot(kept[i].key, capacity)
            while owner[slot] >= 0 {
                slot += 1
                if slot == capacity { slot = 0 }
            }
            owner[slot] = i
        }
        var slots: [UInt64] = []
        var entries: [UInt32] = []
        slots.reserveCapacity(capacity + 1)
        for slot in 0..<capacity {
            let f: UInt64 = owner[slot] >= 0 ? UInt64(fingerprint(kept[owner[slot]].key)) : 0
            slots.append(f << 32 | UInt64(entries.count))
            if owner[slot] >= 0 { entries += kept[owner[slot]].entries }
        }
        slots.append(UInt64(entries.count))
        writer.uint32(UInt32(capacity))
        writer.uint32(UInt32(classes))
        writer.uint32(UInt32(entries.count))
        writer.uint32(0)
        writer.array(slots)
        writer.array(entries)
    }
}
