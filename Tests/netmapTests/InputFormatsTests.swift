import Foundation
import Testing

/// Inputs as users bring them: web pages, wrapped wire copy, and files netmap cannot read.
@Suite struct InputFormatsTests {
    @Test func aWebPageIsReadForItsArticleText() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("story.html")
        try Data("""
            <html><head><script>var a = "Boris Johnson met Joe Biden";</script></head><body>
            <nav>Angela Merkel met Joe Biden</nav><main><h1>Summit</h1>
            <p>German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.</p></main></body></html>
            """.utf8).write(to: page)
        let result = try CLI.run(["extract", "--format", "json", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("\"person:olaf-scholz\""))
        #expect(!result.text.contains("joe-biden"))
        #expect(!result.text.contains("boris-johnson"))
        // Spans count scalars of the extracted text: "Summit\n\n" comes first.
        #expect(result.text.contains("\"start\": 8"))
        let directory = try CLI.run(["extract", "--format", "text", dir.path])
        #expect(directory.text.contains("Emmanuel Macron — Olaf Scholz: met"))
    }

    @Test func filesNetmapCannotReadSayWhatToDo() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, [UInt8], String)] = [
            ("report.pdf", Array("%PDF-1.7\n".utf8) + [0, 1, 2], "pdftotext -layout"),
            ("memo.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4], "libreoffice --headless --convert-to txt"),
            ("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "save it as text"),
        ]
        for (name, bytes, advice) in cases {
            let file = dir.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let result = try CLI.run(["extract", file.path, "-o", dir.appendingPathComponent("out.json").path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(file.path) && result.stderr.contains(advice), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
        }
        let url = try CLI.run(["extract", "https://example.com/news/story"])
        #expect(url.status == 1)
        #expect(url.stderr.contains("does not download"))
    }

    @Test func wrappedWireCopyKeepsEvidenceSpansOnTheFile() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "LEADERS MEET\n\n    BONN, March 4 - West German Chancellor Helmut Kohl met French\nPresident Francois Mitterrand in Bonn today for talks on farm\nprices, officials said after the two men had lunch together.\n"
        let file = dir.appendingPathComponent("wire.txt")
        try Data(text.utf8).write(to: file)
        let result = try CLI.run(["extract", "--format", "json", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let relations = try #require(json["relations"] as? [[String: Any]])
        let met = try #require(relations.first { $0["kind"] as? String == "met" })
        let evidence = try #require((met["evidence"] as? [[String: Any]])?.first)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(evidence["start"] as? Int)
        let end = try #require(evidence["end"] as? Int)
        let slice = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(slice.hasPrefix("BONN, March 4 - West German Chancellor Helmut Kohl met French\nPresident"))
        #expect(slice.hasSuffix("had lunch together."))
        #expect((evidence["sentence"] as? String)?.contains("met French President Francois Mitterrand") == true)
    }
}
