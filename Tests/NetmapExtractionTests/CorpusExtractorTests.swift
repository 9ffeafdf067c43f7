import Foundation
import NetmapExtraction
import NetmapGraph
import Testing

/// A directory holding `files` (name → text), removed by the caller.
private func corpus(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return dir
}

private let news = [
    "a.txt": "Gordon Brown met Angela Merkel in Berlin on Monday.",
    "b.txt": "Mr Brown met Nicolas Sarkozy in Paris.",
    "c.txt": "Angela Merkel met Nicolas Sarkozy in Brussels.",
]

@Test func theGraphIsTheSameWhateverTheNumberOfJobs() throws {
    let dir = try corpus(news)
    defer { try? FileManager.default.removeItem(at: dir) }
    let one = try CorpusExtractor(jobs: 1).graph(of: DocumentStream(paths: [dir.path]))
    let four = try CorpusExtractor(jobs: 4).graph(of: DocumentStream(paths: [dir.path]))
    #expect(one == four)
    #expect(one.relations.count == 3)
}

@Test func theCorpusIsResolvedAcrossDocuments() throws {
    let dir = try corpus(news)
    defer { try? FileManager.default.removeItem(at: dir) }
    let graph = try CorpusExtractor().graph(of: DocumentStream(paths: [dir.path]))
    // "Mr Brown" of b.txt is the Gordon Brown of a.txt.
    #expect(graph[entity: "person:brown"] == nil)
    #expect(graph[entity: "person:gordon-brown"]?.sources == ["a", "b"])
}

@Test func documentsComeInOrderEachWithItsOwnGraph() throws {
    let dir = try corpus(news)
    defer { try? FileManager.default.removeItem(at: dir) }
    var names: [String] = []
    var documents = 0
    try CorpusExtractor(jobs: 2).documents(of: DocumentStream(paths: [dir.path]), progress: { done, _ in documents = done }) { input, graph in
        names.append(input.name)
        #expect(graph.sortedDocuments.map(\.name) == [input.name])
    }
    #expect(names == ["a", "b", "c"])
    #expect(documents == 3)
}

@Test func theGraphsOfEarlierRunsAreResolvedWithTheCorpus() throws {
    let extractor = Extractor()
    let first = extractor.extract(name: "a", text: news["a.txt"]!)
    let second = extractor.extract(name: "b", text: news["b.txt"]!)
    #expect(CorpusExtractor.resolve([first, second])[entity: "person:brown"] == nil)
    #expect(Graph.merging([first, second])[entity: "person:brown"] != nil)
}

@Test func aMissingInputIsACorpusError() {
    #expect(throws: CorpusError.input("/no/such/dir", "no such file or directory")) {
        try DocumentStream(paths: ["/no/such/dir"])
    }
}
