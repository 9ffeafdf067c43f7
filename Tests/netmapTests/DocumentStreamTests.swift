import Foundation
import Testing

/// JSON Lines records as the tests write them: each with an id unless `id` is nil.
private func records(_ texts: [(id: String?, text: String)]) -> String {
    texts.map { record in
        var object: [String: String] = ["text": record.text]
        if let id = record.id { object["id"] = id }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }.joined()
}

private let news: [(id: String?, text: String)] = [
    ("a", "Angela Merkel met Emmanuel Macron in Berlin."),
    (nil, "Ronald Reagan met Mikhail Gorbachev in Geneva."),
    ("c", "Margaret Thatcher met Helmut Kohl in London."),
]

@Test func jsonLinesOnStandardInputGiveTheGraphOfTheSameFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Named stdin.jsonl, so that the record without an id is named as on stdin: stdin-2.
    let file = dir.appendingPathComponent("stdin.jsonl")
    try records(news).write(to: file, atomically: true, encoding: .utf8)
    let piped = try CLI.run(["extract", "--input-format", "jsonl", "--quiet", "-"], stdin: Data(records(news).utf8))
    let named = try CLI.run(["extract", "--quiet", file.path])
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == named.stdout)
    #expect(piped.text.contains("\"name\": \"stdin-2\""))
    let lines = try CLI.run(["extract", "--input-format", "jsonl", "--format", "jsonl", "--quiet", "-"], stdin: Data(records(news).utf8))
    #expect(lines.text.split(separator: "\n").count == 3)
}

@Test func standardInputIsTextUnlessToldOtherwise() throws {
    let result = try CLI.run(["extract", "--format", "text", "--quiet", "-"], stdin: Data(records(news).utf8))
    #expect(result.status == 0)
    // Read as text, the records' JSON is one document named stdin.
    #expect(result.text.contains("Angela Merkel — Emmanuel Macron: met (occurred), stdin\n"))
}

@Test func badRecordsGoToTheRejectsFileAndTheRunGoesOn() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let good = records(news)
    let goodLines = good.split(separator: "\n", omittingEmptySubsequences: false)
    // The bad records where the good file has blank lines, so that line numbers agree.
    let bad = [
        String(goodLines[0]), "{\"id\": \"broken\", \"text\": ", String(goodLines[1]), "{\"id\": \"b\", \"body\": \"no text\"}",
        "{\"id\": \"blank\", \"text\": \" \\n\\t\"}", "{\"id\": 7, \"text\": \"A number for an id.\"}", String(goodLines[2]), "",
    ].joined(separator: "\n")
    let rejects = dir.appendingPathComponent("rejects.jsonl")
    let result = try CLI.run(["extract", "--input-format", "jsonl", "--rejects", rejects.path, "-"], stdin: Data(bad.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    // Not on a terminal: no summary; the rejects file says what was left out.
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let written = try String(contentsOf: rejects, encoding: .utf8)
    #expect(written == """
        {"error":"is not a JSON object with a \\"text\\" string","input":"stdin","line":2}
        {"error":"is not a JSON object with a \\"text\\" string","id":"b","input":"stdin","line":4}
        {"error":"has no text (its \\"text\\" is empty or white space)","id":"blank","input":"stdin","line":5}
        {"error":"is not a JSON object with a \\"text\\" string","input":"stdin","line":6}

        """)
    // The graph is that of the good records alone, with the same names.
    let spaced = [String(goodLines[0]), "", String(goodLines[1]), "", "", "", String(goodLines[2]), ""].joined(separator: "\n")
    let clean = try CLI.run(["extract", "--input-format", "jsonl", "-"], stdin: Data(spaced.utf8))
    #expect(result.stdout == clean.stdout)
}

@Test func withoutRejectsABadRecordStopsTheRunAndABlankOneIsSkipped() throws {
    let broken = try CLI.run(["extract", "--input-format", "jsonl", "-"], stdin: Data("{\"text\": \"Reagan met Gorbachev.\"}\n[1, 2]\n".utf8))
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("stdin line 2: is not a JSON object with a \"text\" string"), "\(broken.stderr)")
    let blank = try CLI.run(
        ["extract", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: Data("{\"text\": \"\"}\n\(records(news))".utf8))
    #expect(blank.status == 0)
    #expect(blank.stderr.contains("stdin line 1: has no text (its \"text\" is empty or white space); skipped"), "\(blank.stderr)")
    #expect(blank.text.split(separator: "\n").count == 3)
}

@Test func aLineOverTheLimitIsRejectedAndTheNextOneRead() throws {
    var input = Data("{\"id\": \"long\", \"text\": \"".utf8)
    input.append(Data(repeating: UInt8(ascii: "a"), count: 65 << 20))
    input.append(Data("\"}\n\(records(news))".utf8))
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rejects = dir.appendingPathComponent("rejects.jsonl")
    let result = try CLI.run(
        ["extract", "--input-format", "jsonl", "--format", "jsonl", "--rejects", rejects.path, "-"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.split(separator: "\n").count == 3)
    #expect(try String(contentsOf: rejects, encoding: .utf8).hasPrefix("{\"error\":\"is longer than 64 MB; give so long a text as a .txt file\",\"input\":\"stdin\",\"line\":1}\n"))
}
