import Foundation
import Testing

@Test func parseWritesCoNLLUForStandardInput() throws {
    let result = try CLI.run(["parse", "-"], stdin: Data("Putin met Trump in Alaska. Talks failed.\n".utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "# newdoc id = stdin")
    #expect(lines.contains("# sent_id = stdin-1"))
    #expect(lines.contains("# text = Putin met Trump in Alaska."))
    #expect(lines.contains("# sent_id = stdin-2"))
    let rows = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.count == 9)
    #expect(rows.allSatisfy { $0.count == 10 })
    #expect(rows.filter { $0[6] == "0" }.count == 2)
    #expect(rows[0][1] == "Putin" && rows[0][9] == "TokenRange=0:5")
    #expect(rows[6][1] == "Talks" && rows[6][9] == "TokenRange=27:32")
}

@Test func parseListsTreesAsText() throws {
    let result = try CLI.run(["parse", "--format", "text", "-"], stdin: Data("Putin met Trump.\n".utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.hasPrefix("Putin met Trump.\n"))
    #expect(result.text.contains("root"))
    #expect(result.text.contains("← 2 met"))
}

@Test func parseWritesToAFileAndRefusesGraphs() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.conllu")
    let result = try CLI.run(["parse", CLI.corpus, "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.components(separatedBy: "# newdoc id = ").count - 1 == 5)
    let graph = dir.appendingPathComponent("g.json")
    try "{}".write(to: graph, atomically: true, encoding: .utf8)
    let refused = try CLI.run(["parse", graph.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("is a graph file"))
}
