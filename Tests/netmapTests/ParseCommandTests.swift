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

@Test func parseAsReadShowsTheTreesRelationsAreReadFrom() throws {
    let text = "The weather was fine. Russian President Vladimir Putin met Donald Trump in Alaska.\n"
    let result = try CLI.run(["parse", "--as-read", "-"], stdin: Data(text.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
    // Only the sentence that can state a relation, numbered as in the document.
    #expect(lines.contains("# sent_id = stdin-2"))
    #expect(!lines.contains { $0.hasPrefix("# sent_id = stdin-1") })
    let rows = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    // The title and name are one word: "Putin" heads them, and is the subject of "met".
    let putin = try #require(rows.first { $0[1] == "Putin" })
    #expect(putin[7] == "nsubj")
    #expect(putin[9].contains("Entity=person:vladimir-putin"))
    #expect(rows.first { $0[1] == "Vladimir" }?[7] == "flat")
    #expect(rows.first { $0[1] == "Trump" }?[9].contains("Entity=person:donald-trump") == true)
    // Token ranges still slice the input.
    let range = try #require(putin[9].split(separator: "|").first { $0.hasPrefix("TokenRange=") })
    let bounds = range.dropFirst("TokenRange=".count).split(separator: ":").compactMap { Int($0) }
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[bounds[0]..<bounds[1]])) == "Putin")
}
