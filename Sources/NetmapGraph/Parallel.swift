import Dispatch

/// Maps over an array on several threads; the results keep the order of the input, so the
/// output is the same whatever the number of jobs.
package enum Parallel {
    package static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], jobs: Int, _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard jobs > 1, inputs.count > 1 else { return inputs.map(transform) }
        let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: inputs.count)
        slots.initialize(repeating: nil)
        defer {
            // The results are copied out below; the slots must release theirs.
            slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let shared = slots
        let chunks = min(jobs, inputs.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            // Interleaved, so that long and short documents spread over the threads.
            var index = chunk
            while index < inputs.count {
                shared[index] = transform(inputs[index])
                index += chunks
            }
        }
        return slots.map { $0! }
    }
}
