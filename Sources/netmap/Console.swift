import Foundation

/// Messages on standard error.
enum Console {
    static func error(_ message: String) {
        if Progress.showing { Progress.clear() }
        FileHandle.standardError.write(Data("netmap: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        if Progress.showing { Progress.clear() }
        FileHandle.standardError.write(Data("netmap: warning: \(message)\n".utf8))
    }
}
