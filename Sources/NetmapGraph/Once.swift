import Synchronization

/// A value made by a closure the first time it is asked for, then kept; safe to share between
/// threads (the first caller makes it, the others wait for it).
package final class Once<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let make: @Sendable () -> Value

    package init(_ make: @escaping @Sendable () -> Value) {
        state = Mutex(nil)
        self.make = make
    }

    package var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
