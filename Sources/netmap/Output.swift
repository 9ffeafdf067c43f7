import Foundation

/// Writes results whole or not at all: to a temporary file beside the target, renamed into
/// place once complete, so no partial file is ever left behind.
enum Output {
    /// Fails early when `path` cannot be written, before any work is done.
    static func checkWritable(_ path: String?) throws {
        guard let path, path != "-" else { return }
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.output(path, "the directory \(dir) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: dir) else {
            throw CLIError.output(path, "the directory \(dir) is not writable")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError.output(path, "is a directory")
        }
    }

    /// Writes `data` to `path`, or to standard output when `path` is nil or `-`.
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).netmap-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.output(path, "cannot be written")
        }
    }

    /// Makes `directory` if needed.
    static func makeDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIError.output(directory, "cannot create this directory")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw CLIError.output(directory, "is not writable")
        }
    }
}
