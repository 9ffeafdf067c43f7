import Foundation
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Compares `actual` with the golden file `Snapshots/<name>`. With NETMAP_RECORD=1 in the
/// environment the file is written instead (then read it through by hand before committing).
func expectSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["NETMAP_RECORD"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if actual != expected {
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? a[line] : "<end>"
        let want = line < e.count ? e[line] : "<end>"
        Issue.record("\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
    }
}

/// Whether `data` parses as XML.
func isWellFormedXML(_ data: Data) -> Bool {
    let parser = XMLParser(data: data)
    return parser.parse()
}

/// Runs xmllint against a schema if it is installed; nil when it is not.
func xmllint(_ data: Data, schema: String, relaxNG: Bool = false) throws -> (Bool, String)? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-\(UUID().uuidString).xml")
    try data.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try xmllint(files: [file.path], schema: schema, relaxNG: relaxNG)
}

/// Runs xmllint on `files` against a schema of the shared folder beside the checkout; nil when
/// xmllint or the schema is missing.
func xmllint(files: [String], schema: String, relaxNG: Bool = false) throws -> (Bool, String)? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return nil }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let schemaURL = root.deletingLastPathComponent().appendingPathComponent("shared/schemas").appendingPathComponent(schema)
    guard FileManager.default.fileExists(atPath: schemaURL.path) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = ["--nonet", "--noout", relaxNG ? "--relaxng" : "--schema", schemaURL.path] + files
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus == 0, String(decoding: output, as: UTF8.self))
}
