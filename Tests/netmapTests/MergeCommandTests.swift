import Foundation
import Testing

/// Document graphs (`extract --format jsonl`) of JSON Lines records.
private func graphs(_ lines: String) throws -> Data {
    let result = try CLI.run(["extract", "--input-format", "jsonl", "--format", "jsonl", "--quiet", "-"], stdin: Data(lines.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
}

@Test func mergeReadsGraphLinesFromStandardInput() throws {
    let documents = try graphs("""
        {"id": "a", "text": "Angela Merkel met Emmanuel Macron in Berlin."}
        {"id": "b", "text": "Ronald Reagan met Mikhail Gorbachev in Geneva."}

        """)
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("graphs.jsonl")
    try documents.write(to: file)
    let piped = try CLI.run(["merge", "-"], stdin: documents)
    let named = try CLI.run(["merge", file.path])
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == named.stdout)
    #expect(piped.text.contains("person:mikhail-gorbachev"))
}

@Test func partialMergesInATreeGiveTheMergeOfAll() throws {
    // A lone "Smith" joins John Smith in the first half alone, but not once Jane Smith is met.
    let first = try graphs("""
        {"id": "a1", "text": "Mr Smith met President Reagan in Washington."}
        {"id": "a2", "text": "John Smith met Margaret Thatcher in London."}

        """)
    let second = try graphs("""
        {"id": "b1", "text": "Jane Smith met Helmut Kohl in Bonn."}

        """)
    let whole = try CLI.run(["merge", "--format", "text", "-"], stdin: first + second)
    #expect(whole.text.contains("  Smith  [person:smith]"), "\(whole.text)")
    func merged(_ graphs: Data, partial: Bool) throws -> Data {
        try CLI.run(["merge", "--format", "jsonl"] + (partial ? ["--partial"] : []) + ["-"], stdin: graphs).stdout
    }
    let tree = try CLI.run(["merge", "--format", "text", "-"], stdin: try merged(first, partial: true) + merged(second, partial: true))
    #expect(tree.stdout == whole.stdout)
    // Joined in each half, the surname is gone before the second Smith is seen.
    let early = try CLI.run(["merge", "--format", "text", "-"], stdin: try merged(first, partial: false) + merged(second, partial: false))
    #expect(early.stdout != whole.stdout)
}

@Test func aPartialExtractIsThePartialMergeOfItsDocuments() throws {
    let lines = """
        {"id": "a1", "text": "Mr Smith met President Reagan in Washington."}
        {"id": "a2", "text": "John Smith met Margaret Thatcher in London."}

        """
    let extracted = try CLI.run(["extract", "--input-format", "jsonl", "--partial", "--quiet", "-"], stdin: Data(lines.utf8))
    let merged = try CLI.run(["merge", "--partial", "--format", "json", "-"], stdin: try graphs(lines))
    #expect(extracted.status == 0, "\(extracted.stderr)")
    #expect(extracted.stdout == merged.stdout)
    #expect(extracted.text.contains("\"id\": \"person:smith\""))
}
