import Foundation
import Testing

// What netmap does with inputs that are large, many, deep, odd or unreadable: bounded memory,
// no hang, a clear message naming the file.

/// Writes `parts` to `url` in order, each repeated as often as asked, without holding the
/// whole file in memory.
private func write(_ url: URL, _ parts: [(String, Int)]) throws {
    FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    for (text, count) in parts {
        let block = Data(String(repeating: text, count: min(count, 1 << 20)).utf8)
        var left = count
        while left > 0 {
            let n = min(left, 1 << 20)
            handle.write(n == min(count, 1 << 20) ? block : Data(String(repeating: text, count: n).utf8))
            left -= n
        }
    }
}

private func relations(_ json: Data) throws -> [[String: Any]] {
    let graph = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    return try #require(graph["relations"] as? [[String: Any]])
}

@Test func aTwoHundredMegabyteLineIsReadInPartsInBoundedMemory() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("one-line.txt")
    let head = "Vladimir Putin met Donald Trump in Alaska. "
    let middle = "Emmanuel Macron met Olaf Scholz in Paris."
    let half = 100 << 20
    try write(file, [(head, 1), (" ", half), (middle, 1), (" ", half), ("Kim Jong-un met Xi Jinping.", 1)])
    let output = dir.appendingPathComponent("out.json")
    let run = try CLI.runMeasuringMemory(["extract", "--quiet", file.path, "-o", output.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.peakMegabytes < 300, "peak memory \(run.peakMegabytes) MB")
    let found = try relations(Data(contentsOf: output))
    let starts = found.compactMap { ($0["evidence"] as? [[String: Any]])?.first?["start"] as? Int }.sorted()
    // Evidence spans count from the start of the file, in Unicode scalars, across parts.
    #expect(starts == [0, head.count + half, head.count + 2 * half + middle.count])
}

@Test func aDirectoryOfThousandsOfFilesIsReadWhole() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let people = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Vladimir Putin", "Donald Trump", "Xi Jinping"]
    for n in 0..<3000 {
        let a = people[n % people.count], b = people[(n / people.count + n + 1) % people.count]
        try "\(a) met \(b) on day \(n).".write(to: dir.appendingPathComponent(String(format: "%04d.txt", n)), atomically: false, encoding: .utf8)
    }
    let output = dir.appendingPathComponent("out.json")
    let run = try CLI.runMeasuringMemory(["extract", dir.path, "-o", output.path, "--jobs", "2"])
    #expect(run.status == 0, "\(run.stderr)")
    // Not on a terminal, so no summary: the graph's documents are counted below.
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.peakMegabytes < 300, "peak memory \(run.peakMegabytes) MB")
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
    #expect((graph["documents"] as? [Any])?.count == 3000)
}

@Test func aFileDeepInNestedDirectoriesIsFound() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var deep = dir
    for level in 0..<120 { deep.appendPathComponent("level\(level)") }
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    try "Angela Merkel met Emmanuel Macron.".write(to: deep.appendingPathComponent("deep.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["extract", "--quiet", "--format", "text", dir.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Angela Merkel — Emmanuel Macron: met (occurred), deep"))
}

@Test func unreadableFilesAreNamedAndSkippedInADirectory() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    let good = dir.appendingPathComponent("good.txt"), locked = dir.appendingPathComponent("locked.txt")
    try "Angela Merkel met Emmanuel Macron.".write(to: good, atomically: true, encoding: .utf8)
    try "Olaf Scholz met Xi Jinping.".write(to: locked, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: good.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
    // Root reads every file; the test runs netmap as nobody then.
    let named = try CLI.runUnprivileged(["extract", "--quiet", locked.path, "-o", "-"])
    #expect(named.status == 1)
    #expect(named.stderr.contains("locked.txt: cannot be read"), "\(named.stderr)")
    let walked = try CLI.runUnprivileged(["extract", "--quiet", "--format", "text", dir.path, "-o", "-"])
    #expect(walked.status == 0, "\(walked.stderr)")
    #expect(walked.stderr.contains("locked.txt: cannot be read; skipped"))
    #expect(walked.text.contains("Angela Merkel — Emmanuel Macron"))
    #expect(!walked.text.contains("Scholz"))
}

@Test func pipesInADirectoryAreSkippedNotWaitedOn() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Angela Merkel met Emmanuel Macron.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    #expect(mkfifo(dir.appendingPathComponent("fifo.txt").path, 0o644) == 0)
    let result = try CLI.run(["extract", "--format", "text", dir.path, "-o", "-"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("fifo.txt: not a regular file"))
    #expect(result.text.contains("Angela Merkel — Emmanuel Macron"))
}

@Test func aNULByteAnywhereMakesABinaryFileSkippedInADirectory() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Angela Merkel met Emmanuel Macron.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let late = Data(String(repeating: "Olaf Scholz met Xi Jinping. ", count: 1000).utf8) + Data([0]) + Data("end".utf8)
    try late.write(to: dir.appendingPathComponent("b.txt"))
    let walked = try CLI.run(["extract", "--format", "text", dir.path, "-o", "-"])
    #expect(walked.status == 0)
    #expect(walked.stderr.contains("b.txt: is a binary file (NUL byte at offset 28000), not text; skipped"), "\(walked.stderr)")
    #expect(!walked.text.contains("Scholz"))
    let named = try CLI.run(["extract", dir.appendingPathComponent("b.txt").path, "-o", "-"])
    #expect(named.status == 1)
    #expect(named.stderr.contains("b.txt: is a binary file (NUL byte at offset 28000)"))
}

@Test func aLongBadFileInADirectoryIsSkippedWhole() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Angela Merkel met Emmanuel Macron.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    // Good text for the first parts, a bad byte after 5 MB: nothing of the file is used.
    let file = dir.appendingPathComponent("long.txt")
    try write(file, [("Olaf Scholz met Xi Jinping. ", 200_000)])
    let handle = try FileHandle(forWritingTo: file)
    try handle.seekToEnd()
    handle.write(Data([0xFF]))
    try handle.close()
    let result = try CLI.run(["extract", "--format", "text", dir.path, "-o", "-"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("long.txt: is not valid UTF-8 text (first bad byte at offset 5600000); skipped"), "\(result.stderr)")
    #expect(!result.text.contains("Scholz"))
}

@Test func aLongGoodFileInADirectoryIsReadWhateverCharacterEndsIt() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Checked in reads of 1 MB: characters of two, three and four bytes across their ends.
    try write(dir.appendingPathComponent("long.txt"), [("Olaf Scholz met Xi Jinping in Zürich — 🙂. ", 60_000), ("Café", 1)])
    let result = try CLI.run(["extract", "--format", "text", dir.path, "-o", "-"])
    #expect(result.status == 0)
    #expect(!result.stderr.contains("skipped"), "\(result.stderr)")
    #expect(result.text.contains("Olaf Scholz — Xi Jinping: met"))
}

@Test func aJSONLineLongerThanTheLimitIsNamed() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("news.jsonl")
    try write(file, [("{\"text\": \"Angela Merkel met Emmanuel Macron.\"}\n", 1), ("{\"text\": \"", 1), ("a ", 40 << 20), ("\"}\n", 1)])
    let result = try CLI.run(["extract", file.path, "-o", "-"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("news.jsonl line 2: is longer than 64 MB"), "\(result.stderr)")
}

@Test func theOrderOfInputsDoesNotChangeTheOutput() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CLI.corpus).filter { $0.hasSuffix(".txt") }.sorted()
        .map { CLI.corpus + "/" + $0 }
    let forward = try CLI.run(["extract", "--quiet"] + files + ["-o", "-"])
    let backward = try CLI.run(["extract", "--quiet"] + files.reversed() + ["-o", "-"])
    let shuffled = try CLI.run(["extract", "--quiet"] + [files[2], files[0], files[4], files[1], files[3]] + ["-o", "-"])
    #expect(forward.status == 0)
    #expect(forward.stdout == backward.stdout)
    #expect(forward.stdout == shuffled.stdout)
    // Merging graphs is order-free too.
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var graphs: [String] = []
    for file in files {
        let graph = dir.appendingPathComponent(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".json").path
        #expect(try CLI.run(["extract", "--quiet", file, "-o", graph]).status == 0)
        graphs.append(graph)
    }
    let merged = try CLI.run(["merge"] + graphs + ["-o", "-"])
    let mergedBackward = try CLI.run(["merge"] + graphs.reversed() + ["-o", "-"])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout == mergedBackward.stdout)
}

@Test func anInterruptedRunLeavesNoFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("long.txt")
    try write(file, [("Angela Merkel met Emmanuel Macron. ", 1), (" ", 400 << 20)])
    for (signal, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
        let output = dir.appendingPathComponent("out.json")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["extract", "--quiet", file.path, "-o", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "the run ended before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == code)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["long.txt"], "left behind: \(left)")
    }
}

@Test func thePartsOfALongFileMakeOneDocumentEachInPerDocumentOutput() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let texts = dir.appendingPathComponent("texts")
    try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
    try "Olaf Scholz met Xi Jinping.".write(to: texts.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    // Leading white space longer than a part, then text over several parts.
    try write(texts.appendingPathComponent("b.txt"), [
        (" ", 3 << 20), ("Angela Merkel met Emmanuel Macron. ", 1), ("Nothing much happened. ", 200_000),
        ("Vladimir Putin met Donald Trump.", 1),
    ])
    let out = dir.appendingPathComponent("out")
    let result = try CLI.run(["extract", "--format", "json", "--output-dir", out.path, texts.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.json", "b.json"])
    let b = try relations(Data(contentsOf: out.appendingPathComponent("b.json")))
    #expect(b.count == 2)
    let a = try relations(Data(contentsOf: out.appendingPathComponent("a.json")))
    #expect(a.count == 1)
}

@Test func emptyAndBlankFilesInADirectoryAreSkippedWithAWarning() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Angela Merkel met Emmanuel Macron.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    try " \n\t\n".write(to: dir.appendingPathComponent("blank.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["extract", "--format", "text", dir.path, "-o", "-"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("empty.txt: is empty; skipped"))
    #expect(result.stderr.contains("blank.txt: holds only white space; skipped"))
    #expect(result.text.contains("Angela Merkel — Emmanuel Macron"))
}
