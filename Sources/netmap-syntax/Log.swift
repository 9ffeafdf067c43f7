import Foundation

/// Progress on standard error.
func log(_ message: String) {
    FileHandle.standardError.write(Data("netmap-syntax: \(message)\n".utf8))
}
