import Foundation
import Testing

/// A page with its drawing replaced by the ids of the nodes and edges it draws: the SVG carries
/// Graphviz's version and layout, which may differ between machines; the rest may not.
private func withoutDrawing(_ page: String) -> String {
    guard let start = page.range(of: "<svg"), let end = page.range(of: "</svg>") else { return page }
    let svg = String(page[start.lowerBound..<end.upperBound])
    let ids = svg.matches(of: /<g id="([nr][0-9]+)"/).map { String($0.output.1) }.sorted()
    return String(page[..<start.lowerBound]) + ids.joined(separator: " ") + String(page[end.upperBound...])
}

@Test func renderWritesOnePageTitledByItsOutputFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = dir.appendingPathComponent("alaska-2025.html")
    let result = try CLI.run(["render", "--format", "html", CLI.corpus, "-o", page.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h1 id=\"title\">alaska-2025</h1>"))
    #expect(html.contains("<svg"))
    #expect(html.contains("\"label\":\"Vladimir Putin\""))
}

@Test func thePageIsTheSameBytesEveryRun() throws {
    let args = ["render", "--format", "html", "--title", "t", CLI.corpus]
    let first = try CLI.run(args), second = try CLI.run(args)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
}

@Test func theCommittedPagesAreCurrent() throws {
    let story = CLI.root.appendingPathComponent("Graphs/alaska-2025")
    let diff = story.appendingPathComponent("diff")
    let cases: [(String, [String])] = [
        ("alaska-2025.html", ["render", "--format", "html", "--title", "alaska-2025", CLI.corpus]),
        ("diff/sources.html", ["diff", "--each", CLI.corpus, "--format", "html"]),
        ("diff/pre-vs-post-summit.html", [
            "diff", diff.appendingPathComponent("pre-summit.json").path, diff.appendingPathComponent("post-summit.json").path,
            "--format", "html",
        ]),
    ]
    for (file, args) in cases {
        let committed = try String(contentsOf: story.appendingPathComponent(file), encoding: .utf8)
        let result = try CLI.run(args)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(withoutDrawing(result.text) == withoutDrawing(committed), "Graphs/alaska-2025/\(file) is stale: run Scripts/make-graphs")
    }
}

@Test func diffWritesPagesForTwoSourcesAndForMany() throws {
    let pair = try CLI.run(["diff", "--format", "html", "--name", "news-explainer=before",
        CLI.corpus + "/002_ff4f40cad8484f26.txt", CLI.corpus + "/003_6ebc1d0500e5683c.txt"])
    #expect(pair.status == 0, "\(pair.stderr)")
    #expect(pair.text.contains("\"mode\":\"diff\""))
    #expect(pair.text.contains("\"sources\":[\"before\",\"businessday\"]"))
    let many = try CLI.run(["diff", "--format", "html", "--each", CLI.corpus])
    #expect(many.status == 0, "\(many.stderr)")
    #expect(many.text.contains("\"mode\":\"matrix\""))
}

@Test func aDOTFileIsNotMadeIntoAPage() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("g.dot")
    try "digraph { a -> b }".write(to: input, atomically: true, encoding: .utf8)
    let result = try CLI.run(["render", "--format", "html", input.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("an HTML page is made from a graph, not from DOT"))
}
