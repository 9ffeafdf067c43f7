import Foundation
import Testing

/// What a file's first bytes say it is.
private func kind(_ data: Data) -> String {
    let text = String(decoding: data.prefix(400), as: UTF8.self)
    if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "png" }
    if data.starts(with: Array("%PDF".utf8)) { return "pdf" }
    if text.hasPrefix("<!DOCTYPE html>") { return "html" }
    if text.contains("<svg") { return "svg" }
    if text.contains("<graphml") { return "graphml" }
    if text.contains("<gexf") { return "gexf" }
    if text.hasPrefix("digraph") { return "dot" }
    if text.hasPrefix("{\"documents\"") { return "jsonl" }
    if text.hasPrefix("{") { return "json" }
    if text.hasPrefix("People (") || text.hasPrefix("--- a:") { return "text" }
    return "unknown"
}

private let pre = CLI.root.appendingPathComponent("Graphs/alaska-2025/diff/pre-summit.json").path
private let post = CLI.root.appendingPathComponent("Graphs/alaska-2025/diff/post-summit.json").path

@Test func renderWritesTheFormatItsFileNameSays() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, expected) in [("a.png", "png"), ("a.pdf", "pdf"), ("a.svg", "svg"), ("a.dot", "dot"), ("a.gv", "dot"), ("a.html", "html"), ("A.PNG", "png")] {
        let file = dir.appendingPathComponent(name)
        let result = try CLI.run(["render", post, "-o", file.path])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(kind(try Data(contentsOf: file)) == expected, "\(name)")
    }
}

@Test func diffWritesTheFormatItsFileNameSays() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let cases = [
        ("d.png", "png"), ("d.pdf", "pdf"), ("d.svg", "svg"), ("d.dot", "dot"), ("d.graphml", "graphml"), ("d.gexf", "gexf"),
        ("d.json", "json"), ("d.txt", "text"), ("d.html", "html"),
    ]
    for (name, expected) in cases {
        let file = dir.appendingPathComponent(name)
        let result = try CLI.run(["diff", pre, post, "-o", file.path])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(kind(try Data(contentsOf: file)) == expected, "\(name)")
    }
}

@Test func extractAndConvertWriteTheFormatTheirFileNameSays() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let cases = [("g.graphml", "graphml"), ("g.gexf", "gexf"), ("g.json", "json"), ("g.jsonl", "jsonl"), ("g.dot", "dot"), ("g.txt", "text")]
    for (name, expected) in cases {
        let file = dir.appendingPathComponent(name)
        let result = try CLI.run(["extract", CLI.corpus + "/003_6ebc1d0500e5683c.txt", "-o", file.path])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(kind(try Data(contentsOf: file)) == expected, "extract \(name)")
        let converted = dir.appendingPathComponent("c-" + name)
        #expect(try CLI.run(["convert", post, "-o", converted.path]).status == 0)
        #expect(kind(try Data(contentsOf: converted)) == expected, "convert \(name)")
    }
}

@Test func aFormatThatDisagreesWithTheFileNameIsAnError() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("out.png")
    let result = try CLI.run(["render", "--format", "svg", post, "-o", file.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--format svg disagrees with the file's extension .png"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: file.path))
    let unknown = try CLI.run(["extract", CLI.corpus, "-o", dir.appendingPathComponent("out.xyz").path])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("cannot tell the format from .xyz"), "\(unknown.stderr)")
}

@Test func formatNamesTakeAnyCase() throws {
    let result = try CLI.run(["render", "--format", "SVG", post])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(kind(result.stdout) == "svg")
    #expect(kind(try CLI.run(["convert", "--format", "GraphML", post]).stdout) == "graphml")
}

@Test func binaryOutputIsNeverWrittenToATerminal() throws {
    // script(1) gives netmap a terminal as its standard output.
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", "\(CLI.binary.path) render --format png \(post)", "/dev/null"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(text.contains("png is binary and is not written to a terminal: give -o FILE"), "\(text)")
    #expect(!text.contains("PNG"))
    // A pipe takes it.
    #expect(kind(try CLI.run(["render", "--format", "png", post]).stdout) == "png")
}

@Test func csvRefusesAFileNameAndWritesADirectory() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("graph.csv").path
    let refused = try CLI.run(["extract", CLI.corpus, "--format", "csv", "-o", file])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("graph.csv: csv writes a directory (nodes.csv, edges.csv): name it without an extension"))
    #expect(!FileManager.default.fileExists(atPath: file))
    let tables = dir.appendingPathComponent("tables").path
    let written = try CLI.run(["extract", CLI.corpus, "--format", "csv", "-o", tables])
    #expect(written.status == 0, "\(written.stderr)")
    let edges = try String(contentsOfFile: tables + "/edges.csv", encoding: .utf8)
    // Symmetric kinds are undirected, the others directed.
    #expect(edges.contains(",Undirected,met:"))
    #expect(edges.contains(",Directed,leader_of:"))
}
