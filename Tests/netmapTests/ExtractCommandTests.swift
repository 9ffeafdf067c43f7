import Foundation
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

@Test func extractWritesOneGraphMLPerDocument() throws {
    let out = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLI.run(["extract", "--format", "graphml", "--output-dir", out.path, CLI.corpus])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files.count == 5)
    #expect(files.allSatisfy { $0.hasSuffix(".graphml") })
    for file in files {
        let data = try Data(contentsOf: out.appendingPathComponent(file))
        #expect(XMLParser(data: data).parse(), "\(file) is not well-formed")
        #expect(String(decoding: data, as: UTF8.self).contains("<node id=\"person:vladimir-putin\">"), "\(file)")
    }
}

@Test func extractIsDeterministic() throws {
    let a = try CLI.run(["extract", "--format", "json", CLI.corpus])
    let b = try CLI.run(["extract", "--format", "json", CLI.corpus])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.count > 1000)
}

@Test func extractReadsStandardInput() throws {
    let result = try CLI.run(["extract", "--format", "text", "-"], stdin: Data("Angela Merkel met Emmanuel Macron in Berlin.".utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Angela Merkel — Emmanuel Macron: met (occurred), stdin"))
}

@Test func theCommittedExampleGraphsAreCurrent() throws {
    let graphs = CLI.root.appendingPathComponent("Graphs/alaska-2025")
    for format in ["json", "graphml"] {
        let committed = try Data(contentsOf: graphs.appendingPathComponent("alaska-2025.\(format)"))
        let result = try CLI.run(["extract", "--format", format, CLI.corpus])
        #expect(result.status == 0)
        #expect(result.stdout == committed, "Graphs/alaska-2025/alaska-2025.\(format) is stale: run Scripts/make-graphs")
    }
}

@Test func aMissingFileIsNamedAndFails() throws {
    let result = try CLI.run(["extract", "no/such/file.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no/such/file.txt: no such file or directory"))
}

@Test func emptyAndBinaryFilesAreRefusedAndNoOutputIsLeft() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.txt")
    let binary = dir.appendingPathComponent("image.txt")
    try Data().write(to: empty)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]).write(to: binary)
    let output = dir.appendingPathComponent("out.json")
    for (file, message) in [(empty, "is empty"), (binary, "binary")] {
        let result = try CLI.run(["extract", file.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(file.path))
        #expect(result.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(Set(leftovers) == ["empty.txt", "image.txt"])
}

@Test func anUnwritableOutputFailsBeforeAnyWork() throws {
    let result = try CLI.run(["extract", CLI.corpus, "-o", "/no/such/dir/out.json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("/no/such/dir/out.json"))
}

@Test func aBadLexiconRowIsNamedWithItsLine() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let lexicon = dir.appendingPathComponent("extra.lexicon")
    try "# extra names\n[people]\njane-roe | Jane Roe\n".write(to: lexicon, atomically: true, encoding: .utf8)
    let result = try CLI.run(["extract", "--lexicon", lexicon.path, CLI.corpus])
    #expect(result.status == 1)
    #expect(result.stderr.contains("extra.lexicon: people table, line 3: expected 3 columns, found 2"))
}

@Test func aUserLexiconAddsPeople() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let lexicon = dir.appendingPathComponent("extra.lexicon")
    try "[people]\nqx-zorblat | Qx Zorblat | Zorblat\n".write(to: lexicon, atomically: true, encoding: .utf8)
    let result = try CLI.run(["extract", "--lexicon", lexicon.path, "--format", "text", "-"], stdin: Data("Zorblat spoke.".utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Qx Zorblat  [person:qx-zorblat]"))
}

@Test func everyExportPassesTheRealReaders() throws {
    let out = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let process = Process()
    process.executableURL = CLI.root.appendingPathComponent("Scripts/check-exports")
    process.arguments = [out.path]
    process.currentDirectoryURL = CLI.root
    // The suite's own build: building another one while the suite runs would wait on its lock.
    var environment = ProcessInfo.processInfo.environment
    environment["NETMAP_BINARY"] = CLI.binary.path
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let failures = output.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    #expect(process.terminationStatus == 0, "\(output.suffix(400))")
    let skipped = output.split(separator: "\n").filter { $0.hasPrefix("skip") }
    if !skipped.isEmpty { print("check-exports skipped readers it could not install:\n\(skipped.joined(separator: "\n"))") }
    #expect(output.contains(" passed, 0 failed"))
}

@Test func anyNumberOfJobsGivesTheSameGraph() throws {
    let one = try CLI.run(["extract", "--jobs", "1", "--quiet", CLI.corpus])
    let two = try CLI.run(["extract", "--jobs", "2", "--quiet", CLI.corpus])
    let three = try CLI.run(["extract", "--jobs", "3", "--quiet", CLI.corpus])
    #expect(one.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(one.stdout == three.stdout)
}

@Test func jsonLinesInAndOutFoldBackIntoTheMergedGraph() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // The bundled texts as JSON Lines.
    var lines = ""
    for name in try FileManager.default.contentsOfDirectory(atPath: CLI.corpus).sorted() where name.hasSuffix(".txt") {
        let text = try String(contentsOfFile: CLI.corpus + "/" + name, encoding: .utf8)
        let record = try JSONSerialization.data(withJSONObject: ["id": String(name.dropLast(4)), "text": text], options: [.sortedKeys])
        lines += String(decoding: record, as: UTF8.self) + "\n"
    }
    let input = dir.appendingPathComponent("corpus.jsonl")
    try lines.write(to: input, atomically: true, encoding: .utf8)
    let graphs = dir.appendingPathComponent("graphs.jsonl")
    let map = try CLI.run(["extract", "--format", "jsonl", "--quiet", input.path, "-o", graphs.path])
    #expect(map.status == 0, "\(map.stderr)")
    #expect(try String(contentsOf: graphs, encoding: .utf8).split(separator: "\n").count == 5)
    let reduce = try CLI.run(["merge", graphs.path])
    let direct = try CLI.run(["extract", "--quiet", CLI.corpus])
    #expect(reduce.status == 0, "\(reduce.stderr)")
    #expect(reduce.stdout == direct.stdout)
}

@Test func aBadJSONLineIsNamedWithItsNumber() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news.jsonl")
    try "{\"id\": \"a\", \"text\": \"Angela Merkel met Emmanuel Macron.\"}\n{\"id\": \"b\", \"body\": \"no text\"}\n"
        .write(to: input, atomically: true, encoding: .utf8)
    let output = dir.appendingPathComponent("out.jsonl")
    let result = try CLI.run(["extract", "--format", "jsonl", input.path, "-o", output.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("news.jsonl line 2: is not a JSON object with a \"text\" string"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["news.jsonl"])
}

@Test func aPipeAsOutputIsWrittenToNotReplaced() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("pipe")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    // The reader must open the pipe while netmap writes into it.
    nonisolated(unsafe) var received = Data()
    let reader = Thread {
        if let handle = FileHandle(forReadingAtPath: fifo.path) { received = handle.readDataToEndOfFile() }
    }
    reader.start()
    let result = try CLI.run(["extract", "--quiet", CLI.corpus, "-o", fifo.path])
    let deadline = Date().addingTimeInterval(20)
    while !reader.isFinished, Date() < deadline { usleep(10_000) }
    #expect(reader.isFinished, "nothing was written into the pipe")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(received.count > 1000)
    var info = stat()
    #expect(stat(fifo.path, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFIFO)
}

@Test func aSymlinkLoopInADirectoryEnds() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let inner = dir.appendingPathComponent("a")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try "Angela Merkel met Emmanuel Macron.".write(to: inner.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(at: inner.appendingPathComponent("back"), withDestinationURL: dir)
    let result = try CLI.run(["extract", "--quiet", "--format", "text", dir.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Angela Merkel — Emmanuel Macron: met (occurred), x"))
}

@Test func invalidUTF8IsRefusedWithTheOffsetOfTheBadByte() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("latin1.txt")
    try Data("café ok ".utf8 + [0xE2, 0x82] + Array(" more".utf8)).write(to: file)
    let result = try CLI.run(["extract", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("latin1.txt: is not valid UTF-8 text (first bad byte at offset 9)"))
}
