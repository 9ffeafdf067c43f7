import Foundation
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of every `<title>` in an SVG: Graphviz names each node and edge there.
private final class TitleReader: NSObject, XMLParserDelegate {
    var titles: [String] = []
    private var text: String?

    static func titles(_ data: Data) -> [String] {
        let reader = TitleReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        _ = parser.parse()
        return reader.titles
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "title" { text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let text { titles.append(text) }
        text = nil
    }
}

@Test func renderDrawsTheBundledCorpusAsSVG() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let svg = dir.appendingPathComponent("alaska.svg")
    let result = try CLI.run(["render", "--format", "svg", CLI.corpus, "-o", svg.path])
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: svg)
    #expect(XMLParser(data: data).parse())
    let titles = TitleReader.titles(data)
    for id in ["person:donald-trump", "person:vladimir-putin", "state:ukraine"] {
        #expect(titles.contains(id), "\(id)")
    }
}

@Test func renderReadsGraphFilesNetmapWrote() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for format in ["json", "graphml"] {
        let graph = dir.appendingPathComponent("g.\(format)")
        #expect(try CLI.run(["extract", "--format", format, CLI.corpus, "-o", graph.path]).status == 0)
        let result = try CLI.run(["render", "--format", "svg", graph.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(TitleReader.titles(result.stdout).contains("person:donald-trump"))
    }
}

@Test func anUnreadableGraphFileIsNamed() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("broken.graphml")
    try "<graphml><graph>".write(to: bad, atomically: true, encoding: .utf8)
    let svg = dir.appendingPathComponent("out.svg")
    let result = try CLI.run(["render", bad.path, "-o", svg.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("broken.graphml: not a netmap GraphML graph: XML error at line"))
    #expect(!FileManager.default.fileExists(atPath: svg.path))
}

@Test func aLayoutThatRunsTooLongEndsWithAHint() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // A random graph of 1,500 nodes: dot needs far longer than a second for it.
    var generator = SystemRandomNumberGenerator()
    var dot = "digraph g {\n"
    for i in 0..<1500 {
        for _ in 0..<2 { dot += "  n\(i) -> n\(Int.random(in: 0..<1500, using: &generator));\n" }
    }
    dot += "}\n"
    let input = dir.appendingPathComponent("big.dot")
    try dot.write(to: input, atomically: true, encoding: .utf8)
    let output = dir.appendingPathComponent("big.svg")
    let result = try CLI.run(["render", "--engine", "dot", "--timeout", "1", input.path, "-o", output.path])
    #expect(result.status == 3)
    #expect(result.stderr.contains("did not finish in 1 s; try --engine sfdp"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["big.dot"])
}

@Test func aMissingPluginConfigurationIsExplained() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let plugins = dir.appendingPathComponent("no-plugins")
    try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
    let output = dir.appendingPathComponent("out.svg")
    let result = try CLI.run(
        ["render", "Graphs/alaska-2025/alaska-2025.json", "-o", output.path], environment: ["GVBINDIR": plugins.path])
    #expect(result.status == 3)
    #expect(result.stderr.contains("plugin configuration is missing or empty"), "\(result.stderr)")
    #expect(result.stderr.contains("dot -c"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
}

@Test func aGraphvizErrorIsReportedWithGraphvizsMessage() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("broken.dot")
    try "digraph { a -> ; }".write(to: input, atomically: true, encoding: .utf8)
    let output = dir.appendingPathComponent("out.svg")
    let result = try CLI.run(["render", input.path, "-o", output.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("syntax error"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
}

@Test func entitiesWithoutRelationsAreCountedNotDrawn() throws {
    let result = try CLI.run(["render", "--format", "svg", CLI.corpus])
    #expect(result.status == 0, "\(result.stderr)")
    let titles = TitleReader.titles(result.stdout)
    #expect(titles.contains("person:donald-trump"))
    #expect(!titles.contains("organisation:getty-images"))
    // Graphviz writes a hyphen in SVG text as &#45;.
    #expect(result.text.contains("more entities without relations; &#45;&#45;all&#45;entities draws them"))
    let all = try CLI.run(["render", "--format", "svg", "--all-entities", CLI.corpus])
    #expect(TitleReader.titles(all.stdout).contains("organisation:getty-images"))
    #expect(!all.text.contains("without relations;"))
    #expect(all.text.contains("mentioned, no relation found"))
}

/// What an SVG drawing says, without where: its node and edge names and its words, sorted.
private func content(_ svg: Data) -> [String] {
    let text = String(decoding: svg, as: UTF8.self)
    return (TitleReader.titles(svg) + text.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.output.1) }).sorted()
}

@Test func theCommittedDrawingsAreCurrent() throws {
    let story = CLI.root.appendingPathComponent("Graphs/alaska-2025")
    let diff = story.appendingPathComponent("diff")
    let cases: [(String, [String])] = [
        ("alaska-2025.svg", ["render", "--title", "alaska-2025", CLI.corpus, "--format", "svg"]),
        ("diff/sources.svg", ["diff", "--each", CLI.corpus, "--format", "svg"]),
        ("diff/pre-vs-post-summit.svg", [
            "diff", diff.appendingPathComponent("pre-summit.json").path, diff.appendingPathComponent("post-summit.json").path,
            "--format", "svg",
        ]),
    ]
    for (file, args) in cases {
        let committed = try Data(contentsOf: story.appendingPathComponent(file))
        let result = try CLI.run(args)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(content(result.stdout) == content(committed), "Graphs/alaska-2025/\(file) is stale: run Scripts/make-graphs")
    }
    for file in ["alaska-2025.png", "diff/pre-vs-post-summit.png"] {
        let png = try Data(contentsOf: story.appendingPathComponent(file))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(file)")
    }
}

/// The BBC politics articles of ../shared beside the checkout (research only: only drawings of
/// them are committed), and the committed drawings of the first 30 and 200.
private enum BBCPolitics {
    static let directory = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc/politics")
    static let committed = CLI.root.appendingPathComponent("Graphs/bbc-politics")
    static var available: Bool { FileManager.default.fileExists(atPath: directory.path) }

    /// The first `count` articles by name, as Scripts/make-graphs picks them (relative paths).
    static func articles(_ count: Int) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.prefix(count).map { "../shared/corpus/bbc/politics/\($0)" }
    }

    /// The SHA-256 of an SVG's `<title>` and `<text>` strings sorted bytewise, a newline after
    /// each, as Scripts/make-graphs writes it to content.sha256.
    static func contentDigest(_ svg: Data) throws -> String {
        let text = String(decoding: svg, as: UTF8.self)
        let strings = text.matches(of: /<title>([^<]*)<\/title>/).map { String($0.output.1) }
            + text.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.output.1) }
        let lines = strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { $0 + "\n" }.joined()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(lines.utf8))
        try input.fileHandleForWriting.close()
        let digest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: digest, as: UTF8.self).prefix(64))
    }
}

@Test(.enabled(if: BBCPolitics.available, "../shared is not beside the checkout: the BBC articles drawn in Graphs/bbc-politics are there"))
func theCommittedBBCDrawingsAreCurrent() throws {
    let recorded = try String(contentsOf: BBCPolitics.committed.appendingPathComponent("content.sha256"), encoding: .utf8)
    let digests = Dictionary(uniqueKeysWithValues: recorded.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
        let fields = $0.split(separator: " ")
        return (String(fields[0]), String(fields[1]))
    })
    #expect(digests.count == 2)
    for count in [30, 200] {
        let file = "bbc-politics-\(count).png"
        let png = try Data(contentsOf: BBCPolitics.committed.appendingPathComponent(file))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(file)")
        let result = try CLI.run(["render", "--title", "BBC politics, \(count) articles"] + BBCPolitics.articles(count) + ["--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(TitleReader.titles(result.stdout).count > 2 * count / 3, "\(file): fewer nodes and edges than expected")
        #expect(try BBCPolitics.contentDigest(result.stdout) == digests[file], "Graphs/bbc-politics/\(file) is stale: run Scripts/make-graphs")
    }
}
