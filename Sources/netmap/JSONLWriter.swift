import Foundation

/// Writes JSON Lines to a temporary file beside the target, renamed into place at the end; or
/// straight to stdout.
final class JSONLWriter {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle

    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            self.temporary = nil
            self.handle = FileHandle.standardOutput
            return
        }
        if Output.isSpecial(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CLIError.output(path, "cannot be written") }
            self.path = nil
            self.temporary = nil
            self.handle = handle
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).netmap-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CLIError.output(path, "cannot be written")
        }
        self.path = path
        self.temporary = temporary
        self.handle = handle
        Output.pending.insert(temporary)
    }

    func append(_ line: Data) throws {
        handle.write(line)
    }

    func finish() throws {
        guard let path, let temporary else { return }
        try handle.close()
        Output.pending.remove(temporary)
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CLIError.output(path, "cannot be written")
        }
    }
}
