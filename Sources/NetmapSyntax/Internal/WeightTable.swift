internal import CNetmapSyntaxModel

/// The weights of one linear model: an open-addressing table from feature keys to short lists
/// of (class, weight) pairs.
///
/// File layout (little-endian, each array 8-byte aligned): capacity `UInt32` (about 5/4 of the
/// features), classes `UInt32`, entries `UInt32`, inline classes `UInt32` (D: 0, or 4 for the
/// parser's moves); slots `[UInt64]`, capacity + 1 slots of 1 + D/4 words; entries `[UInt32]`,
/// each a class in the high 16 bits and an `Int16` weight in the low 16. A slot's first word
/// holds its key's fingerprint (the key's high 32 bits, never 0; 0 marks an empty slot) in the
/// high 32 bits and the start of its entries in the low 32 (they end where the next slot's
/// start); the next D/4 words hold the weights of classes 0..<D as `Int16`s. A key's home slot
/// is its fingerprint times the capacity, shifted right by 32; collisions probe linearly,
/// wrapping at the end.
///
/// Loading keeps the entries where they are and lays the slots out again at a quarter load (an
/// unsuccessful lookup then reads two or three slots rather than a dozen), each slot's first
/// word then holding the fingerprint, the start of its entries (24 bits) and their count (8).
/// Scoring prefetches every feature's slot first, then every feature's entries.
///
/// - Complexity: a lookup is O(1) expected; scoring is O(features × entries per feature).
package struct WeightTable: @unchecked Sendable {
    package let classes: Int
    let capacity: Int
    /// Classes whose weights sit in the slot itself (0 or 4), and the slot's size in words.
    let inline: Int
    let stride: Int
    let slots: UnsafePointer<UInt64>
    let entries: UnsafePointer<UInt32>
    package let featureCount: Int
    /// Owns the slots laid out at load.
    private let storage: Storage?

    final class Storage: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<UInt64>
        init(words: Int) {
            pointer = .allocate(capacity: words)
            pointer.initialize(repeating: 0, count: words)
        }
        deinit { pointer.deallocate() }
    }

    nonisolated(unsafe) private static let emptyStorage: UnsafeMutablePointer<UInt64> = {
        let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: 4)
        storage.initialize(repeating: 0, count: 4)
        return storage
    }()

    /// An empty table (every score 0) for `classes` classes.
    static func empty(classes: Int) -> WeightTable {
        WeightTable(
            classes: classes, capacity: 1, inline: 0, slots: UnsafePointer(emptyStorage),
            entries: UnsafeRawPointer(emptyStorage).assumingMemoryBound(to: UInt32.self), featureCount: 0, storage: nil)
    }

    private init(
        classes: Int, capacity: Int, inline: Int, slots: UnsafePointer<UInt64>, entries: UnsafePointer<UInt32>,
        featureCount: Int, storage: Storage?
    ) {
        self.classes = classes
        self.capacity = capacity
        self.inline = inline
        self.stride = 1 + inline / 4
        self.slots = slots
        self.entries = entries
        self.featureCount = featureCount
        self.storage = storage
    }

    /// Reads a table at `reader`'s position, which it moves past the table.
    init(reading reader: inout ModelReader) throws(ModelError) {
        let fileCapacity = Int(try reader.uint32())
        classes = Int(try reader.uint32())
        let count = Int(try reader.uint32())
        inline = Int(try reader.uint32())
        stride = 1 + inline / 4
        guard fileCapacity > 0, classes > 0, classes <= 256, inline == 0 || (inline == 4 && classes >= 4), count < 1 << 24
        else {
            throw ModelError.malformed("weight table of capacity \(fileCapacity) for \(classes) classes")
        }
        let fileSlots = try reader.array(UInt64.self, count: (fileCapacity + 1) * stride)
        entries = try reader.array(UInt32.self, count: count)
        guard Int(UInt32(truncatingIfNeeded: fileSlots[fileCapacity * stride])) == count else {
            throw ModelError.malformed("weight table entries do not add up")
        }
        for k in 0..<count where Int(entries[k] >> 16) >= classes || Int(entries[k] >> 16) < inline {
            throw ModelError.malformed("weight table class \(entries[k] >> 16) of \(classes)")
        }
        var used = 0
        for slot in 0..<fileCapacity {
            if fileSlots[slot * stride] >> 32 != 0 { used += 1 }
            let start = UInt32(truncatingIfNeeded: fileSlots[slot * stride])
            let end = UInt32(truncatingIfNeeded: fileSlots[(slot + 1) * stride])
            guard start <= end, end - start <= 255 else { throw ModelError.malformed("weight table starts decrease") }
        }
        featureCount = used
        capacity = 4 * used + 16
        let storage = Storage(words: (capacity + 1) * stride)
        let slots = storage.pointer
        for slot in 0..<fileCapacity {
            let word = fileSlots[slot * stride]
            let fingerprint = word >> 32
            guard fingerprint != 0 else { continue }
            let start = word & 0xffff_ffff, end = fileSlots[(slot + 1) * stride] & 0xffff_ffff
            var at = Self.home(UInt32(fingerprint), capacity)
            while slots[at * stride] != 0 {
                at += 1
                if at == capacity { at = 0 }
            }
            slots[at * stride] = fingerprint << 32 | start << 8 | (end - start)
            for w in 1..<stride { slots[at * stride + w] = fileSlots[slot * stride + w] }
        }
        self.slots = UnsafePointer(slots)
        self.storage = storage
    }

    /// The home slot of a fingerprint in a table of `capacity` slots.
    @inline(__always)
    static func home(_ fingerprint: UInt32, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(fingerprint) &* UInt64(capacity)) >> 32)
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: key >> 32)
        return f == 0 ? 1 : f
    }

    /// The first word of `key`'s slot, or 0 when the table does not hold it.
    @inline(__always)
    func find(_ key: UInt64) -> (word: UInt64, slot: Int) {
        let fingerprint = Self.fingerprint(key)
        var slot = Self.home(fingerprint, capacity)
        while true {
            let word = slots[slot &* stride]
            let f = UInt32(truncatingIfNeeded: word >> 32)
            if f == fingerprint { return (word, slot) }
            if f == 0 { return (0, 0) }
            slot &+= 1
            if slot == capacity { slot = 0 }
        }
    }

    /// Adds the weights of `key` to `scores`.
    @inline(__always)
    package func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let (word, slot) = find(key)
        guard word != 0 else { return }
        addInline(slot, to: scores)
        var k = Int((word >> 8) & 0xff_ffff)
        let end = k + Int(word & 0xff)
        while k < end {
            let e = entries[k]
            scores[Int(e >> 16)] &+= Int32(Int16(truncatingIfNeeded: e))
            k += 1
        }
    }

    /// Adds the weights held in the slot itself.
    @inline(__always)
    func addInline(_ slot: Int, to scores: UnsafeMutablePointer<Int32>) {
        guard inline == 4 else { return }
        let w = slots[slot * stride + 1]
        scores[0] &+= Int32(Int16(truncatingIfNeeded: w))
        scores[1] &+= Int32(Int16(truncatingIfNeeded: w >> 16))
        scores[2] &+= Int32(Int16(truncatingIfNeeded: w >> 32))
        scores[3] &+= Int32(Int16(truncatingIfNeeded: w >> 48))
    }

    /// Scores of every class for a feature vector: every slot is asked for first, then every
    /// feature's entries, then the weights are added, so that the cache misses overlap.
    @inline(__always)
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        scores.update(repeating: 0, count: classes)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { ranges in
            let found = locate(keys, into: ranges.baseAddress!, adding: scores)
            add(ranges.baseAddress!, found, below: classes, into: scores)
        }
    }

    /// Finds the entries of each key (prefetching them unless told not to) and adds the weights
    /// held in the slots: writes `start << 32 | end` for each key found into `ranges` and
    /// returns how many were found.
    @inline(__always)
    func locate(
        _ keys: UnsafeBufferPointer<UInt64>, into ranges: UnsafeMutablePointer<UInt64>, adding scores: UnsafeMutablePointer<Int32>,
        prefetchEntries: Bool = true
    ) -> Int {
        for key in keys { netmap_syntax_prefetch(slots + Self.home(Self.fingerprint(key), capacity) &* stride) }
        var found = 0
        for key in keys {
            let (word, slot) = find(key)
            guard word != 0 else { continue }
            addInline(slot, to: scores)
            let start = (word >> 8) & 0xff_ffff, end = start + (word & 0xff)
            if prefetchEntries { netmap_syntax_prefetch(entries + Int(start)) }
            ranges[found] = start << 32 | end
            found &+= 1
        }
        return found
    }

    /// Asks for the entries of located features ahead of ``add(_:_:below:into:)``.
    @inline(__always)
    func prefetch(_ ranges: UnsafeMutablePointer<UInt64>, _ count: Int) {
        for r in 0..<count { netmap_syntax_prefetch(entries + Int(ranges[r] >> 32)) }
    }

    /// Adds the weights of the located entries whose class is in `classes` (a feature's
    /// entries are in class order; those below `lower` are skipped by binary search). Ranges are
    /// left as they were.
    @inline(__always)
    func add(
        _ ranges: UnsafeMutablePointer<UInt64>, _ count: Int, classes: Range<Int>, into scores: UnsafeMutablePointer<Int32>
    ) {
        let lower = UInt32(classes.lowerBound) << 16, limit = UInt32(classes.upperBound) << 16
        for r in 0..<count {
            var k = Int(ranges[r] >> 32)
            var end = Int(ranges[r] & 0xffff_ffff)
            // The first entry of class `lower` or above.
            var high = end
            while k < high {
                let mid = (k &+ high) >> 1
                if entries[mid] < lower { k = mid &+ 1 } else { high = mid }
            }
            end = min(end, k &+ (classes.upperBound - classes.lowerBound))
            while k < end {
                let e = entries[k]
                if e >= limit { break }
                scores[Int(e >> 16)] &+= Int32(Int16(truncatingIfNeeded: e))
                k &+= 1
            }
        }
    }

    /// Adds the weights of the located entries whose class is below `limit` (a feature's
    /// entries are in class order), and moves each range past them, so that a later call adds
    /// the rest.
    @inline(__always)
    func add(_ ranges: UnsafeMutablePointer<UInt64>, _ count: Int, below limit: Int, into scores: UnsafeMutablePointer<Int32>) {
        let limit = UInt32(limit) << 16
        for r in 0..<count {
            var k = Int(ranges[r] >> 32)
            let end = Int(ranges[r] & 0xffff_ffff)
            while k < end {
                let e = entries[k]
                if e >= limit { break }
                scores[Int(e >> 16)] &+= Int32(Int16(truncatingIfNeeded: e))
                k &+= 1
            }
            ranges[r] = UInt64(k) << 32 | UInt64(end)
        }
    }

    /// Serialises averaged weights: `rows` maps a key to its weights per class; entries whose
    /// quantised weight is smaller than `minimum` are dropped, and features left without any.
    ///
    /// - Parameters:
    ///   - scale: multiplies a weight before rounding to `Int16`.
    ///   - minimum: the smallest quantised weight kept (pruning).
    package static func encode(
        rows: [(key: UInt64, weights: [Float])], classes: Int, scale: Float, minimum: Int16 = 1, inline: Int = 0,
        into writer: inout ModelWriter
    ) {
        precondition(inline == 0 || inline == 4)
        var kept: [(key: UInt64, inline: UInt64, entries: [UInt32])] = []
        for row in rows {
            var entries: [UInt32] = []
            var packed: UInt64 = 0
            for (c, w) in row.weights.enumerated() {
                let q = Int16(max(-32767, min(32767, (w * scale).rounded())))
                guard abs(q) >= max(1, minimum) else { continue }
                if c < inline {
                    packed |= UInt64(UInt16(bitPattern: q)) << (16 * UInt64(c))
                } else {
                    entries.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: q)))
                }
            }
            if !entries.isEmpty || packed != 0 { kept.append((row.key, packed, entries)) }
        }
        let capacity = kept.count * 5 / 4 + 16
        var owner = [Int](repeating: -1, count: capacity)
        // Insert in key order so that the layout does not depend on the caller's order.
        for i in kept.indices.sorted(by: { kept[$0].key < kept[$1].key }) {
            var slot = Self.home(fingerprint(kept[i].key), capacity)
            while owner[slot] >= 0 {
                slot += 1
                if slot == capacity { slot = 0 }
            }
            owner[slot] = i
        }
        var slots: [UInt64] = []
        var entries: [UInt32] = []
        slots.reserveCapacity((capacity + 1) * (1 + inline / 4))
        for slot in 0..<capacity {
            let f: UInt64 = owner[slot] >= 0 ? UInt64(fingerprint(kept[owner[slot]].key)) : 0
            slots.append(f << 32 | UInt64(entries.count))
            if inline == 4 { slots.append(owner[slot] >= 0 ? kept[owner[slot]].inline : 0) }
            if owner[slot] >= 0 { entries += kept[owner[slot]].entries }
        }
        slots.append(UInt64(entries.count))
        if inline == 4 { slots.append(0) }
        writer.uint32(UInt32(capacity))
        writer.uint32(UInt32(classes))
        writer.uint32(UInt32(entries.count))
        writer.uint32(UInt32(inline))
        writer.array(slots)
        writer.array(entries)
    }
}
