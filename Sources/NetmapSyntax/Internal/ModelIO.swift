/// Reads a model's bytes in place: numbers, strings and aligned arrays.
package struct ModelReader {
    let base: UnsafeRawPointer
    let count: Int
    package private(set) var offset = 0

    package init(base: UnsafeRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    private mutating func need(_ n: Int, _ what: String) throws(ModelError) {
        guard n >= 0, offset <= count - n else { throw ModelError.malformed("cut short in \(what) at byte \(offset)") }
    }

    package mutating func uint32() throws(ModelError) -> UInt32 {
        try need(4, "a number")
        let v = base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        offset += 4
        return UInt32(littleEndian: v)
    }

    package mutating func float() throws(ModelError) -> Float {
        Float(bitPattern: try uint32())
    }

    package mutating func string() throws(ModelError) -> String {
        let length = Int(try uint32())
        try need(length, "a string")
        let bytes = UnsafeRawBufferPointer(start: base + offset, count: length)
        offset += length
        return String(decoding: bytes, as: UTF8.self)
    }

    package mutating func strings() throws(ModelError) -> [String] {
        let n = Int(try uint32())
        guard n <= count else { throw ModelError.malformed("list of \(n) strings") }
        var result: [String] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(try string()) }
        return result
    }

    /// An array of `count` values, 8-byte aligned, used in place.
    package mutating func array<T>(_ type: T.Type, count n: Int) throws(ModelError) -> UnsafePointer<T> {
        align()
        try need(n * MemoryLayout<T>.stride, "an array")
        let address = base + offset
        guard Int(bitPattern: address) % MemoryLayout<T>.alignment == 0 else {
            throw ModelError.malformed("array at byte \(offset) is not aligned")
        }
        offset += n * MemoryLayout<T>.stride
        return address.assumingMemoryBound(to: T.self)
    }

    package mutating func align() {
        offset = (offset + 7) & ~7
    }
}

/// Writes a model's bytes: the mirror of ``ModelReader``.
package struct ModelWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func uint32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func float(_ v: Float) {
        uint32(v.bitPattern)
    }

    package mutating func string(_ s: String) {
        uint32(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    package mutating func strings(_ list: [String]) {
        uint32(UInt32(list.count))
        for s in list { string(s) }
    }

    package mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        align()
        for v in values {
            withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    package mutating func align() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}
