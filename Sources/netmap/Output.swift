import Foundation

/// Writes results whole or not at all: to a temporary file beside the target, renamed into
/// place once complete, so no partial file is ever left behind.
enum Output {
    /// Temporary files being written, removed if the run fails or is interrupted.
    nonisolated(unsafe) static var pending: Set<String> = []

    /// Fails early when `path` cannot be written, before any work is done.
    static func checkWritable(_ path: String?) throws {
        guard let path, path != "-" else { return }
        // A device or pipe (/dev/stdout, /dev/fd/3) is written to as it is, whoever owns its directory.
        if isSpecial(path) { return }
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
        // A device, pipe or socket (/dev/null, a FIFO) is written to as it is: renaming a file
        // over it would replace it.
        if isSpecial(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CLIError.output(path, "cannot be written") }
            handle.write(data)
            try? handle.close()
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).netmap-\(ProcessInfo.processInfo.processIdentifier).tmp")
        pending.insert(temporary.path)
        defer { pending.remove(temporary.path) }
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

    /// Whether `path` exists and is not a regular file or directory (a device, FIFO or socket).
    static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// Removes the temporary files of unfinished writes.
    static func discardPending() {
        for path in pending { unlink(path) }
        pending.removeAll()
    }

    /// On SIGINT or SIGTERM, removes unfinished files and exits (130 or 143), so that an
    /// interrupted run leaves no partial file behind.
    static func cleanUpOnSignals() {
        for (number, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                discardPending()
                exit(code)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

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
