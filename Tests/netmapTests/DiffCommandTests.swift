import Foundation
import Testing

private func source(_ name: String) -> String { CLI.corpus + "/" + name }

@Test func diffOfTwoArticlesNamesThemFromTheManifest() throws {
    let result = try CLI.run(["diff", source("002_ff4f40cad8484f26.txt"), source("003_6ebc1d0500e5683c.txt")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.hasPrefix("--- a: news-explainer ("))
    #expect(result.text.contains("+++ b: businessday ("))
    #expect(result.text.contains("\nsummary: entities "))
    // Each side's evidence sits under its relation lines.
    #expect(result.text.contains("      b: 003_6ebc1d0500e5683c ["))
}

@Test func diffIsDeterministicInEveryFormat() throws {
    for format in ["text", "json", "graphml"] {
        let args = ["diff", "--format", format, source("000_4008cd2bf745e1fb.txt"), source("004_b0de18ce0d959284.txt")]
        let first = try CLI.run(args), second = try CLI.run(args)
        #expect(first.status == 0, "\(format): \(first.stderr)")
        #expect(first.stdout == second.stdout, "\(format)")
    }
}

/// Two clusters meet in this drawing: the legend's frame and the box of entities without
/// relations. Graphviz ordered them by the addresses of their names, and these two articles
/// drew the box first on one run and the legend first on another.
@Test func aDrawnDiffWithEveryEntityIsTheSameOnEveryRun() throws {
    for format in ["dot", "svg"] {
        let args = ["diff", "--all-entities", "--format", format, source("000_4008cd2bf745e1fb.txt"), source("003_6ebc1d0500e5683c.txt")]
        let first = try CLI.run(args)
        #expect(first.status == 0, "\(format): \(first.stderr)")
        for _ in 1..<5 {
            #expect(try CLI.run(args).stdout == first.stdout, "\(format)")
        }
        // The legend is copied into the drawing first, the box after it.
        let legend = try #require(first.text.range(of: "cluster_netmap:legend"))
        let box = try #require(first.text.range(of: "cluster_unrelated"))
        #expect(legend.lowerBound < box.lowerBound, "\(format)")
    }
}

@Test func diffGraphMLMarksPresenceForGephi() throws {
    let result = try CLI.run(["diff", "--format", "graphml", source("002_ff4f40cad8484f26.txt"), source("003_6ebc1d0500e5683c.txt")])
    #expect(result.status == 0)
    #expect(result.text.contains("attr.name=\"presence\""))
    for value in ["a", "b", "changed"] {
        #expect(result.text.contains("<data key=\"node_presence\">\(value)</data>"), "\(value)")
    }
}

@Test func threeOrMoreSourcesGiveACoverageMatrix() throws {
    let result = try CLI.run(["diff", "--each", CLI.corpus])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.text.split(separator: "\n")
    #expect(lines[0] == "coverage: \(lines[0].split(separator: " ")[1]) relations in 5 sources (o occurred, p planned, ? proposed, x negated)")
    #expect(lines[1].contains("dublin-report") && lines[1].contains("businessday"))
    #expect(result.text.contains("similarity of sources"))
    let csv = try CLI.run(["diff", "--each", CLI.corpus, "--format", "csv"])
    #expect(csv.text.hasPrefix("kind,source,target,source_label,target_label,sources,dublin-report,"))
}

@Test func aSvgDiffHasALegendNamingBothSources() throws {
    let result = try CLI.run(["diff", "--format", "svg", "--name", "news-explainer=before", source("002_ff4f40cad8484f26.txt"), source("003_6ebc1d0500e5683c.txt")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("only in before"))
    #expect(result.text.contains("only in businessday"))
}

@Test func aMalformedGraphIsNamed() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("other-tool.json")
    try #"{"nodes": [], "links": []}"#.write(to: bad, atomically: true, encoding: .utf8)
    let result = try CLI.run(["diff", bad.path, source("003_6ebc1d0500e5683c.txt")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("other-tool.json: not a netmap JSON graph"))
}

@Test func oneSourceIsNotADiff() throws {
    let result = try CLI.run(["diff", source("003_6ebc1d0500e5683c.txt")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("a diff needs at least two sources"))
}
