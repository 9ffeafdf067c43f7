import Foundation
import NetmapExtraction
import NetmapFormats
import NetmapGraph
import Synchronization
import Testing

/// A directory holding `files` (name → contents), removed by the caller.
private func directory(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir
}

private let monday = Extractor().extract(name: "monday", text: "Gordon Brown met Angela Merkel in Berlin.")
private let json = FormatRegistry.graph(named: "json")!

@Test func graphFilesAreReadAtOnceAndTextsWhenAsked() throws {
    let dir = try directory(["tuesday.txt": "Mr Brown met Nicolas Sarkozy in Paris."])
    defer { try? FileManager.default.removeItem(at: dir) }
    try json.encode(monday).write(to: dir.appendingPathComponent("monday.json"))
    let corpus = try Corpus(paths: [dir.appendingPathComponent("monday.json").path, dir.appendingPathComponent("tuesday.txt").path])
    #expect(corpus.graphs.map(\.graph) == [monday])
    #expect(corpus.tally.documents == 0 && corpus.tally.graphs == 1)
    let graph = try CorpusExtractor().graph(of: corpus)
    // Resolved as one corpus: Tuesday's "Mr Brown" is Monday's Gordon Brown.
    #expect(graph[entity: "person:brown"] == nil)
    #expect(graph[entity: "person:gordon-brown"]?.sources == ["monday", "tuesday"])
    #expect(corpus.tally.documents == 1)
    #expect(corpus.tally.bytes > json.encode(monday).count)
}

@Test func aGraphFileNetmapDidNotWriteIsACorpusError() throws {
    let dir = try directory(["other.json": #"{"nodes": []}"#])
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(throws: CorpusError.self) { try Corpus(paths: [dir.appendingPathComponent("other.json").path]) }
    #expect(throws: CorpusError.input("netmap", "no input given")) { try Corpus(paths: []) }
}

@Test func eachDocumentsFilesAreNamedAfterIt() throws {
    let dir = try directory(["a.txt": "Gordon Brown met Angela Merkel.", "b.txt": "Angela Merkel met Nicolas Sarkozy."])
    defer { try? FileManager.default.removeItem(at: dir) }
    var names: [String?] = []
    let graph = try CorpusExtractor().write(DocumentStream(paths: [dir.path]), as: json, layout: .eachDocument) { names.append($0.name) }
    #expect(names == ["a.json", "b.json"])
    #expect(graph == nil)
    names = []
    try CorpusExtractor().write(DocumentStream(paths: [dir.path]), as: FormatRegistry.graph(named: "csv")!, layout: .eachDocument) {
        names.append($0.name)
    }
    #expect(names == ["a-nodes.csv", "a-edges.csv", "b-nodes.csv", "b-edges.csv"])
}

@Test func twoDocumentsOfOneNameWouldWriteOneFile() throws {
    let one = try directory(["same.txt": "Gordon Brown met Angela Merkel."])
    let two = try directory(["same.txt": "Angela Merkel met Nicolas Sarkozy."])
    defer { for dir in [one, two] { try? FileManager.default.removeItem(at: dir) } }
    let stream = try DocumentStream(paths: [one.path, two.path])
    #expect(throws: CorpusError.input(two.appendingPathComponent("same.txt").path, "another input has the same name 'same'")) {
        try CorpusExtractor().write(stream, as: json, layout: .eachDocument) { _ in }
    }
}

@Test func aFormatOfOneGraphALineGetsEachDocumentsGraphUnmerged() throws {
    let dir = try directory(["a.txt": "Gordon Brown met Angela Merkel.", "b.txt": "Angela Merkel met Nicolas Sarkozy."])
    defer { try? FileManager.default.removeItem(at: dir) }
    let jsonl = FormatRegistry.graph(named: "jsonl")!
    var lines: [Data] = []
    let merged = try CorpusExtractor().write(DocumentStream(paths: [dir.path]), as: jsonl, layout: .merged(resolving: true)) {
        #expect($0.name == nil)
        lines.append($0.data)
    }
    #expect(merged == nil)
    #expect(try lines.map { try jsonl.decode($0).sortedDocuments.map(\.name) } == [["a"], ["b"]])
    var files: [Data] = []
    let graph = try CorpusExtractor().write(DocumentStream(paths: [dir.path]), as: json, layout: .merged(resolving: true)) {
        files.append($0.data)
    }
    #expect(files == [json.encode(try #require(graph))])
}

@Test func aComparisonNeedsTwoSourcesOfDifferentNames() throws {
    let one = try directory(["same.txt": "Gordon Brown met Angela Merkel."])
    let two = try directory(["same.txt": "Angela Merkel met Nicolas Sarkozy."])
    defer { for dir in [one, two] { try? FileManager.default.removeItem(at: dir) } }
    let a = one.appendingPathComponent("same.txt").path, b = two.appendingPathComponent("same.txt").path
    #expect(throws: CorpusError.input(a, "a diff needs at least two sources")) { try CorpusExtractor().sources([a]) }
    #expect(throws: CorpusError.input("same", "two sources have this name; tell them apart with --name")) {
        try CorpusExtractor().sources([a, b])
    }
    let sources = try CorpusExtractor().sources([a, b], renames: [a: "left"])
    #expect(sources.map(\.name) == ["left", "same"])
    #expect(sources[0].graph[entity: "person:gordon-brown"] != nil)
    #expect(sources.map(\.read.documents) == [1, 1])
}

@Test func graphLinesAndGraphFilesFoldIntoOne() throws {
    let tuesday = Extractor().extract(name: "tuesday", text: "Angela Merkel met Nicolas Sarkozy.")
    let dir = try directory([:])
    defer { try? FileManager.default.removeItem(at: dir) }
    let jsonl = FormatRegistry.graph(named: "jsonl")!
    try (jsonl.encode(monday) + Data("\n".utf8)).write(to: dir.appendingPathComponent("parts.jsonl"))
    try json.encode(tuesday).write(to: dir.appendingPathComponent("tuesday.json"))
    let folded = try Corpus.mergingGraphs([dir.appendingPathComponent("parts.jsonl").path, dir.appendingPathComponent("tuesday.json").path])
    #expect(folded.graph == Graph.merging([monday, tuesday]))
    #expect(folded.read.graphs == 2)
    try Data("\n{}\n".utf8).write(to: dir.appendingPathComponent("bad.jsonl"))
    let bad = dir.appendingPathComponent("bad.jsonl").path
    #expect(throws: CorpusError.self) { try Corpus.mergingGraphs([bad]) }
    do {
        _ = try Corpus.mergingGraphs([bad])
    } catch let CorpusError.input(place, _) {
        #expect(place == "\(bad) line 2")
    }
}

@Test func theParseListingNamesEachDocumentAndCountsItsSentences() throws {
    let dir = try directory(["a.txt": "Putin met Trump. They talked.", "b.txt": "Macron spoke."])
    defer { try? FileManager.default.removeItem(at: dir) }
    var out = ""
    let sentences = try ParseListing.write(DocumentStream(paths: [dir.path]), as: .conllu) { out += $0 }
    #expect(sentences == 3)
    #expect(out.components(separatedBy: "# newdoc id = ").count - 1 == 2)
    #expect(out.contains("# sent_id = a-2\n") && out.contains("# sent_id = b-1\n"))
}

@Test func comparingGraphFilesLoadsNoLanguageData() throws {
    let dir = try directory([:])
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = FormatRegistry.graph(named: "json")!
    let graph = Extractor().extract(name: "a", text: "Angela Merkel met Nicolas Sarkozy.")
    for name in ["left.json", "right.json"] {
        try json.encode(graph).write(to: dir.appendingPathComponent(name))
    }
    try "Gordon Brown met Angela Merkel.".write(to: dir.appendingPathComponent("text.txt"), atomically: true, encoding: .utf8)
    final class Count: Sendable { let value = Mutex(0) }
    let made = Count()
    let corpus = CorpusExtractor(extractor: {
        made.value.withLock { $0 += 1 }
        return Extractor()
    }())
    let graphs = try corpus.sources(["left.json", "right.json"].map { dir.appendingPathComponent($0).path })
    #expect(graphs.map(\.graph) == [graph, graph])
    #expect(made.value.withLock { $0 } == 0)
    let withText = try corpus.sources(["left.json", "text.txt"].map { dir.appendingPathComponent($0).path })
    #expect(withText[1].graph[entity: "person:gordon-brown"] != nil)
    _ = try corpus.sources(["right.json", "text.txt"].map { dir.appendingPathComponent($0).path })
    #expect(made.value.withLock { $0 } == 1)
}
