import Foundation

/// Runs the built `netmap` binary, as a user would.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NETMAP_BINARY"] { return URL(fileURLWithPath: path) }
        return root.appendingPathComponent(".build/debug/netmap")
    }

    static var corpus: String { root.appendingPathComponent("Graphs/alaska-2025/sources").path }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = root
        let out = Pipe()
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? FileManager.default.removeItem(at: errURL) }
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension CLI {
    struct Measured {
        var status: Int32
        var peakMegabytes: Int
        var stderr: String
    }

    /// Runs netmap with its output thrown away and reports its peak resident memory.
    static func runMeasuringMemory(_ arguments: [String]) throws -> Measured {
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-stderr-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.fileReadUnknown) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        // ru_maxrss is in kilobytes on Linux.
        return Measured(status: (status >> 8) & 0xFF, peakMegabytes: usage.ru_maxrss / 1024, stderr: stderr)
    }

    /// Runs netmap as the unprivileged user `nobody` when the tests run as root (root reads
    /// every file, whatever its permissions), else as it is.
    static func runUnprivileged(_ arguments: [String]) throws -> Result {
        guard geteuid() == 0 else { return try run(arguments) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension CLI {
    /// Runs netmap with its standard error on a terminal (a pseudo-terminal made by util-linux's
    /// `script`), as a user at a terminal sees it, its standard input and output elsewhere;
    /// returns the exit status and what reached the terminal (lines end in `\r\n` there).
    static func runOnTerminal(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", quoted.joined(separator: " ") + " </dev/null >/dev/null", "/dev/null"]
        process.currentDirectoryURL = root
        process.standardInput = FileHandle.nullDevice
        let seen = Pipe()
        process.standardOutput = seen
        try process.run()
        let data = seen.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
