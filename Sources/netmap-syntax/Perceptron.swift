/// An averaged perceptron for training (Collins 2002), with the averaging trick of Daumé
/// (2006): the average of w over all steps is w - u / c, where u sums each update times the
/// step it was made at. Unchecked `Sendable`: a model is trained by one thread, and only handed
/// to another (`Parallel.map`) once that thread is done with it.
final class Perceptron: @unchecked Sendable {
    let classes: Int
    private(set) var index: [UInt64: Int32] = [:]
    private var w: [Float] = []
    private var u: [Double] = []
    /// How many updates touched each row.
    private var updates: [Int32] = []
    private(set) var step: Double = 1

    init(classes: Int) {
        self.classes = classes
    }

    /// Scores of every class under the current (not averaged) weights.
    func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        w.withUnsafeBufferPointer { w in
            for f in features {
                guard let row = index[f] else { continue }
                let base = Int(row) * classes
                for c in 0..<classes { scores[c] += w[base + c] }
            }
        }
    }

    func update(_ features: UnsafeBufferPointer<UInt64>, good: Int, bad: Int) {
        for f in features {
            let base = row(f)
            w[base + good] += 1
            u[base + good] += step
            w[base + bad] -= 1
            u[base + bad] -= step
        }
    }

    /// Adds `delta` to class `c` of every feature (a step of a structured update).
    func add(_ features: UnsafeBufferPointer<UInt64>, _ c: Int, _ delta: Float) {
        for f in features {
            let base = row(f)
            w[base + c] += delta
            u[base + c] += Double(delta) * step
        }
    }

    /// The offset of feature `f`'s weights (a new row of zeros for a new feature), counting
    /// the update about to be made to it.
    private func row(_ f: UInt64) -> Int {
        let base: Int
        if let row = index[f] {
            base = Int(row) * classes
        } else {
            base = w.count
            index[f] = Int32(base / classes)
            w.append(contentsOf: repeatElement(0, count: classes))
            u.append(contentsOf: repeatElement(0, count: classes))
            updates.append(0)
        }
        updates[base / classes] &+= 1
        return base
    }

    /// The mean of several models' averaged weights, by key, of the features updated at least
    /// `minimumUpdates` times a model on average (a feature one model never saw weighs 0 in it).
    /// For a linear model this is the ensemble that sums the models' scores, at the cost of one.
    static func averaged(_ models: [Perceptron], minimumUpdates: Int32 = 1) -> [(key: UInt64, weights: [Float])] {
        guard let first = models.first else { return [] }
        let classes = first.classes
        var keys = Set<UInt64>()
        for model in models { keys.formUnion(model.index.keys) }
        return keys.sorted().compactMap { key in
            var total: Int64 = 0
            var sum = [Double](repeating: 0, count: classes)
            for model in models {
                guard let row = model.index[key].map(Int.init) else { continue }
                total += Int64(model.updates[row])
                let base = row * classes
                for c in 0..<classes { sum[c] += Double(model.w[base + c]) - model.u[base + c] / model.step }
            }
            guard total >= Int64(minimumUpdates) * Int64(models.count) else { return nil }
            return (key, sum.map { Float($0 / Double(models.count)) })
        }
    }

    /// Makes the averaged weights the current ones and starts a new average.
    func restartAverage() {
        for i in w.indices { w[i] = Float(Double(w[i]) - u[i] / step); u[i] = 0 }
        step = 1
    }

    /// Counts one training example (the clock of the average).
    func tick() { step += 1 }

    /// The averaged weights, by key, of the features updated at least `minimumUpdates` times
    /// (features seen in one or two mistakes are mostly noise, and most of a model's size).
    func averaged(minimumUpdates: Int32 = 1) -> [(key: UInt64, weights: [Float])] {
        Self.averaged([self], minimumUpdates: minimumUpdates)
    }

    /// A scale that maps the largest averaged weight to `limit`.
    static func scale(_ rows: [(key: UInt64, weights: [Float])], limit: Float = 32000) -> Float {
        let largest = rows.lazy.flatMap(\.weights).map(abs).max() ?? 1
        return largest > 0 ? limit / largest : 1
    }
}

/// SplitMix64: a small, seeded generator, so that every training run shuffles the same way.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A Fisher–Yates shuffle that does not depend on the standard library's algorithm.
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }
}
